import { scaleLinear, type ScaleLinear } from 'd3';
import type { SweepLine } from '../../../sim';
import { leftMargin } from '../../charts/margins';
import { bandPath, linePath } from '../../charts/paths';
import type { Margin } from '../../charts/types';

/** A sweep point as drawn: its position on x, the KPI's mean and 95 % CI, and whether it differs clearly from the baseline. */
export interface SweepDatum {
  x: number;
  label: string;
  mean: number | null;
  lo: number | null;
  hi: number | null;
  clear: boolean;
}

export interface SweepData {
  points: SweepDatum[];
  /** Numeric values are placed by value; others one per slot, in order. */
  numeric: boolean;
  baseline: { x: number | null; mean: number | null; label: string };
}

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** A 1-D sweep (sweepLine) as points to draw. */
export function sweepData(line: SweepLine): SweepData {
  const numeric = line.points.every((p) => typeof p.value === 'number');
  const points = line.points.map((p, i) => ({
    x: numeric ? (p.value as number) : i,
    label: show(p.value),
    mean: p.mean,
    lo: p.ci95?.[0] ?? null,
    hi: p.ci95?.[1] ?? null,
    clear: p.comparison !== undefined && p.comparison.change !== 'noClearDifference',
  }));
  const bv = line.baselineValue;
  const at = numeric ? (typeof bv === 'number' ? bv : null) : line.points.findIndex((p) => show(p.value) === show(bv));
  return { points, numeric, baseline: { x: at === -1 ? null : at, mean: line.baselineMean, label: show(bv) } };
}

export interface SweepLayout {
  margin: Margin;
  innerWidth: number;
  innerHeight: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  xTicks: number[];
  yTicks: number[];
  yFormat(v: number): string;
  line: string;
  band: string;
}

function extent(values: readonly (number | null | undefined)[]): [number, number] {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (xs.length === 0) return [0, 1];
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  if (lo === hi) return [lo - (Math.abs(lo) || 1) * 0.1, hi + (Math.abs(hi) || 1) * 0.1];
  return [lo, hi];
}

/** Scales and paths of the sweep chart: y over every mean, CI bound and the baseline's mean, made nice. */
export function sweepLayout(args: { data: SweepData; width: number; height: number; top: number; formatTicks(ticks: readonly number[]): (v: number) => string }): SweepLayout {
  const { data, width, height, top } = args;
  const bottom = 46;
  const innerHeight = Math.max(10, height - top - bottom);
  const yTickCount = Math.max(3, Math.round(innerHeight / 40));
  const ys = data.points.flatMap((p) => [p.mean, p.lo, p.hi]);
  const y = scaleLinear().domain(extent([...ys, data.baseline.mean])).range([innerHeight, 0]).nice(yTickCount);
  const yTicks = y.ticks(yTickCount);
  const yFormat = args.formatTicks(yTicks);
  const margin: Margin = { top, right: 20, bottom, left: leftMargin(yTicks.map(yFormat)) };
  const innerWidth = Math.max(10, width - margin.left - margin.right);
  const xs = data.points.map((p) => p.x);
  const n = data.points.length;
  const x = data.numeric
    ? scaleLinear().domain(extent([...xs, data.baseline.x])).range([0, innerWidth])
    : scaleLinear().domain([-0.5, Math.max(0.5, n - 0.5)]).range([0, innerWidth]);
  const xTicks = data.numeric ? (n <= 12 ? [...xs].sort((a, b) => a - b) : x.ticks(Math.max(2, Math.floor(innerWidth / 70)))) : xs;
  const value = (k: 'mean' | 'lo' | 'hi') => data.points.map((p) => p[k] ?? NaN);
  return {
    margin,
    innerWidth,
    innerHeight,
    x,
    y,
    xTicks,
    yTicks,
    yFormat,
    line: linePath(x, y, xs, value('mean')),
    band: bandPath(x, y, xs, value('lo'), value('hi')),
  };
}
