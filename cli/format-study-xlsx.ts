/**
 * `kapasim study --format xlsx`: one workbook, one sheet per table, written with exceljs.
 * Numbers are stored at full precision in the metric's own unit (shares as shares, shown as
 * percentages by the cell format), so the workbook holds the same numbers as the JSON.
 *
 * Sheets: About (the study and how it was run), Cases (every case × key KPIs: mean and 95 %
 * CI), Differences (every case × key KPI: the paired difference from the baseline, its CI and
 * verdict), one per sweep (its points × key KPIs), Advice (run-count and warm-up advice for
 * the baseline) and All metrics (every case × every metric, as the CSV).
 */
import ExcelJS from 'exceljs';
import { KEY_METRICS } from '../sim/metrics/keys';
import type { Summary } from '../sim/run/types';
import { valueAt } from '../sim/study/paths';
import type { CaseComparison, StudyCaseResult, StudyResult, StudySweepResult } from '../sim/study/types';
import { STUDY_CSV_COLUMNS, studyMetricKeys } from './format-study-csv';
import { changesText, showValue, type StudyRunInfo } from './format-study-table';
import { metricLabel, shortLabel, UNIT_TEXT, verdictText, type Unit } from './labels';

type Cell = string | number | boolean | null;

/** Excel number formats per unit. */
const NUMBER_FORMAT: Record<Unit, string> = {
  days: '0.0',
  share: '0.0%',
  perYear: '#,##0',
  nokPerYear: '#,##0',
  patients: '0.0',
};

/** A sheet name Excel accepts: no []:*?/\ and at most 31 characters, unique in the workbook. */
function sheetName(wb: ExcelJS.Workbook, wanted: string): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
  let name = base;
  for (let i = 2; wb.worksheets.some((w) => w.name.toLowerCase() === name.toLowerCase()); i++) name = `${base.slice(0, 27)} (${i})`;
  return name;
}

interface Column {
  header: string;
  width?: number;
  /** Number format of the column's values. */
  numFmt?: string;
}

/** A sheet with one bold, frozen header row and the rows below it. */
function addTable(wb: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName(wb, name), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const row of rows) ws.addRow(row.map((v) => (v === null ? null : v)));
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width ?? Math.min(40, Math.max(10, c.header.length + 2));
    if (c.numFmt) col.eachCell((cell, rowNumber) => {
      if (rowNumber > 1) cell.numFmt = c.numFmt!;
    });
  });
  return ws;
}

function unitOf(key: string): Unit {
  return metricLabel(key).unit;
}

function kpiColumns(key: string, parts: ('mean' | 'lo' | 'hi' | 'diff' | 'diffLo' | 'diffHi' | 'verdict')[]): Column[] {
  const unit = unitOf(key);
  const u = unit === 'share' ? 'share' : UNIT_TEXT[unit];
  const label = shortLabel(key);
  const names = { mean: 'mean', lo: '95% CI low', hi: '95% CI high', diff: 'difference', diffLo: 'difference 95% CI low', diffHi: 'difference 95% CI high', verdict: 'verdict' };
  return parts.map((p) => ({ header: `${label} (${u}): ${names[p]}`, numFmt: p === 'verdict' ? undefined : NUMBER_FORMAT[unit], width: 16 }));
}

function summaryCells(s: Summary | undefined): Cell[] {
  return [s?.mean ?? null, s?.ci95?.[0] ?? null, s?.ci95?.[1] ?? null];
}

function diffCells(c: CaseComparison | undefined): Cell[] {
  return [c?.difference.mean ?? null, c?.difference.ci95?.[0] ?? null, c?.difference.ci95?.[1] ?? null];
}

function keysIn(result: StudyResult): string[] {
  return KEY_METRICS.filter((k) => k in result.baseline.metrics);
}

