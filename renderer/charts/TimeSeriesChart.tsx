import { memo, useMemo } from 'react';
import type { Formatter } from '../i18n/format';
import { AxisBottom, AxisLeft } from './Axis';
import { clampBand } from './clamp';
import { Legend } from './Legend';
import { legendLayout, type LegendItem } from './legend-layout';
import { yLabelOffset } from './margins';
import { SeriesMarks } from './SeriesMarks';
import { CAPACITY, CAPACITY_DASH, FONT_FAMILY, seriesStyle } from './theme';
import { tickFormatter } from './tick-format';
import { timeSeriesLayout } from './time-scales';
import type { ChartSeries, ReferenceLine, TimeSeriesLabels } from './types';
import { Warmup } from './Warmup';

export type { TimeSeriesLabels } from './types';

export interface TimeSeriesChartProps {
  title: string;
  series: readonly ChartSeries[];
  horizonDays: number;
  warmupDays: number;
  weekStartDays: readonly number[];
  reference?: ReferenceLine | null;
  labels: TimeSeriesLabels;
  fmt: Formatter;
  width: number;
  height?: number;
  /** Band edges below this are drawn at it (counts cannot be negative, though a CI can reach below 0). */
  floor?: number | null;
  /**
   * Called with the day clicked in the plot area (the Results tab opens the timeline player
   * there). The click area is an invisible rectangle: an exported chart carries nothing of it.
   */
  onTimeClick?: (day: number) => void;
}

/** Weekly means with 95 % bands over the whole run, warm-up shaded; pure SVG, renders to a string. */
export const TimeSeriesChart = memo(function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { title, horizonDays, warmupDays, weekStartDays, reference, labels, fmt, width, height = 280, floor = null, onTimeClick } = props;
  const series = useMemo(() => (floor === null ? props.series : props.series.map((s) => ({ ...s, summary: clampBand(s.summary, floor) }))), [props.series, floor]);
  const legend = useMemo(() => {
    const items: LegendItem[] = series.map((s, i) => {
      const st = seriesStyle(s.style ?? i);
      return { label: s.label, swatch: { kind: 'line', color: st.color, dash: st.dash, width: st.width } };
    });
    if (series.some((s) => s.band !== false)) items.push({ label: labels.band, swatch: { kind: 'band' } });
    if (reference) items.push({ label: reference.label, swatch: { kind: 'line', color: CAPACITY, dash: CAPACITY_DASH, width: 1.5 } });
    return legendLayout(items, width - 16);
  }, [series, reference, labels.band, width]);
  const layout = useMemo(
    () =>
      timeSeriesLayout({
        width,
        height,
        top: legend.height + 20,
        horizonDays,
        series: series.map((s) => s.summary),
        references: reference ? [reference.value] : [],
        formatTicks: (t) => tickFormatter(t, fmt),
      }),
    [width, height, legend.height, horizonDays, series, reference, fmt],
  );
  const { margin, x, y, innerWidth, innerHeight, time } = layout;
  const xFormat = useMemo(() => {
    const f = tickFormatter(time.ticks.map(time.value), fmt);
    return (days: number) => f(time.value(days));
  }, [time, fmt]);

  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} fontFamily={FONT_FAMILY}>
      <title>{title}</title>
      <g transform={`translate(8,2)`}>
        <Legend items={legend.items} />
      </g>
      <g transform={`translate(${margin.left},${margin.top})`}>
        <Warmup x={x} warmupDays={warmupDays} horizonDays={horizonDays} height={innerHeight} label={labels.warmup} />
        <AxisLeft scale={y} ticks={layout.yTicks} format={layout.yFormat} label={labels.y} width={innerWidth} height={innerHeight} labelX={yLabelOffset(margin.left)} />
        <SeriesMarks series={series} x={x} y={y} weekStartDays={weekStartDays} horizonDays={horizonDays} />
        {reference && (
          <line className="reference" x1={0} x2={innerWidth} y1={y(reference.value)} y2={y(reference.value)} stroke={CAPACITY} strokeWidth={1.5} strokeDasharray={CAPACITY_DASH} />
        )}
        <AxisBottom scale={x} ticks={time.ticks} format={xFormat} label={time.unit === 'years' ? labels.xYears : labels.xWeeks} top={innerHeight} width={innerWidth} />
        {onTimeClick && (
          <rect
            className="time-click"
            width={innerWidth}
            height={innerHeight}
            fill="none"
            pointerEvents="all"
            style={{ cursor: 'crosshair' }}
            onClick={(e) => {
              const box = e.currentTarget.getBoundingClientRect();
              const px = ((e.clientX - box.left) / Math.max(1, box.width)) * innerWidth;
              onTimeClick(Math.min(horizonDays, Math.max(0, x.invert(px))));
            }}
          />
        )}
      </g>
    </svg>
  );
});
