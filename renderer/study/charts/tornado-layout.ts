import type { ScaleLinear } from 'd3';
import { FONT_SIZE } from '../../charts/theme';
import { differenceScale, fitLabel, labelColumn } from './bar-scale';

/** One arm's effect on the KPI: the mean difference from the baseline and its 95 % CI. */
export interface ArmDatum {
  mean: number | null;
  ci: [number, number] | null;
}

/** One field of the tornado: its name, a line on the values run, and its two arms. */
export interface TornadoDatum {
  label: string;
  detail: string;
  low: ArmDatum | null;
  high: ArmDatum | null;
}

export interface PlacedArm {
  /** Bar from 0 to the mean (x0 ≤ x1) and its vertical centre; whisker ends. */
  x0: number;
  x1: number;
  cy: number;
  lo: number | null;
  hi: number | null;
}

export interface PlacedTornadoRow {
  key: string;
  label: string;
  detail: string;
  title: string;
  y: number;
  low: PlacedArm | null;
  high: PlacedArm | null;
}

export interface TornadoLayout {
  height: number;
  left: number;
  top: number;
  innerWidth: number;
  innerHeight: number;
  x: ScaleLinear<number, number>;
  ticks: number[];
  rows: PlacedTornadoRow[];
  barHeight: number;
}

export const TORNADO_ROW = 46;
const BAR = 13;

/**
 * A row per field in the order given (largest swing first), the −X % arm above the +X % arm,
 * each a bar from 0 (the baseline) to its mean difference, with a CI whisker.
 */
export function tornadoLayout(rows: readonly TornadoDatum[], width: number, top: number): TornadoLayout {
  const left = labelColumn(rows.flatMap((r) => [r.label, r.detail]), 110, Math.max(110, width * 0.4));
  const innerWidth = Math.max(10, width - left - 18);
  const innerHeight = Math.max(TORNADO_ROW, rows.length * TORNADO_ROW);
  const arms = rows.flatMap((r) => [r.low, r.high]);
  const { x, ticks } = differenceScale(arms.flatMap((a) => [a?.mean, a?.ci?.[0], a?.ci?.[1]]), innerWidth, Math.max(2, Math.floor(innerWidth / 80)));
  const place = (a: ArmDatum | null, cy: number): PlacedArm | null =>
    a === null || a.mean === null
      ? null
      : { x0: Math.min(x(0), x(a.mean)), x1: Math.max(x(0), x(a.mean)), cy, lo: a.ci ? x(a.ci[0]) : null, hi: a.ci ? x(a.ci[1]) : null };
  return {
    height: top + innerHeight + 46,
    left,
    top,
    innerWidth,
    innerHeight,
    x,
    ticks,
    barHeight: BAR,
    rows: rows.map((r, i) => {
      const y = i * TORNADO_ROW;
      return {
        key: `${i}:${r.label}`,
        label: fitLabel(r.label, left - 10),
        detail: fitLabel(r.detail, left - 10, FONT_SIZE - 1),
        title: `${r.label}: ${r.detail}`,
        y,
        low: place(r.low, y + 6 + BAR / 2),
        high: place(r.high, y + 8 + BAR * 1.5),
      };
    }),
  };
}
