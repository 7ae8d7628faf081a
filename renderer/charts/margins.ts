import { textWidth } from './legend-layout';
import { FONT_SIZE } from './theme';

/** Room for the y tick labels, the tick marks and the rotated axis label. */
export function leftMargin(tickLabels: readonly string[]): number {
  const widest = Math.max(0, ...tickLabels.map((l) => textWidth(l, FONT_SIZE - 1)));
  return Math.ceil(widest + 8 + 10 + FONT_SIZE + 6);
}

/** Where the rotated y-axis label sits, left of the plot area. */
export function yLabelOffset(left: number): number {
  return -(left - FONT_SIZE + 2);
}
