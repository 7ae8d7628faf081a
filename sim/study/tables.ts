/**
 * Views of a study result as the tables and charts need them: cases × KPIs with their paired
 * differences, a 1-D sweep as a line with a CI band, a 2-D sweep as a grid for a heatmap.
 * Pure data, in the metric's own units (shares as shares, days as days); nothing is worded.
 */
import type { MetricComparison } from '../run/compare';
import type { Summary } from '../run/types';
import { valueAt } from './paths';
import type { CaseComparison, CaseKind, StudyCaseResult, StudyResult } from './types';

/** One KPI of one case: its summary and, for cases other than the baseline, the comparison. */
export interface KpiCell {
  mean: number | null;
  ci95: [number, number] | null;
  /** Absent for the baseline's own row. */
  comparison?: CaseComparison;
}

/** One row of a cases × KPIs table. */
export interface CaseRow {
  /** Index into StudyResult.cases; null for the baseline. */
  caseIndex: number | null;
  kind: CaseKind;
  name: string;
  changes: Record<string, unknown>;
  kpis: Record<string, KpiCell>;
}

function cell(summary: Summary | undefined, comparison?: CaseComparison): KpiCell {
  const c: KpiCell = { mean: summary?.mean ?? null, ci95: summary?.ci95 ?? null };
  if (comparison) c.comparison = comparison;
  return c;
}

/**
 * Cases × KPIs: the baseline first, then each case of the given kinds (default: variants) in
 * study order, with each KPI's mean and CI and its comparison with the baseline.
 */
export function caseRows(result: StudyResult, keys: readonly string[], kinds: readonly CaseKind[] = ['variant']): CaseRow[] {
  const base: CaseRow = { caseIndex: null, kind: 'baseline', name: 'baseline', changes: {}, kpis: {} };
  for (const key of keys) base.kpis[key] = cell(result.baseline.metrics[key]);
  const rows = [base];
  for (const c of result.cases) {
    if (!kinds.includes(c.kind)) continue;
    const row: CaseRow = { caseIndex: c.index, kind: c.kind, name: c.name, changes: c.changes, kpis: {} };
    for (const key of keys) row.kpis[key] = cell(c.run.metrics[key], c.comparison[key]);
    rows.push(row);
  }
  return rows;
}

/** compareRuns' full entry for a case and metric, with the two summaries the result keeps apart. */
export function fullComparison(result: StudyResult, c: StudyCaseResult, key: string): MetricComparison | undefined {
  const cmp = c.comparison[key];
  const b = result.baseline.metrics[key];
  const v = c.run.metrics[key];
  if (!cmp || !b || !v) return undefined;
  const values = cmp.paired ? v.values.map((x, i) => (x === null || b.values[i] === null || b.values[i] === undefined ? null : x - b.values[i]!)) : [];
  return { ...cmp, baseline: b, variant: v, difference: { ...cmp.difference, values } };
}

/** A point of a sweep for one KPI. */
export interface SweepPointRow {
  caseIndex: number;
  value: unknown;
  /** The `by` value, in a 2-D sweep. */
  byValue?: unknown;
  mean: number | null;
  ci95: [number, number] | null;
  comparison: CaseComparison | undefined;
}

/** A 1-D sweep for a line chart with CI band: one point per value, in the sweep's order. */
export interface SweepLine {
  index: number;
  name: string;
  path: string;
  kpi: string;
  /** The baseline's value at the path and its KPI mean, for a reference mark. */
  baselineValue: unknown;
  baselineMean: number | null;
  points: SweepPointRow[];
}

function pointRow(c: StudyCaseResult, kpi: string): SweepPointRow {
  const s = c.run.metrics[kpi];
  const row: SweepPointRow = { caseIndex: c.index, value: c.sweep?.value, mean: s?.mean ?? null, ci95: s?.ci95 ?? null, comparison: c.comparison[kpi] };
  if (c.sweep?.by) row.byValue = c.sweep.by.value;
  return row;
}

/** The sweep with this index (as in the study's `sweeps`) for one KPI, or undefined. */
export function sweepLine(result: StudyResult, sweepIndex: number, kpi: string): SweepLine | undefined {
  const sweep = result.sweeps.find((s) => s.index === sweepIndex);
  if (!sweep) return undefined;
  return {
    index: sweep.index,
    name: sweep.name,
    path: sweep.path,
    kpi,
    baselineValue: valueAt(result.baseline.scenario, sweep.path),
    baselineMean: result.baseline.metrics[kpi]?.mean ?? null,
    points: sweep.caseIndices.map((i) => pointRow(result.cases[i]!, kpi)),
  };
}

/** A 2-D sweep for a heatmap: `cells[row][column]`, rows the `by` values, columns the sweep's values. */
export interface SweepGrid {
  index: number;
  kpi: string;
  /** Each axis with the baseline's value at its path, for a reference mark. */
  x: { name: string; path: string; values: unknown[]; baselineValue: unknown };
  y: { name: string; path: string; values: unknown[]; baselineValue: unknown };
  baselineMean: number | null;
  /** Null where a grid point was not run. */
  cells: (SweepPointRow | null)[][];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The 2-D sweep with this index for one KPI; undefined when there is none or it is 1-D. */
export function sweepGrid(result: StudyResult, sweepIndex: number, kpi: string): SweepGrid | undefined {
  const sweep = result.sweeps.find((s) => s.index === sweepIndex);
  if (!sweep?.by) return undefined;
  const cells: (SweepPointRow | null)[][] = sweep.by.values.map(() => sweep.values.map(() => null));
  for (const i of sweep.caseIndices) {
    const c = result.cases[i]!;
    const col = sweep.values.findIndex((v) => same(v, c.sweep?.value));
    const row = sweep.by.values.findIndex((v) => same(v, c.sweep?.by?.value));
    if (col >= 0 && row >= 0) cells[row]![col] = pointRow(c, kpi);
  }
  return {
    index: sweep.index,
    kpi,
    x: { name: sweep.name, path: sweep.path, values: sweep.values, baselineValue: valueAt(result.baseline.scenario, sweep.path) },
    y: { name: sweep.by.name, path: sweep.by.path, values: sweep.by.values, baselineValue: valueAt(result.baseline.scenario, sweep.by.path) },
    baselineMean: result.baseline.metrics[kpi]?.mean ?? null,
    cells,
  };
}
