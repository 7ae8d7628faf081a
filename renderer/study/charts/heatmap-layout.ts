import { interpolateBlues, lab, scaleSequential } from 'd3';
import type { SweepGrid } from '../../../sim';
import { textWidth } from '../../charts/legend-layout';
import { leftMargin } from '../../charts/margins';
import { FONT_SIZE, TEXT } from '../../charts/theme';
import type { Margin } from '../../charts/types';

/**
 * Light to dark blue: lightness falls steadily with the value, so the order of the cells
 * survives grey-scale print (and every cell carries its number as text).
 */
export function heatColor(domain: readonly [number, number]): (v: number) => string {
  const [lo, hi] = domain[0] === domain[1] ? [domain[0] - 1, domain[1] + 1] : domain;
  const scale = scaleSequential((t) => interpolateBlues(0.08 + 0.82 * t)).domain([lo, hi]).clamp(true);
  return (v) => scale(v);
}

/** Dark text on light cells, white on dark ones (CIE L* threshold). */
export function textColorOn(fill: string): string {
  return lab(fill).l < 58 ? '#ffffff' : TEXT;
}

export interface HeatCell {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
  value: number | null;
  fill: string;
  textFill: string;
  /** Both of its values are the baseline's: outlined. */
  baseline: boolean;
}

export interface AxisLabel {
  pos: number;
  text: string;
  baseline: boolean;
}

export interface HeatmapLayout {
  margin: Margin;
  innerWidth: number;
  innerHeight: number;
  height: number;
  cells: HeatCell[];
  xLabels: AxisLabel[];
  yLabels: AxisLabel[];
  domain: [number, number];
  /** Steps of the colour legend, left to right. */
  legend: { x: number; w: number; fill: string }[];
}

export const CELL_HEIGHT = 34;
const LEGEND_WIDTH = 220;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/**
 * The grid of a 2-D sweep: columns the sweep's values left to right, rows the `by` values
 * upwards from the first (so both axes read like a chart's), a cell per point coloured by the
 * KPI's mean. `formatValue` writes a value as shown in a cell and on the axis labels.
 */
export function heatmapLayout(args: { grid: SweepGrid; width: number; top: number; formatValue(v: unknown): string }): HeatmapLayout {
  const { grid, width, top } = args;
  const cols = grid.x.values.length;
  const rows = grid.y.values.length;
  const means = grid.cells.flat().map((c) => c?.mean).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const domain: [number, number] = means.length ? [Math.min(...means), Math.max(...means)] : [0, 1];
  const color = heatColor(domain);
  const yLabels0 = grid.y.values.map((v) => args.formatValue(v));
  const margin: Margin = { top: top + 54, right: 16, bottom: 46, left: leftMargin(yLabels0) + 4 };
  const innerWidth = Math.max(10, width - margin.left - margin.right);
  const innerHeight = rows * CELL_HEIGHT;
  const w = innerWidth / Math.max(1, cols);
  const cells: HeatCell[] = [];
  grid.cells.forEach((row, r) =>
    row.forEach((c, col) => {
      const value = c?.mean ?? null;
      const fill = value === null ? '#ffffff' : color(value);
      cells.push({
        key: `${r}:${col}`,
        x: col * w,
        y: (rows - 1 - r) * CELL_HEIGHT,
        w,
        h: CELL_HEIGHT,
        value,
        fill,
        textFill: value === null ? TEXT : textColorOn(fill),
        baseline: same(grid.x.values[col], grid.x.baselineValue) && same(grid.y.values[r], grid.y.baselineValue),
      });
    }),
  );
  const steps = 22;
  const legendWidth = Math.min(LEGEND_WIDTH, innerWidth);
  const legend = Array.from({ length: steps }, (_, i) => ({
    x: (i * legendWidth) / steps,
    w: legendWidth / steps + 0.5,
    fill: color(domain[0] + ((i + 0.5) / steps) * (domain[1] - domain[0])),
  }));
  return {
    margin,
    innerWidth,
    innerHeight,
    height: margin.top + innerHeight + margin.bottom,
    cells,
    xLabels: grid.x.values.map((v, i) => ({ pos: (i + 0.5) * w, text: args.formatValue(v), baseline: same(v, grid.x.baselineValue) })),
    yLabels: grid.y.values.map((v, i) => ({ pos: (rows - 1 - i + 0.5) * CELL_HEIGHT, text: yLabels0[i] ?? show(v), baseline: same(v, grid.y.baselineValue) })),
    domain,
    legend,
  };
}

/** Whether a cell's text fits its width (else the chart leaves it to the tooltip). */
export function fitsCell(text: string, width: number): boolean {
  return textWidth(text, FONT_SIZE - 1) + 4 <= width;
}
