import { area, line, type ScaleLinear } from 'd3';

type Scale = ScaleLinear<number, number>;

/** The middle of each weekly bin (the last week may be cut short by the horizon), in days. */
export function weekMidpoints(weekStartDays: readonly number[], horizonDays: number): number[] {
  return weekStartDays.map((start) => start + (Math.min(start + 7, horizonDays) - start) / 2);
}

const finite = (v: number | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** SVG path of a line through (days[i], values[i]); gaps where a value is not finite. */
export function linePath(x: Scale, y: Scale, days: readonly number[], values: readonly number[]): string {
  const gen = line<number>()
    .defined((i) => finite(values[i]))
    .x((i) => x(days[i]!))
    .y((i) => y(values[i]!));
  return gen(days.map((_, i) => i)) ?? '';
}

/** SVG path of the band between lo[i] and hi[i]. */
export function bandPath(x: Scale, y: Scale, days: readonly number[], lo: readonly number[], hi: readonly number[]): string {
  const gen = area<number>()
    .defined((i) => finite(lo[i]) && finite(hi[i]))
    .x((i) => x(days[i]!))
    .y0((i) => y(lo[i]!))
    .y1((i) => y(hi[i]!));
  return gen(days.map((_, i) => i)) ?? '';
}
