/**
 * Scales and marks of the capacity chart, as plain numbers (tested without a DOM): capacity on
 * x, the swept KPI on y, a CI band, and vertical marks at the static estimate and at the
 * scenario's capacity. Shares are drawn in percent.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import type { CapacityCurve } from '../../sim';
import { leftMargin } from '../charts/margins';

export interface CapacityLayout {
  margin: { top: number; right: number; bottom: number; left: number };
  innerWidth: number;
  innerHeight: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  xTicks: number[];
  yTicks: number[];
  /** Points with a mean, in capacity order, in pixels. */
  line: { x: number; y: number; baseline: boolean }[];
  /** The CI band as an SVG path ('' when no point has a CI). */
  band: string;
  /** x of the static estimate and of the scenario's capacity. */
  staticX: number;
  capacityX: number;
}

/** Lays the curve out in a width × height box below a legend `top` pixels tall. */
export function capacityLayout(curve: CapacityCurve, args: { width: number; height: number; top: number; scale: number; formatY(v: number): string }): CapacityLayout {
  const { width, height, top, scale } = args;
  const caps = [...curve.points.map((p) => p.capacity), curve.needed, curve.capacity].filter(Number.isFinite);
  const lo = Math.min(...caps);
  const hi = Math.max(...caps);
  const pad = Math.max(1, (hi - lo) * 0.04);
  let yMax = 0;
  for (const p of curve.points) {
    if (p.mean !== null) yMax = Math.max(yMax, p.mean * scale);
    if (p.ci95) yMax = Math.max(yMax, p.ci95[1] * scale);
  }
  const y0 = scaleLinear().domain([0, yMax > 0 ? yMax : 1]).nice(6);
  const yTicks = y0.ticks(6);
  const margin = { top, right: 16, bottom: 44, left: leftMargin(yTicks.map(args.formatY)) };
  const innerWidth = Math.max(40, width - margin.left - margin.right);
  const innerHeight = Math.max(40, height - margin.top - margin.bottom);
  const x = scaleLinear().domain([Math.max(0, lo - pad), hi + pad]).range([0, innerWidth]).nice(8);
  const y = y0.range([innerHeight, 0]);
  const withMean = curve.points.filter((p) => p.mean !== null);
  const line = withMean.map((p) => ({ x: x(p.capacity), y: y(p.mean! * scale), baseline: p.baseline }));
  const withCi = curve.points.filter((p) => p.ci95 !== null);
  const clampY = (v: number) => y(Math.max(0, v * scale));
  const band =
    withCi.length < 2
      ? ''
      : `M${withCi.map((p) => `${x(p.capacity)},${clampY(p.ci95![1])}`).join('L')}L${withCi
          .slice()
          .reverse()
          .map((p) => `${x(p.capacity)},${clampY(p.ci95![0])}`)
          .join('L')}Z`;
  return {
    margin,
    innerWidth,
    innerHeight,
    x,
    y,
    xTicks: x.ticks(8).filter(Number.isInteger),
    yTicks,
    line,
    band,
    staticX: x(curve.needed),
    capacityX: x(curve.capacity),
  };
}
