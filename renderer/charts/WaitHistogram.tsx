import { memo, useMemo } from 'react';
import type { SeriesSummary } from '../../sim';
import type { Formatter } from '../i18n/format';
import { AxisBottom, AxisLeft } from './Axis';
import { HistogramBars } from './HistogramBars';
import { histogramBins, histogramLayout } from './histogram-layout';
import { Legend } from './Legend';
import { legendLayout } from './legend-layout';
import { yLabelOffset } from './margins';
import { FONT_FAMILY } from './theme';
import { tickFormatter } from './tick-format';

/** Texts of the wait histogram; keep the object stable. */
export interface WaitHistogramLabels {
  x: string;
  y: string;
  bars: string;
  whiskers: string;
}

export interface WaitHistogramProps {
  title: string;
  edgesDays: readonly number[];
  share: SeriesSummary;
  labels: WaitHistogramLabels;
  fmt: Formatter;
  width: number;
  height?: number;
}

/** Share of first treatment starts by weeks waited, mean over replications with 95 % CI whiskers. */
export const WaitHistogram = memo(function WaitHistogram({ title, edgesDays, share, labels, fmt, width, height = 280 }: WaitHistogramProps) {
  const bins = useMemo(() => histogramBins(edgesDays, share), [edgesDays, share]);
  const legend = useMemo(
    () => legendLayout([{ label: labels.bars, swatch: { kind: 'bar' } }, { label: labels.whiskers, swatch: { kind: 'whisker' } }], width - 16),
    [labels.bars, labels.whiskers, width],
  );
  const layout = useMemo(
    () => histogramLayout({ width, height, top: legend.height + 14, bins, formatTicks: (t) => tickFormatter(t, fmt, 100) }),
    [width, height, legend.height, bins, fmt],
  );
  const { margin, x, y, innerWidth, innerHeight } = layout;
  const openAt = bins.find((b) => b.open)?.x0;
  const xFormat = useMemo(() => {
    const f = tickFormatter(layout.xTicks, fmt);
    return (v: number) => (v === openAt ? `${f(v)}+` : f(v));
  }, [layout.xTicks, fmt, openAt]);

  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} fontFamily={FONT_FAMILY}>
      <title>{title}</title>
      <g transform="translate(8,2)">
        <Legend items={legend.items} />
      </g>
      <g transform={`translate(${margin.left},${margin.top})`}>
        <AxisLeft scale={y} ticks={layout.yTicks} format={layout.yFormat} label={labels.y} width={innerWidth} height={innerHeight} labelX={yLabelOffset(margin.left)} />
        <HistogramBars bins={bins} x={x} y={y} />
        <AxisBottom scale={x} ticks={layout.xTicks} format={xFormat} label={labels.x} top={innerHeight} width={innerWidth} />
      </g>
    </svg>
  );
});
