/**
 * One-at-a-time sensitivity ("tornado"): each chosen numeric field is moved down and up by a
 * share of its value (default ±10 %) with everything else as in the baseline; the table sorts
 * the fields by how far the two arms move a KPI (the swing), each arm's effect a paired
 * difference from the baseline with its 95 % CI.
 */
import { applyChanges } from '../scenario/changes';
import { valueKind } from '../scenario/check';
import { makeIssue, toValidated, type ValidationIssue, type Validated } from '../scenario/issues';
import type { Scenario } from '../scenario/types';
import type { Verdict } from '../stats/paired';
import { isCountPath, isSharePath, valueAt } from './paths';
import type { PlannedCase, StudyResult, TornadoPoint } from './types';

/** A value moved by `factor` (0.9 or 1.1): rounded for counts, kept in [0, 1] for shares. */
function moved(path: string, base: number, factor: number): Pick<TornadoPoint, 'value' | 'exactValue' | 'adjustment'> {
  const exactValue = base * factor;
  if (isCountPath(path)) {
    const value = Math.round(exactValue);
    return { value, exactValue, adjustment: value === exactValue ? 'none' : 'rounded' };
  }
  if (isSharePath(path) && (exactValue < 0 || exactValue > 1)) return { value: Math.min(1, Math.max(0, exactValue)), exactValue, adjustment: 'clamped' };
  return { value: exactValue, exactValue, adjustment: 'none' };
}

function signedPercent(x: number): string {
  const p = Math.round(x * 1e6) / 1e4;
  return `${x < 0 ? '−' : '+'}${Math.abs(p)} %`;
}

/**
 * For each path, a low arm (value × (1 − relativeChange)) and a high arm (× (1 + …)), with
 * the baseline's seed and replications. Counts (beds, slots, places) are rounded to whole
 * numbers and shares clamped to [0, 1]; TornadoPoint.adjustment says so. A path that is
 * unknown or does not hold a number, or an arm the scenario rules refuse (e.g. group shares
 * no longer summing to 1), is an issue. Prepend baselineCase(baseline) to run them.
 */
export function tornadoCases(baseline: Scenario, paths: readonly string[], relativeChange = 0.1): Validated<PlannedCase[]> {
  const issues: ValidationIssue[] = [];
  const range = { min: 0, minExclusive: true, max: 1, maxExclusive: true };
  if (!(relativeChange > 0)) return { ok: false, issues: [makeIssue('relativeChange', 'error', 'number.min', { ...range, got: relativeChange }, relativeChange)] };
  if (!(relativeChange < 1)) return { ok: false, issues: [makeIssue('relativeChange', 'error', 'number.max', { ...range, got: relativeChange }, relativeChange)] };
  const cases: PlannedCase[] = [];
  for (const path of paths) {
    const base = valueAt(baseline, path);
    if (base === undefined) {
      // An unknown path: applyChanges says what is wrong with it (no such service, field …);
      // a known field that is not set (e.g. no maxStayDays) has no value to move.
      const r = applyChanges(baseline, { [path]: 0 }, { kind: 'label', label: `tornado ${path}` });
      const pathIssues = r.ok ? [] : r.issues.filter((i) => i.code.startsWith('changePath.'));
      issues.push(...(pathIssues.length > 0 ? pathIssues : [makeIssue(path, 'error', 'number.required', {})]));
      continue;
    }
    if (typeof base !== 'number' || !Number.isFinite(base)) {
      issues.push(makeIssue(path, 'error', 'number.type', { kind: valueKind(base) }, base));
      continue;
    }
    for (const side of ['low', 'high'] as const) {
      const factor = side === 'low' ? 1 - relativeChange : 1 + relativeChange;
      const m = moved(path, base, factor);
      const label = `tornado ${path} ${signedPercent(side === 'low' ? -relativeChange : relativeChange)}`;
      const r = applyChanges(baseline, { [path]: m.value }, { kind: 'label', label });
      issues.push(...(r.ok ? r.warnings : r.issues));
      if (!r.ok) continue;
      cases.push({
        kind: 'tornado',
        name: label,
        changes: { [path]: m.value },
        scenario: { ...r.value, seed: baseline.seed, replications: baseline.replications },
        tornado: { path, side, relativeChange, baseValue: base, ...m },
      });
    }
  }
  return toValidated(cases, issues);
}

/** One arm of a tornado row: the value run and its effect on the KPI. */
export interface TornadoArm {
  caseIndex: number;
  value: number;
  adjustment: TornadoPoint['adjustment'];
  exactValue: number;
  /** The KPI's mean in this arm. */
  mean: number | null;
  /** Arm − baseline: mean and 95 % CI (paired when `paired`). */
  difference: { mean: number | null; ci95: [number, number] | null };
  paired: boolean;
  verdict: Verdict | 'neutral';
  change: 'increase' | 'decrease' | 'noClearDifference';
}

/** One field of a tornado chart. */
export interface TornadoRow {
  path: string;
  baseValue: number;
  low: TornadoArm | null;
  high: TornadoArm | null;
  /** |high effect − low effect| (the bar's length); null when an arm or its mean is missing. */
  swing: number | null;
}

/** The tornado of one KPI: the baseline's mean and one row per path, largest swing first. */
export interface TornadoTable {
  kpi: string;
  baselineMean: number | null;
  relativeChange: number | null;
  rows: TornadoRow[];
}

/**
 * The tornado of `kpi` from a study result holding tornado cases: per path its low and high
 * arms with their paired differences and CIs, sorted by swing (largest first; rows without a
 * swing last; ties in the order the paths were run).
 */
export function tornadoTable(result: StudyResult, kpi: string): TornadoTable {
  const rows = new Map<string, TornadoRow>();
  let relativeChange: number | null = null;
  for (const c of result.cases) {
    const t = c.tornado;
    if (c.kind !== 'tornado' || !t) continue;
    relativeChange ??= t.relativeChange;
    let row = rows.get(t.path);
    if (!row) {
      row = { path: t.path, baseValue: t.baseValue, low: null, high: null, swing: null };
      rows.set(t.path, row);
    }
    const cmp = c.comparison[kpi];
    row[t.side] = {
      caseIndex: c.index,
      value: t.value,
      adjustment: t.adjustment,
      exactValue: t.exactValue,
      mean: c.run.metrics[kpi]?.mean ?? null,
      difference: { mean: cmp?.difference.mean ?? null, ci95: cmp?.difference.ci95 ?? null },
      paired: cmp?.paired ?? c.paired,
      verdict: cmp?.verdict ?? 'noClearDifference',
      change: cmp?.change ?? 'noClearDifference',
    };
  }
  const list = [...rows.values()];
  for (const row of list) {
    const lo = row.low?.difference.mean;
    const hi = row.high?.difference.mean;
    row.swing = lo === null || lo === undefined || hi === null || hi === undefined ? null : Math.abs(hi - lo);
  }
  const order = list.map((r, i) => ({ r, i }));
  order.sort((a, b) => (b.r.swing ?? -1) - (a.r.swing ?? -1) || a.i - b.i);
  return { kpi, baselineMean: result.baseline.metrics[kpi]?.mean ?? null, relativeChange, rows: order.map((o) => o.r) };
}
