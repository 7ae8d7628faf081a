import { scaleLinear, type ScaleLinear } from 'd3';
import { textWidth } from '../../charts/legend-layout';
import { FONT_SIZE } from '../../charts/theme';

/** The x scale of a horizontal difference chart: over 0 and every value given, made nice. */
export function differenceScale(values: readonly (number | null | undefined)[], width: number, tickCount: number): { x: ScaleLinear<number, number>; ticks: number[] } {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo === hi) hi = lo + 1;
  const x = scaleLinear().domain([lo, hi]).range([0, Math.max(10, width)]).nice(tickCount);
  return { x, ticks: x.ticks(tickCount) };
}

/** The width of a label column: the longest label's, within [min, max]. */
export function labelColumn(labels: readonly string[], min: number, max: number, size = FONT_SIZE): number {
  return Math.round(Math.min(max, Math.max(min, ...labels.map((l) => textWidth(l, size) + 12))));
}

/** A label cut with an ellipsis to fit `width` pixels (estimated; SVG text cannot wrap). */
export function fitLabel(label: string, width: number, size = FONT_SIZE): string {
  if (textWidth(label, size) <= width) return label;
  const chars = Math.max(1, Math.floor(width / (size * 0.56)) - 1);
  return `${label.slice(0, chars).trimEnd()}…`;
}
