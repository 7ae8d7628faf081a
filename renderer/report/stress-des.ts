/**
 * The STRESS-DES checklist (Monks et al. 2019, "Strengthening the reporting of empirical
 * simulation studies: Introducing the STRESS guidelines", Journal of Simulation 13:55–67):
 * each reporting item with what this report says about it, filled from the scenario and run
 * where Kapasim knows, and a marked placeholder where only the planner does.
 */
import { capacityOf } from '../../sim';
import type { MessageKey } from '../i18n/en';
import { elementName, metricLabel } from '../results/metric-label';
import { KPI_KEYS } from '../results/kpis';
import { distributionSummary } from '../editor/distribution/summary';
import { daysText, mostAdvised, warmupMessage } from '../study/advice/advice-text';
import { text as txt, todo, type Cell, type ReportTable } from './cells';
import { parameterRows } from './parameters';
import type { ReportModel } from './report-model';
import { changesText } from './study-tables';
import { percentText } from '../study/model/labels';

/** The items in the guideline's order, by number. */
export const STRESS_ITEMS = [
  '1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5.1', '2.5.2', '2.5.3', '2.5.4', '2.5.5',
  '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '5.4', '6.1',
] as const;

export type StressItem = (typeof STRESS_ITEMS)[number];

const key = (item: StressItem, part: 'title' | 'what'): MessageKey => `report.stress.${item.replace(/\./g, '_')}.${part}` as MessageKey;

type Input = Pick<ReportModel, 'source' | 'options' | 'text' | 'run' | 'study' | 'advice'>;

