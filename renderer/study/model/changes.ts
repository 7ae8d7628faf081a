/** A variant's changes against the baseline: listed (path: old → new) and edited one field at a time. */
import { valueAt, type Scenario } from '../../../sim';

export interface ChangeRow {
  path: string;
  /** The baseline's value at the path (undefined where the baseline has none). */
  from: unknown;
  to: unknown;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Every change in the order it was made, with the baseline's value beside it. */
export function changeRows(baseline: Scenario, changes: Record<string, unknown>): ChangeRow[] {
  return Object.entries(changes).map(([path, to]) => ({ path, from: valueAt(baseline, path), to }));
}

/**
 * The changes with `path` set to `value`; a value that is undefined (the input emptied) or
 * equal to the baseline's removes the change, so a variant lists only what differs.
 */
export function withChange(baseline: Scenario, changes: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const next = { ...changes };
  if (value === undefined || same(value, valueAt(baseline, path))) delete next[path];
  else next[path] = value;
  return next;
}

/** The changes without `path`. */
export function withoutChange(changes: Record<string, unknown>, path: string): Record<string, unknown> {
  const next = { ...changes };
  delete next[path];
  return next;
}

/**
 * A count moved by a share and rounded (−15 % of 88 beds is 75): a quick way to make the
 * usual "X % fewer beds" variant.
 */
export function scaledCount(base: number, percent: number): number {
  return Math.max(0, Math.round(base * (1 + percent / 100)));
}
