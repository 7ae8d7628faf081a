import { memo, useMemo } from 'react';
import { AxisBottom } from '../../charts/Axis';
import { FONT_FAMILY, FONT_SIZE, MUTED, TEXT } from '../../charts/theme';
import { tickFormatter } from '../../charts/tick-format';
import type { Formatter } from '../../i18n/format';
import { ChartLegend, placeLegend } from './ChartLegend';
import { tornadoLayout, type PlacedArm, type TornadoDatum } from './tornado-layout';
import { ARM_STYLE } from './tones';
import { VerticalGrid } from './VerticalGrid';
import { Whisker } from './Whisker';

export interface TornadoChartProps {
  title: string;
  rows: readonly TornadoDatum[];
  labels: { x: string; low: string; high: string; whisker: string };
  /** 100 for shares, shown in percentage points. */
  scale: number;
  fmt: Formatter;
  width: number;
}

function Arm({ arm, side, h }: { arm: PlacedArm | null; side: 'low' | 'high'; h: number }) {
  if (!arm) return null;
  const s = ARM_STYLE[side];
  return (
    <g className={`arm arm-${side}`}>
      <rect x={arm.x0} y={arm.cy - h / 2} width={Math.max(1, arm.x1 - arm.x0)} height={h} fill={s.fill} stroke={s.stroke} strokeDasharray={s.dash} />
      <Whisker lo={arm.lo} hi={arm.hi} y={arm.cy} cap={4} />
    </g>
  );
}

/** One-at-a-time sensitivity: how far each field's −X % and +X % arms move the KPI, largest swing on top. */
export const TornadoChart = memo(function TornadoChart({ title, rows, labels, scale, fmt, width }: TornadoChartProps) {
  const legend = useMemo(
    () =>
      placeLegend(
        [
          { label: labels.low, swatch: { kind: 'rect', fill: ARM_STYLE.low.fill, stroke: ARM_STYLE.low.stroke, dash: ARM_STYLE.low.dash } },
          { label: labels.high, swatch: { kind: 'rect', fill: ARM_STYLE.high.fill, stroke: ARM_STYLE.high.stroke } },
          { label: labels.whisker, swatch: { kind: 'whisker' } },
        ],
        width - 16,
      ),
    [labels, width],
  );
  const layout = useMemo(() => tornadoLayout(rows, width, legend.height + 16), [rows, width, legend.height]);
  const format = useMemo(() => {
    const f = tickFormatter(layout.ticks, fmt, scale);
    return (v: number) => f(v).replace(/^-/, '\u2212');
  }, [layout.ticks, fmt, scale]);
  const { left, top, innerWidth, innerHeight, x } = layout;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={layout.height} viewBox={`0 0 ${width} ${layout.height}`} role="img" aria-label={title} fontFamily={FONT_FAMILY}>
      <title>{title}</title>
      <g transform="translate(8,2)">
        <ChartLegend items={legend.items} />
      </g>
      <g transform={`translate(${left},${top})`}>
        <VerticalGrid x={x} ticks={layout.ticks} height={innerHeight} />
        {layout.rows.map((r) => (
          <g key={r.key} className="tornado-row">
            <title>{r.title}</title>
            <text x={-8} y={r.y + 16} textAnchor="end" fontSize={FONT_SIZE} fill={TEXT}>{r.label}</text>
            <text x={-8} y={r.y + 32} textAnchor="end" fontSize={FONT_SIZE - 1} fill={MUTED}>{r.detail}</text>
            <Arm arm={r.low} side="low" h={layout.barHeight} />
            <Arm arm={r.high} side="high" h={layout.barHeight} />
          </g>
        ))}
        <line className="zero" x1={x(0)} x2={x(0)} y1={0} y2={innerHeight} stroke={TEXT} strokeWidth={1.25} />
        <AxisBottom scale={x} ticks={layout.ticks} format={format} label={labels.x} top={innerHeight} width={innerWidth} />
      </g>
    </svg>
  );
});