function aboutSheet(wb: ExcelJS.Workbook, result: StudyResult, info: StudyRunInfo): void {
  const rows: Cell[][] = [
    ['Study', result.name],
    ['Description', result.description ?? null],
    ['Baseline scenario', result.baseline.scenario.name],
    ['Baseline file', info.baselineFile ?? '(inside the study)'],
    ['Seed', result.seed],
    ['Replications', result.replications],
    ['Common random numbers', result.cases.every((c) => c.paired) ? 'yes: every case ran with the baseline’s seed and replications, so differences are paired' : 'not for every case: see "Paired" in Differences'],
    ['Cases', result.cases.length],
    ['Horizon (days)', result.baseline.scenario.horizonDays],
    ['Warm-up (days)', result.baseline.scenario.warmupDays],
    ['Engine version', result.engineVersion],
    ['Baseline digest', result.baseline.digest],
    ['Schema', result.schema],
  ];
  addTable(wb, 'About', [{ header: 'Field', width: 24 }, { header: 'Value', width: 90 }], rows);
}

function casesSheet(wb: ExcelJS.Workbook, result: StudyResult): void {
  const keys = keysIn(result);
  const columns: Column[] = [{ header: 'Case', width: 8 }, { header: 'Kind', width: 10 }, { header: 'Name', width: 40 }, { header: 'Changes', width: 50 }, ...keys.flatMap((k) => kpiColumns(k, ['mean', 'lo', 'hi']))];
  const rows: Cell[][] = [['baseline', 'baseline', 'baseline', null, ...keys.flatMap((k) => summaryCells(result.baseline.metrics[k]))]];
  for (const c of result.cases) rows.push([c.index, c.kind, c.name, changesText(result, c.changes), ...keys.flatMap((k) => summaryCells(c.run.metrics[k]))]);
  addTable(wb, 'Cases', columns, rows);
}

function differencesSheet(wb: ExcelJS.Workbook, result: StudyResult): void {
  const keys = keysIn(result);
  const rows: Cell[][] = [];
  for (const c of result.cases) {
    for (const k of keys) {
      const cmp = c.comparison[k];
      rows.push([c.index, c.kind, c.name, k, metricLabel(k).label, unitOf(k) === 'share' ? 'share' : UNIT_TEXT[unitOf(k)], result.baseline.metrics[k]?.mean ?? null, c.run.metrics[k]?.mean ?? null, ...diffCells(cmp), cmp ? cmp.paired : null, cmp ? verdictText(cmp) : null]);
    }
  }
  const ws = addTable(
    wb,
    'Differences',
    [
      { header: 'Case', width: 8 }, { header: 'Kind', width: 10 }, { header: 'Name', width: 40 }, { header: 'Metric key', width: 32 }, { header: 'Metric', width: 48 }, { header: 'Unit', width: 12 },
      { header: 'Baseline mean', width: 16 }, { header: 'Case mean', width: 16 }, { header: 'Difference (case − baseline)', width: 16 }, { header: 'Difference 95% CI low', width: 16 }, { header: 'Difference 95% CI high', width: 16 },
      { header: 'Paired', width: 8 }, { header: 'Verdict', width: 20 },
    ],
    rows,
  );
  // Each row has its own unit: format its numbers by it.
  rows.forEach((r, i) => {
    const fmt = NUMBER_FORMAT[unitOf(r[3] as string)];
    for (let col = 7; col <= 11; col++) ws.getRow(i + 2).getCell(col).numFmt = fmt;
  });
}

function sweepSheet(wb: ExcelJS.Workbook, result: StudyResult, s: StudySweepResult): void {
  const keys = keysIn(result);
  const columns: Column[] = [{ header: s.path, width: 20 }];
  if (s.by) columns.push({ header: s.by.path, width: 20 });
  columns.push(...keys.flatMap((k) => kpiColumns(k, ['mean', 'lo', 'hi', 'diff', 'diffLo', 'diffHi', 'verdict'])));
  const cell = (v: unknown): Cell => (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : v === null || v === undefined ? null : JSON.stringify(v));
  const base: Cell[] = [`baseline (${showValue(valueAt(result.baseline.scenario, s.path))})`];
  if (s.by) base.push(`baseline (${showValue(valueAt(result.baseline.scenario, s.by.path))})`);
  const rows: Cell[][] = [[...base, ...keys.flatMap((k) => [...summaryCells(result.baseline.metrics[k]), null, null, null, null])]];
  for (const i of s.caseIndices) {
    const c: StudyCaseResult = result.cases[i]!;
    const row: Cell[] = [cell(c.sweep?.value)];
    if (s.by) row.push(cell(c.sweep?.by?.value));
    for (const k of keys) {
      const cmp = c.comparison[k];
      row.push(...summaryCells(c.run.metrics[k]), ...diffCells(cmp), cmp ? verdictText(cmp) : null);
    }
    rows.push(row);
  }
  addTable(wb, `Sweep ${s.index + 1} ${s.name}`, columns, rows);
}

