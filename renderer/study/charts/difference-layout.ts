import type { ScaleLinear } from 'd3';
import type { VerdictView } from '../../results/verdict';
import { differenceScale, fitLabel, labelColumn } from './bar-scale';

/** One bar: a case's mean difference from the baseline with its 95 % CI. */
export interface DifferenceDatum {
  label: string;
  mean: number | null;
  ci: [number, number] | null;
  tone: VerdictView['tone'];
  symbol: string;
}

export interface PlacedBar extends DifferenceDatum {
  /** The label as drawn (cut to fit). */
  shown: string;
  /** Top of the row band and the bar's height. */
  y: number;
  h: number;
  /** The bar from 0 to the mean, in pixels (x0 ≤ x1); null without a mean. */
  x0: number | null;
  x1: number | null;
  /** Whisker ends, in pixels; null without a CI. */
  lo: number | null;
  hi: number | null;
}

export interface DifferenceLayout {
  width: number;
  height: number;
  /** Left edge of the plot (after the label column) and its top. */
  left: number;
  top: number;
  innerWidth: number;
  innerHeight: number;
  x: ScaleLinear<number, number>;
  ticks: number[];
  bars: PlacedBar[];
}

export const ROW_HEIGHT = 30;
const BOTTOM = 46;

/** Rows of horizontal bars under a legend of height `top`, labels in a column on the left. */
export function differenceLayout(rows: readonly DifferenceDatum[], width: number, top: number): DifferenceLayout {
  const labels = rows.map((r) => `${r.symbol} ${r.label}`);
  const left = labelColumn(labels, 90, Math.max(90, width * 0.38));
  const right = 18;
  const innerWidth = Math.max(10, width - left - right);
  const innerHeight = Math.max(ROW_HEIGHT, rows.length * ROW_HEIGHT);
  const { x, ticks } = differenceScale(
    rows.flatMap((r) => [r.mean, r.ci?.[0], r.ci?.[1]]),
    innerWidth,
    Math.max(2, Math.floor(innerWidth / 80)),
  );
  const bars = rows.map((r, i) => {
    const y = i * ROW_HEIGHT;
    const m = r.mean;
    return {
      ...r,
      shown: fitLabel(labels[i]!, left - 10),
      y,
      h: ROW_HEIGHT * 0.56,
      x0: m === null ? null : Math.min(x(0), x(m)),
      x1: m === null ? null : Math.max(x(0), x(m)),
      lo: r.ci ? x(r.ci[0]) : null,
      hi: r.ci ? x(r.ci[1]) : null,
    };
  });
  return { width, height: top + innerHeight + BOTTOM, left, top, innerWidth, innerHeight, x, ticks, bars };
}
