/** The report's tables about a study: variants and their changes, the comparison, sweeps, the tornado, every case and the digests. */
import { caseRows, sweepLine, sweepGrid, tornadoTable, valueAt, type StudyResult, type StudySweepResult } from '../../sim';
import { KPI_KEYS } from '../results/kpis';
import { metricLabel } from '../results/metric-label';
import { metricUnit } from '../results/metric-units';
import type { Text } from '../results/text';
import { verdictView } from '../results/verdict';
import { formatPathValue, pathLabel } from '../study/model/labels';
import { magnitude, num, range, text as txt, type Cell, type Column, type ReportTable } from './cells';

/** "Long-term (6–12 months): beds 88 → 75; Aftercare places 248 → 372". */
export function changesText(study: StudyResult, changes: Record<string, unknown>, text: Text): string {
  const s = study.baseline.scenario;
  return Object.entries(changes)
    .map(([path, v]) => `${pathLabel(path, s, text)}: ${formatPathValue(path, valueAt(s, path), text)} → ${formatPathValue(path, v, text)}`)
    .join('; ');
}

function verdictText(c: Parameters<typeof verdictView>[0] | undefined, text: Text): string {
  if (!c) return '–';
  const v = verdictView(c);
  return `${v.symbol} ${text.t(v.key)}`;
}

export function caseName(name: string, text: Text): string {
  return name === 'baseline' ? text.t('study.baseline') : name;
}

export function variantsTable(study: StudyResult, text: Text): ReportTable {
  const { t } = text;
  return {
    id: 'table-variants',
    title: t('report.table.variants'),
    sheet: t('report.sheet.variants'),
    columns: [{ header: t('study.col.variant') }, { header: t('study.col.changes') }],
    rows: study.cases.filter((c) => c.kind === 'variant').map((c) => [txt(c.name), txt(changesText(study, c.changes, text) || t('study.changes.none'))]),
  };
}

export function comparisonTable(study: StudyResult, text: Text): ReportTable {
  const { t } = text;
  const rows: Cell[][] = [];
  for (const row of caseRows(study, KPI_KEYS).slice(1)) {
    for (const key of KPI_KEYS) {
      const cell = row.kpis[key];
      const b = study.baseline.metrics[key];
      if (!cell || !b) continue;
      const unit = metricUnit(key);
      const d = cell.comparison?.difference;
      rows.push([txt(row.name), txt(metricLabel(key, study.baseline.scenario, text)), num(b.mean, unit), num(cell.mean, unit), num(d?.mean, unit, true), range(d?.ci95, unit, true), txt(verdictText(cell.comparison, text))]);
    }
  }
  return {
    id: 'table-comparison',
    title: t('report.table.comparison'),
    sheet: t('report.sheet.comparison'),
    columns: [
      { header: t('study.col.variant') }, { header: t('results.col.metric') }, { header: t('results.col.baseline'), num: true }, { header: t('study.col.value'), num: true },
      { header: t('report.col.difference'), num: true }, { header: t('report.col.diffCi'), num: true, range: true }, { header: t('results.col.verdict') },
    ],
    rows,
    note: t('study.table.note'),
    groupBy: 0,
  };
}

function show(v: unknown, path: string, text: Text): string {
  return formatPathValue(path, v, text);
}

