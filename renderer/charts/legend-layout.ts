import { FONT_SIZE } from './theme';

/** What a legend entry shows beside its label. */
export type LegendSwatch =
  | { kind: 'line'; color: string; dash: string | undefined; width: number }
  | { kind: 'band' }
  | { kind: 'bar' }
  | { kind: 'whisker' };

export interface LegendItem {
  label: string;
  swatch: LegendSwatch;
}

export interface PlacedLegendItem extends LegendItem {
  x: number;
  y: number;
}

export const SWATCH_WIDTH = 22;
const GAP = 16;
export const LEGEND_ROW = 18;

/** Rough text width (no DOM to measure with when rendering to a string). */
export function textWidth(text: string, size = FONT_SIZE): number {
  return text.length * size * 0.56;
}

/** Items placed left to right, wrapping to new rows within `width`; `height` is the rows' total. */
export function legendLayout(items: readonly LegendItem[], width: number): { items: PlacedLegendItem[]; height: number } {
  const placed: PlacedLegendItem[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = SWATCH_WIDTH + 6 + textWidth(item.label);
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    placed.push({ ...item, x, y: row * LEGEND_ROW });
    x += w + GAP;
  }
  return { items: placed, height: items.length === 0 ? 0 : (row + 1) * LEGEND_ROW };
}
