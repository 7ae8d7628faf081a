import { scaleLinear, type ScaleLinear } from 'd3';
import type { SeriesSummary } from '../../sim';
import { leftMargin } from './margins';
import type { Margin } from './types';

/** One bar of the wait histogram: weeks [x0, x1) and the share of first starts with its 95 % band. */
export interface HistogramBin {
  index: number;
  x0: number;
  x1: number;
  mean: number;
  lo: number;
  hi: number;
  /** The last, open-ended bin (a year or more). */
  open: boolean;
}

/**
 * The bins to draw, in weeks: every bin up to the last one that any replication reached (at
 * least `minBins`), so a long empty tail does not squash the bars. Edges are in days.
 */
export function histogramBins(edgesDays: readonly number[], share: SeriesSummary, minBins = 8): HistogramBin[] {
  const n = share.mean.length;
  let last = -1;
  for (let i = 0; i < n; i++) if ((share.hi[i] ?? 0) > 0 || (share.mean[i] ?? 0) > 0) last = i;
  const count = Math.min(n, Math.max(last + 1, minBins));
  return Array.from({ length: count }, (_, i) => {
    const start = edgesDays[i]! / 7;
    const next = edgesDays[i + 1];
    return {
      index: i,
      x0: start,
      x1: next === undefined ? start + 1 : next / 7,
      mean: share.mean[i] ?? 0,
      lo: share.lo[i] ?? 0,
      hi: share.hi[i] ?? 0,
      open: next === undefined,
    };
  });
}

export interface HistogramLayout {
  margin: Margin;
  innerWidth: number;
  innerHeight: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  xTicks: number[];
  yTicks: number[];
  yFormat(v: number): string;
}

/** Scales of the histogram: x in weeks over the bins, y from 0 to the highest whisker, made nice. */
export function histogramLayout(args: {
  width: number;
  height: number;
  top: number;
  bins: readonly HistogramBin[];
  formatTicks(ticks: readonly number[]): (v: number) => string;
}): HistogramLayout {
  const { width, height, top, bins } = args;
  const bottom = 46;
  const innerHeight = Math.max(10, height - top - bottom);
  const yTickCount = Math.max(3, Math.round(innerHeight / 40));
  const yMax = Math.max(0, ...bins.map((b) => Math.max(b.hi, b.mean)));
  const y = scaleLinear().domain([0, yMax > 0 ? yMax : 1]).range([innerHeight, 0]).nice(yTickCount);
  const yTicks = y.ticks(yTickCount);
  const yFormat = args.formatTicks(yTicks);
  const margin: Margin = { top, right: 16, bottom, left: leftMargin(yTicks.map(yFormat)) };
  const innerWidth = Math.max(10, width - margin.left - margin.right);
  const end = bins.length > 0 ? bins[bins.length - 1]!.x1 : 1;
  const x = scaleLinear().domain([0, end]).range([0, innerWidth]);
  const xTicks = x.ticks(Math.max(2, Math.floor(innerWidth / 50))).filter((v) => Number.isInteger(v));
  return { margin, innerWidth, innerHeight, x, y, xTicks, yTicks, yFormat };
}
