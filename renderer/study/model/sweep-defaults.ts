import { ticks } from 'd3';
import type { FieldKind } from './fields';

/**
 * A first range to sweep a field over: round values around its baseline value (about ±30 %),
 * whole numbers for counts. The planner edits it from there.
 */
export function defaultRange(base: unknown, kind: FieldKind): { from: number; to: number; step: number } {
  const b = typeof base === 'number' && Number.isFinite(base) && base !== 0 ? Math.abs(base) : kind === 'share' ? 0.5 : 10;
  const lo = kind === 'share' ? Math.max(0, b * 0.7) : b * 0.7;
  const hi = kind === 'share' ? Math.min(1, b * 1.3) : b * 1.3;
  let ts = ticks(lo, hi, 5);
  if (kind === 'count') ts = ts.filter(Number.isInteger);
  if (ts.length < 2) return { from: Math.round(lo), to: Math.round(hi) || 1, step: Math.max(1, Math.round((hi - lo) / 4)) };
  const step = Number((ts[1]! - ts[0]!).toPrecision(12));
  return { from: ts[0]!, to: ts[ts.length - 1]!, step };
}