function adviceSheet(wb: ExcelJS.Workbook, result: StudyResult): void {
  const rows: Cell[][] = result.advice.replications.map((r) => [
    r.key, metricLabel(r.key).label, r.mean, r.halfWidth, r.relativeHalfWidth, r.target, r.met, r.n, r.advised, r.sufficientAt, r.reason ?? null,
  ]);
  const ws = addTable(
    wb,
    'Advice',
    [
      { header: 'Metric key', width: 32 }, { header: 'Metric', width: 48 }, { header: 'Mean', width: 14 }, { header: '95% CI half-width', width: 16 },
      { header: 'Half-width / mean', width: 16, numFmt: '0.0%' }, { header: 'Target', width: 10, numFmt: '0.0%' }, { header: 'Within target', width: 12 },
      { header: 'Replications run', width: 14 }, { header: 'Replications advised', width: 18 }, { header: 'Sufficient at (Hoad et al.)', width: 18 }, { header: 'Why no advice', width: 16 },
    ],
    rows,
  );
  rows.forEach((r, i) => {
    const fmt = NUMBER_FORMAT[unitOf(r[0] as string)];
    ws.getRow(i + 2).getCell(3).numFmt = fmt;
    ws.getRow(i + 2).getCell(4).numFmt = fmt;
  });
  const w = result.advice.warmup;
  ws.addRow([]);
  ws.addRow(['Warm-up (Welch)', 'Value']).font = { bold: true };
  const warm: Cell[][] = w
    ? [
        ['Series', w.seriesKey],
        ['Moving-average half-window (weeks)', w.welch.window],
        ['Tolerance around the steady level', w.welch.tolerance],
        ['Steady level', w.welch.level],
        ['Suggested warm-up (days)', w.suggestedWarmupDays],
        ['Scenario warm-up (days)', w.scenarioWarmupDays],
        ['Status', w.status],
      ]
    : [['Status', 'run too short for Welch’s method']];
  for (const r of warm) ws.addRow(r);
}

function allMetricsSheet(wb: ExcelJS.Workbook, result: StudyResult): void {
  const keys = studyMetricKeys(result);
  const rows: Cell[][] = [];
  const add = (id: number | string, kind: string, name: string, c: Pick<StudyCaseResult, 'changes' | 'sweep'>, s: Summary | undefined, cmp: CaseComparison | undefined, key: string): void => {
    const v = (x: unknown): Cell => (x === undefined || x === null ? null : typeof x === 'number' || typeof x === 'string' ? x : JSON.stringify(x));
    rows.push([
      id, kind, name, v(c.sweep?.path), v(c.sweep?.value), v(c.sweep?.by?.path), v(c.sweep?.by?.value), Object.keys(c.changes).length > 0 ? JSON.stringify(c.changes) : null,
      key, s?.mean ?? null, s?.sd ?? null, s?.ci95?.[0] ?? null, s?.ci95?.[1] ?? null, s?.n ?? null,
      cmp?.difference.mean ?? null, cmp?.difference.sd ?? null, cmp?.difference.ci95?.[0] ?? null, cmp?.difference.ci95?.[1] ?? null, cmp ? cmp.paired : null, cmp?.verdict ?? null, cmp?.change ?? null,
    ]);
  };
  for (const k of keys) add('baseline', 'baseline', 'baseline', { changes: {} }, result.baseline.metrics[k], undefined, k);
  for (const c of result.cases) for (const k of keys) add(c.index, c.kind, c.name, c, c.run.metrics[k], c.comparison[k], k);
  addTable(wb, 'All metrics', STUDY_CSV_COLUMNS.map((h) => ({ header: h })), rows);
}

/** The workbook of a study result, as the bytes of an .xlsx file. */
export async function formatStudyXlsx(result: StudyResult, info: StudyRunInfo): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kapasim';
  aboutSheet(wb, result, info);
  casesSheet(wb, result);
  differencesSheet(wb, result);
  for (const s of result.sweeps) sweepSheet(wb, result, s);
  adviceSheet(wb, result);
  allMetricsSheet(wb, result);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
