import type { ScaleLinear } from 'd3';

/** The pixel span [x0, x1] of the warm-up period [0, warmupDays), or null when there is none. */
export function warmupSpan(x: ScaleLinear<number, number>, warmupDays: number, horizonDays: number): { x0: number; x1: number } | null {
  if (!(warmupDays > 0)) return null;
  return { x0: x(0), x1: x(Math.min(warmupDays, horizonDays)) };
}
