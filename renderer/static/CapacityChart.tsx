import { memo, useMemo } from 'react';
import type { CapacityCurve } from '../../sim';
import { AxisBottom, AxisLeft } from '../charts/Axis';
import { Legend } from '../charts/Legend';
import { legendLayout } from '../charts/legend-layout';
import { yLabelOffset } from '../charts/margins';
import { BAND_FILL, BAND_OPACITY, CAPACITY, CAPACITY_DASH, FONT_FAMILY, TEXT, seriesStyle } from '../charts/theme';
import { tickFormatter } from '../charts/tick-format';
import type { Formatter } from '../i18n/format';
import { capacityLayout } from './capacity-layout';

export interface CapacityChartLabels {
  x: string;
  y: string;
  mean: string;
  band: string;
  staticMark: string;
  capacityMark: string;
}

interface Props {
  title: string;
  curve: CapacityCurve;
  /** Shares are drawn in percent. */
  share: boolean;
  labels: CapacityChartLabels;
  fmt: Formatter;
  width: number;
  height?: number;
}

/** Capacity against a KPI from a sweep, with the static estimate and the scenario's capacity marked; pure SVG. */
export const CapacityChart = memo(function CapacityChart({ title, curve, share, labels, fmt, width, height = 300 }: Props) {
  const style = seriesStyle(0);
  const legend = useMemo(
    () =>
      legendLayout(
        [
          { label: labels.mean, swatch: { kind: 'line', color: style.color, dash: style.dash, width: style.width } },
          { label: labels.band, swatch: { kind: 'band' } },
          { label: labels.staticMark, swatch: { kind: 'line', color: CAPACITY, dash: CAPACITY_DASH, width: 2 } },
          { label: labels.capacityMark, swatch: { kind: 'line', color: TEXT, dash: '5 3', width: 1.5 } },
        ],
        width - 16,
      ),
    [labels, style, width],
  );
  const scale = share ? 100 : 1;
  const layout = useMemo(() => {
    const probe = capacityLayout(curve, { width, height, top: legend.height + 14, scale, formatY: String });
    const yFormat = tickFormatter(probe.yTicks, fmt);
    return { ...capacityLayout(curve, { width, height, top: legend.height + 14, scale, formatY: yFormat }), yFormat };
  }, [curve, width, height, legend.height, scale, fmt]);
  const { margin, x, y, innerWidth, innerHeight } = layout;
  const xFormat = useMemo(() => tickFormatter(layout.xTicks, fmt), [layout.xTicks, fmt]);
  const path = layout.line.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('');
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} fontFamily={FONT_FAMILY}>
      <title>{title}</title>
      <g transform="translate(8,2)">
        <Legend items={legend.items} />
      </g>
      <g transform={`translate(${margin.left},${margin.top})`}>
        <AxisLeft scale={y} ticks={layout.yTicks} format={layout.yFormat} label={labels.y} width={innerWidth} height={innerHeight} labelX={yLabelOffset(margin.left)} />
        {layout.band && <path className="band" d={layout.band} fill={BAND_FILL} fillOpacity={BAND_OPACITY} />}
        <path className="mean" d={path} fill="none" stroke={style.color} strokeWidth={style.width} />
        {layout.line.map((p) => (
          <circle key={`${p.x}`} cx={p.x} cy={p.y} r={p.baseline ? 5 : 3.5} fill={p.baseline ? '#fff' : style.color} stroke={style.color} strokeWidth={2} />
        ))}
        <line className="static-mark" x1={layout.staticX} x2={layout.staticX} y1={0} y2={innerHeight} stroke={CAPACITY} strokeWidth={2} strokeDasharray={CAPACITY_DASH} />
        <line className="capacity-mark" x1={layout.capacityX} x2={layout.capacityX} y1={0} y2={innerHeight} stroke={TEXT} strokeWidth={1.5} strokeDasharray="5 3" />
        <AxisBottom scale={x} ticks={layout.xTicks} format={xFormat} label={labels.x} top={innerHeight} width={innerWidth} />
      </g>
    </svg>
  );
});
