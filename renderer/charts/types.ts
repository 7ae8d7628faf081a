import type { SeriesSummary } from '../../sim';

/** One line of a time-series chart: a weekly mean with its 95 % band. */
export interface ChartSeries {
  id: string;
  label: string;
  summary: SeriesSummary;
  /** Index into SERIES_STYLES; defaults to the series' position. */
  style?: number;
  /** Draw the 95 % band (light grey) under the mean line; default true. */
  band?: boolean;
}

/** A horizontal reference line, e.g. the number of beds. */
export interface ReferenceLine {
  value: number;
  label: string;
}

/** Space around the plot area, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Texts a time-series chart shows; keep the object stable (useMemo) so the chart does not re-render. */
export interface TimeSeriesLabels {
  /** x-axis label when the axis is in years / in weeks. */
  xYears: string;
  xWeeks: string;
  y: string;
  warmup: string;
  band: string;
}
