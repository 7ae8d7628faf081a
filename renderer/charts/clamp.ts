import type { SeriesSummary } from '../../sim';

/** The series with every value below `floor` raised to it (for drawing only). */
export function clampBand(s: SeriesSummary, floor: number): SeriesSummary {
  const up = (xs: readonly number[]) => xs.map((v) => (v < floor ? floor : v));
  return { mean: up(s.mean), lo: up(s.lo), hi: up(s.hi) };
}
