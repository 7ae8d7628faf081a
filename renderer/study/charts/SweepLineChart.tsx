import { memo, useMemo } from 'react';
import { AxisBottom, AxisLeft } from '../../charts/Axis';
import { yLabelOffset } from '../../charts/margins';
import { BAND_FILL, BAND_OPACITY, CAPACITY, CAPACITY_DASH, FONT_FAMILY, seriesStyle } from '../../charts/theme';
import { tickFormatter } from '../../charts/tick-format';
import type { Formatter } from '../../i18n/format';
import { ChartLegend, placeLegend } from './ChartLegend';
import { Marker } from './Marker';
import { sweepLayout, type SweepData } from './sweep-line-layout';

export interface SweepLineLabels {
  x: string;
  y: string;
  mean: string;
  band: string;
  clear: string;
  unclear: string;
  baseline: string;
}

export interface SweepLineChartProps {
  title: string;
  data: SweepData;
  labels: SweepLineLabels;
  /** 100 for shares, shown as %. */
  scale: number;
  fmt: Formatter;
  width: number;
  height?: number;
}

/**
 * A KPI across a sweep's values: mean line with its 95 % CI band; points that differ clearly
 * from the baseline filled, the others hollow; the baseline's own value as a diamond on a
 * dashed line.
 */
export const SweepLineChart = memo(function SweepLineChart({ title, data, labels, scale, fmt, width, height = 300 }: SweepLineChartProps) {
  const style = seriesStyle(0);
  const legend = useMemo(
    () =>
      placeLegend(
        [
          { label: labels.mean, swatch: { kind: 'line', color: style.color, width: style.width } },
          { label: labels.band, swatch: { kind: 'band' } },
          { label: labels.clear, swatch: { kind: 'marker', shape: 'circle' } },
          { label: labels.unclear, swatch: { kind: 'marker', shape: 'ring' } },
          { label: labels.baseline, swatch: { kind: 'marker', shape: 'diamond' } },
        ],
        width - 16,
      ),
    [labels, width, style],
  );
  const layout = useMemo(
    () => sweepLayout({ data, width, height, top: legend.height + 14, formatTicks: (t) => tickFormatter(t, fmt, scale) }),
    [data, width, height, legend.height, fmt, scale],
  );
  const { margin, x, y, innerWidth, innerHeight } = layout;
  const xFormat = useMemo(() => {
    if (!data.numeric) return (v: number) => data.points[v]?.label ?? '';
    const f = tickFormatter(layout.xTicks, fmt);
    return (v: number) => f(v);
  }, [data, layout.xTicks, fmt]);
  const b = data.baseline;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} fontFamily={FONT_FAMILY}>
      <title>{title}</title>
      <g transform="translate(8,2)">
        <ChartLegend items={legend.items} />
      </g>
      <g transform={`translate(${margin.left},${margin.top})`}>
        <AxisLeft scale={y} ticks={layout.yTicks} format={layout.yFormat} label={labels.y} width={innerWidth} height={innerHeight} labelX={yLabelOffset(margin.left)} />
        <path className="band" d={layout.band} fill={BAND_FILL} fillOpacity={BAND_OPACITY} stroke="none" />
        {b.x !== null && <line className="baseline-line" x1={x(b.x)} x2={x(b.x)} y1={0} y2={innerHeight} stroke={CAPACITY} strokeDasharray={CAPACITY_DASH} strokeWidth={1.5} />}
        <path className="mean" d={layout.line} fill="none" stroke={style.color} strokeWidth={style.width} strokeLinejoin="round" />
        {data.points.map((p) => p.mean !== null && <Marker key={p.label} shape={p.clear ? 'circle' : 'ring'} x={x(p.x)} y={y(p.mean)} />)}
        {b.x !== null && b.mean !== null && <Marker shape="diamond" x={x(b.x)} y={y(b.mean)} />}
        <AxisBottom scale={x} ticks={layout.xTicks} format={xFormat} label={labels.x} top={innerHeight} width={innerWidth} />
      </g>
    </svg>
  );
});