/** What the report says for an item: filled text, a placeholder to complete, or both. */
function filled(item: StressItem, m: Input): Cell {
  const { t, fmt } = m.text;
  const s = m.run.scenario;
  const n = (x: number) => fmt.number(x, 0);
  const complete = (k: MessageKey, before = '') => todo([before, t(k)].filter(Boolean).join(' '));
  switch (item) {
    case '1.1':
      return m.options.purpose.trim() ? txt(m.options.purpose.trim()) : complete('report.stress.todo.purpose');
    case '1.2':
      return txt(t('report.stress.fill.outputs', { kpis: KPI_KEYS.map((k) => metricLabel(k, s, m.text)).join('; '), count: n(Object.keys(m.run.metrics).length) }));
    case '1.3': {
      if (!m.study) return complete('report.stress.todo.aims', t('report.stress.fill.singleRun'));
      const variants = m.study.cases.filter((c) => c.kind === 'variant').map((c) => c.name);
      const sweeps = m.study.sweeps.map((w) => (w.by ? `${w.name} × ${w.by.name}` : w.name));
      const parts = [
        variants.length ? t('report.stress.fill.variants', { list: variants.join('; ') }) : '',
        sweeps.length ? t('report.stress.fill.sweeps', { list: sweeps.join('; ') }) : '',
        m.study.cases.some((c) => c.kind === 'tornado') ? t('report.stress.fill.tornado') : '',
      ];
      return txt([m.study.description ?? '', ...parts].filter(Boolean).join(' '));
    }
    case '2.1':
      return txt(t('report.stress.fill.diagram'));
    case '2.2':
      return txt(t('report.stress.fill.logic'));
    case '2.3':
      if (!m.study) return txt(t('report.stress.fill.noScenarios'));
      return txt(m.study.cases.filter((c) => c.kind === 'variant').map((c) => `${c.name}: ${changesText(m.study!, c.changes, m.text)}`).join(' · ') || t('report.stress.fill.sweepOnly'));
    case '2.4':
      return txt(t('report.stress.fill.algorithms'));
    case '2.5.1':
      return txt(t('report.stress.fill.entities', { groups: s.groups.map((g) => `${elementName(s.groups, g.id)} (${percentText(g.share, 1, m.text)})`).join('; ') }));
    case '2.5.2':
      return txt(s.services.map((v) => `${elementName(s.services, v.id)}: ${distributionSummary(v.stayDays, m.text)}`).join('; ') + `; ${t('report.stress.fill.assessment', { dist: distributionSummary(s.assessment.delayDays, m.text) })}`);
    case '2.5.3':
      return txt([...s.services.map((v) => `${elementName(s.services, v.id)}: ${t(v.kind === 'inpatient' ? 'report.stress.fill.beds' : 'report.stress.fill.slots', { count: n(capacityOf(v)) })}`), t('report.stress.fill.places', { count: n(s.aftercare.places) })].join('; '));
    case '2.5.4':
      return txt(t(s.waitingList.discipline === 'fifo' ? 'report.stress.fill.queueFifo' : 'report.stress.fill.queueDeadline', {
        patience: s.waitingList.meanPatienceDays === null ? t('editor.waiting.never') : daysText(s.waitingList.meanPatienceDays, m.text),
      }));
    case '2.5.5':
      return txt(t('report.stress.fill.entry', { perYear: n(s.referrals.perYear), growth: percentText(s.referrals.growth ?? 0, 1, m.text) }));
    case '3.1': {
      const rows = parameterRows(s).filter((r) => r.hasValue);
      const noted = rows.filter((r) => r.note).length;
      return complete('report.stress.todo.sources', t('report.stress.fill.sources', { noted: n(noted), total: n(rows.length) }));
    }
    case '3.2':
      return complete('report.stress.todo.preprocessing');
    case '3.3':
      return txt(t('report.stress.fill.parameters'));
    case '3.4': {
      const assumed = parameterRows(s).filter((r) => /^(assumption|antakelse)/i.test(r.note ?? '')).length;
      return complete('report.stress.todo.assumptions', t('report.stress.fill.assumptions', { count: n(assumed) }));
    }
    case '4.1':
      return txt(`${t(s.initialState ? 'report.stress.fill.initialState' : 'report.stress.fill.empty', { warmup: daysText(s.warmupDays, m.text) })} ${warmupMessage(m.advice.warmup, m.text).text}`);
    case '4.2':
      return txt(t('report.stress.fill.runLength', { horizon: daysText(s.horizonDays, m.text), observed: daysText(s.horizonDays - s.warmupDays, m.text) }));
    case '4.3': {
      const advised = mostAdvised(m.advice.replications);
      return txt(t('report.stress.fill.estimation', {
        replications: n(m.run.replications),
        seed: String(m.run.seed),
        target: percentText(m.options.precision, 0, m.text),
        advised: advised === null ? '–' : t('report.stress.fill.advisedFor', { n: n(advised.n), metric: metricLabel(advised.key, s, m.text) }),
      }) + (m.study ? ` ${t('report.stress.fill.paired')}` : ''));
    }
    case '5.1':
      return txt(t('report.stress.fill.software', { version: m.options.version, engine: m.run.engineVersion }));
    case '5.2':
      return txt(t('report.stress.fill.random', { seed: String(m.run.seed) }));
    case '5.3':
      return txt(t('report.stress.fill.execution'));
    case '5.4':
      return m.options.system ? txt(m.options.system) : complete('report.stress.todo.system');
    case '6.1':
      return complete('report.stress.todo.sharing', m.options.scenarioDigest ? t('report.stress.fill.digest', { digest: m.options.scenarioDigest }) : '');
  }
}

export function stressTable(m: Input): ReportTable {
  const { t } = m.text;
  return {
    id: 'table-stress-des',
    title: t('report.table.stress'),
    sheet: 'STRESS-DES',
    columns: [{ header: t('report.col.item') }, { header: t('report.col.recommendation') }, { header: t('report.col.here') }],
    rows: STRESS_ITEMS.map((item) => [txt(`${item} ${t(key(item, 'title'))}`), txt(t(key(item, 'what'))), filled(item, m)]),
    note: t('report.stress.note'),
  };
}
