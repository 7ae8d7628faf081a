import { scaleLinear, type ScaleLinear } from 'd3';
import type { SeriesSummary } from '../../sim';
import { leftMargin } from './margins';
import { timeAxis, type TimeAxis } from './time-axis';
import type { Margin } from './types';

/** Everything a time-series chart needs to place its marks. */
export interface TimeSeriesLayout {
  margin: Margin;
  innerWidth: number;
  innerHeight: number;
  /** Days from the start → pixels. */
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  yTicks: number[];
  yFormat(v: number): string;
  time: TimeAxis;
}

/**
 * The value range to show: from 0 (or the lowest band value, if below 0) to the highest band
 * value or reference line, so that neither band edges nor capacity lines are ever clipped.
 */
export function seriesExtent(series: readonly SeriesSummary[], references: readonly number[] = []): [number, number] {
  let lo = 0;
  let hi = 0;
  const see = (v: number) => {
    if (!Number.isFinite(v)) return;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  };
  for (const s of series) {
    for (const v of s.lo) see(v);
    for (const v of s.hi) see(v);
    for (const v of s.mean) see(v);
  }
  for (const v of references) see(v);
  return [lo, hi > lo ? hi : lo + 1];
}

/**
 * Scales and ticks of a time-series chart: y over seriesExtent made nice, then the left margin
 * from the widest y tick label, then x over [0, horizon] days.
 */
export function timeSeriesLayout(args: {
  width: number;
  height: number;
  top: number;
  horizonDays: number;
  series: readonly SeriesSummary[];
  references?: readonly number[];
  formatTicks(ticks: readonly number[]): (v: number) => string;
}): TimeSeriesLayout {
  const { width, height, top, horizonDays } = args;
  const bottom = 46;
  const innerHeight = Math.max(10, height - top - bottom);
  const yTickCount = Math.max(3, Math.round(innerHeight / 40));
  const y = scaleLinear().domain(seriesExtent(args.series, args.references)).range([innerHeight, 0]).nice(yTickCount);
  const yTicks = y.ticks(yTickCount);
  const yFormat = args.formatTicks(yTicks);
  const margin: Margin = { top, right: 16, bottom, left: leftMargin(yTicks.map(yFormat)) };
  const innerWidth = Math.max(10, width - margin.left - margin.right);
  const x = scaleLinear().domain([0, horizonDays]).range([0, innerWidth]);
  return { margin, innerWidth, innerHeight, x, y, yTicks, yFormat, time: timeAxis(horizonDays, Math.floor(innerWidth / 70)) };
}
