/** The report's tables about one run (a plain run, or a study's baseline): parameters, settings, results and advice. */
import type { ReplicationAdviceRow, RunResult, WarmupAdvice } from '../../sim';
import { KPI_KEYS } from '../results/kpis';
import { metricLabel } from '../results/metric-label';
import { metricUnit } from '../results/metric-units';
import type { Text } from '../results/text';
import { adviceVerdict, daysText, mostAdvised, warmupMessage } from '../study/advice/advice-text';
import { pathLabel, percentText } from '../study/model/labels';
import { num, range, text as txt, type ReportTable } from './cells';
import { formatParameter, parameterRows } from './parameters';

export function parametersTable(run: RunResult, text: Text): ReportTable {
  const { t } = text;
  const s = run.scenario;
  return {
    id: 'table-parameters',
    title: t('report.table.parameters'),
    sheet: t('report.sheet.parameters'),
    columns: [{ header: t('report.col.parameter') }, { header: t('report.col.meaning') }, { header: t('report.col.value') }, { header: t('report.col.source') }],
    rows: parameterRows(s).map((r) => {
      const label = pathLabel(r.path, s, text);
      return [txt(r.path), txt(label === r.path ? '' : label), txt(r.hasValue ? formatParameter(r.value, text, r.path) : '–'), txt(r.note ?? t('report.noNote'))];
    }),
  };
}

export function kpiTable(run: RunResult, text: Text, keys: readonly string[] = KPI_KEYS, id = 'table-kpis', title = text.t('report.table.kpis'), sheet = text.t('report.sheet.kpis')): ReportTable {
  const { t } = text;
  return {
    id,
    title,
    sheet,
    columns: [{ header: t('results.col.metric') }, { header: t('report.col.mean'), num: true }, { header: t('report.col.ci'), num: true, range: true }, { header: t('report.col.sd'), num: true }, { header: t('report.col.n'), num: true }],
    rows: keys
      .filter((k) => run.metrics[k])
      .map((k) => {
        const m = run.metrics[k]!;
        const unit = metricUnit(k);
        return [txt(metricLabel(k, run.scenario, text)), num(m.mean, unit), range(m.ci95, unit), num(m.sd, unit), num(m.n, 'count')];
      }),
    note: t('results.kpiNote'),
  };
}

export function allMetricsTable(run: RunResult, text: Text): ReportTable {
  return kpiTable(run, text, Object.keys(run.metrics), 'table-all-metrics', text.t('report.table.allMetrics'), text.t('report.sheet.allMetrics'));
}

export function adviceTable(run: RunResult, rows: readonly ReplicationAdviceRow[], text: Text): ReportTable {
  const { t, fmt } = text;
  const target = rows[0]?.target ?? 0.05;
  return {
    id: 'table-advice',
    title: t('report.table.advice'),
    sheet: t('report.sheet.advice'),
    columns: [
      { header: t('results.col.metric') }, { header: t('advice.col.mean'), num: true }, { header: t('advice.col.halfWidth'), num: true },
      { header: t('advice.col.relative'), num: true }, { header: t('advice.col.met', { target: percentText(target, 0, text) }) },
      { header: t('advice.col.run'), num: true }, { header: t('advice.col.advised'), num: true },
    ],
    rows: rows.map((r) => {
      const unit = metricUnit(r.key);
      const v = adviceVerdict(r, text);
      return [txt(metricLabel(r.key, run.scenario, text)), num(r.mean, unit), num(r.halfWidth, unit), num(r.relativeHalfWidth, 'percent'), txt(`${v.symbol} ${v.text}`), num(r.n, 'count'), num(r.advised, 'count')];
    }),
    note: t('advice.replications.intro'),
  };
}

/** Welch's moving average week by week, for the workbook and the report's appendix. */
export function welchTable(w: WarmupAdvice, text: Text): ReportTable {
  const { t } = text;
  return {
    id: 'table-welch',
    title: t('report.table.welch'),
    sheet: t('report.sheet.welch'),
    columns: [{ header: t('report.col.weekStart'), num: true }, { header: t('advice.welch.mean'), num: true }, { header: t('report.col.movingAverage'), num: true }],
    rows: w.welch.mean.map((m, i) => [num(i * 7, 'count'), num(m, 'patients'), num(w.welch.movingAverage[i] ?? null, 'patients')]),
  };
}

/** Texts joined as sentences: each ends with a full stop before the next begins. */
export function sentences(parts: readonly (string | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p && p.trim() !== '')
    .map((p, i, all) => (i < all.length - 1 && !/[.!?:;]$/.test(p.trim()) ? `${p.trim()}.` : p.trim()))
    .join(' ');
}

/** How the run was set up and why: run length, warm-up and how it was chosen, replications and how many were advised, seeds. */
export function settingsTable(run: RunResult, advice: { replications: readonly ReplicationAdviceRow[]; warmup: WarmupAdvice | null }, crn: string, text: Text): ReportTable {
  const { t, fmt } = text;
  const s = run.scenario;
  const notes = s.notes ?? {};
  const advised = mostAdvised(advice.replications);
  const target = advice.replications[0]?.target ?? 0.05;
  const warm = warmupMessage(advice.warmup, text).text;
  const rows: [string, string, string][] = [
    [t('report.setting.scenario'), s.name, notes.name ?? ''],
    [t('report.setting.horizon'), daysText(s.horizonDays, text), notes.horizonDays ?? ''],
    [t('report.setting.warmup'), daysText(s.warmupDays, text), sentences([notes.warmupDays, t('report.setting.welch', { advice: warm })])],
    [t('report.setting.observed'), daysText(s.horizonDays - s.warmupDays, text), ''],
    [
      t('report.setting.replications'),
      fmt.number(run.replications, 0),
      sentences([notes.replications, advised === null ? '' : t('report.setting.advised', { advised: fmt.number(advised.n, 0), metric: metricLabel(advised.key, s, text), target: percentText(target, 0, text) })]),
    ],
    [t('report.setting.seed'), String(run.seed), notes.seed ?? ''],
    [t('report.setting.crn'), crn, t('report.setting.streams')],
    [t('report.setting.engine'), run.engineVersion, ''],
  ];
  return {
    id: 'table-settings',
    title: t('report.table.settings'),
    sheet: t('report.sheet.settings'),
    columns: [{ header: t('report.col.setting') }, { header: t('report.col.value') }, { header: t('report.col.how') }],
    rows: rows.map((r) => r.map((c) => txt(c))),
  };
}