export function sweepTable(study: StudyResult, sweep: StudySweepResult, kpi: string, text: Text): ReportTable {
  const { t } = text;
  const unit = metricUnit(kpi);
  const points = sweep.by ? (sweepGrid(study, sweep.index, kpi)?.cells.flat().filter((c) => c !== null) ?? []) : (sweepLine(study, sweep.index, kpi)?.points ?? []);
  const columns: Column[] = [{ header: sweep.name }];
  if (sweep.by) columns.push({ header: sweep.by.name });
  columns.push(
    { header: metricLabel(kpi, study.baseline.scenario, text), num: true }, { header: t('report.col.ci'), num: true, range: true },
    { header: t('report.col.difference'), num: true }, { header: t('report.col.diffCi'), num: true, range: true }, { header: t('results.col.verdict') },
  );
  const rows = points.map((p) => {
    const head: Cell[] = [txt(show(p.value, sweep.path, text))];
    if (sweep.by) head.push(txt(show(p.byValue, sweep.by.path, text)));
    const d = p.comparison?.difference;
    return [...head, num(p.mean, unit), range(p.ci95, unit), num(d?.mean, unit, true), range(d?.ci95, unit, true), txt(verdictText(p.comparison, text))];
  });
  return {
    id: `table-sweep-${sweep.index}`,
    title: t('report.table.sweep', { name: sweep.by ? `${sweep.name} × ${sweep.by.name}` : sweep.name, kpi: metricLabel(kpi, study.baseline.scenario, text) }),
    sheet: t('report.sheet.sweep', { n: sweep.index + 1 }),
    columns,
    rows,
    note: t('report.sweepBaseline', { value: show(valueAt(study.baseline.scenario, sweep.path), sweep.path, text) }),
  };
}

export function tornadoReportTable(study: StudyResult, kpi: string, text: Text): ReportTable | null {
  const table = tornadoTable(study, kpi);
  if (table.rows.length === 0) return null;
  const { t, fmt } = text;
  const unit = metricUnit(kpi);
  const pct = fmt.number((table.relativeChange ?? 0) * 100, 0);
  const s = study.baseline.scenario;
  const arm = (a: (typeof table.rows)[number]['low'], side: 'low' | 'high', path: string): Cell[] => [
    txt(t(side === 'low' ? 'study.chart.low' : 'study.chart.high', { percent: pct })),
    txt(a ? show(a.value, path, text) : '–'),
    num(a?.difference.mean, unit, true),
    range(a?.difference.ci95, unit, true),
  ];
  return {
    id: 'table-tornado',
    title: t('report.table.tornado', { kpi: metricLabel(kpi, s, text), percent: pct }),
    sheet: t('report.sheet.tornado'),
    columns: [
      { header: t('report.col.parameter') }, { header: t('results.col.baseline'), num: true }, { header: t('report.col.arm') }, { header: t('report.col.valueRun'), num: true },
      { header: t('report.col.difference'), num: true }, { header: t('report.col.diffCi'), num: true, range: true }, { header: t('report.col.swing'), num: true },
    ],
    rows: table.rows.flatMap((r) => {
      const label = txt(pathLabel(r.path, s, text));
      const base = txt(show(r.baseValue, r.path, text));
      return [
        [label, base, ...arm(r.low, 'low', r.path), magnitude(r.swing, unit)],
        [label, base, ...arm(r.high, 'high', r.path), magnitude(r.swing, unit)],
      ];
    }),
    groupBy: 0,
  };
}

/** Every case with the key figures' means: the whole study in one table (appendix). */
export function casesTable(study: StudyResult, text: Text): ReportTable {
  const { t } = text;
  const s = study.baseline.scenario;
  const rows = caseRows(study, KPI_KEYS, ['variant', 'sweep', 'tornado']);
  return {
    id: 'table-cases',
    title: t('report.table.cases'),
    sheet: t('report.sheet.cases'),
    columns: [{ header: t('report.col.case') }, ...KPI_KEYS.map((k) => ({ header: metricLabel(k, s, text), num: true }))],
    rows: rows.map((r) => [txt(caseName(r.name, text)), ...KPI_KEYS.map((k) => num(r.kpis[k]?.mean, metricUnit(k)))]),
  };
}

export function digestsTable(study: StudyResult, text: Text): ReportTable {
  const { t } = text;
  return {
    id: 'table-digests',
    title: t('report.table.digests'),
    sheet: t('report.sheet.digests'),
    columns: [{ header: t('report.col.case') }, { header: t('report.col.digest') }],
    rows: [[txt(t('study.baseline')), txt(study.baseline.digest)], ...study.cases.map((c) => [txt(c.name), txt(c.run.digest)])],
  };
}
