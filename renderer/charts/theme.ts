/**
 * Chart styling as plain values, written onto SVG attributes (not CSS) so that an exported
 * SVG or PNG looks the same as the screen. Series differ by dash pattern as well as colour,
 * and bands are light grey, so charts stay readable in grey-scale print.
 */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const FONT_SIZE = 12;
export const TEXT = '#1b1f24';
export const MUTED = '#57606a';
export const GRID = '#e4e7eb';
export const AXIS = '#57606a';
export const BAND_FILL = '#d4d4d4';
export const BAND_OPACITY = 0.6;
export const WARMUP_FILL = '#eeeeee';
export const CAPACITY = '#9a3412';

/** One style per series, in order: colour, dash pattern (none = solid) and line width. */
export interface SeriesStyle {
  color: string;
  dash: string | undefined;
  width: number;
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: '#0b5cad', dash: undefined, width: 2 },
  { color: '#b3261e', dash: '6 3', width: 2 },
  { color: '#1a7f37', dash: '2 2', width: 2 },
  { color: '#6f42c1', dash: '8 3 2 3', width: 2 },
];

/** The style of the i-th series (cycling). */
export function seriesStyle(i: number): SeriesStyle {
  return SERIES_STYLES[i % SERIES_STYLES.length]!;
}

/** Dash pattern of a capacity reference line. */
export const CAPACITY_DASH = '1 3';
