import { memo, useMemo } from 'react';
import { AxisBottom } from '../../charts/Axis';
import { FONT_FAMILY, FONT_SIZE, TEXT } from '../../charts/theme';
import { tickFormatter } from '../../charts/tick-format';
import type { Formatter } from '../../i18n/format';
import { ChartLegend, placeLegend, type StudyLegendItem } from './ChartLegend';
import { differenceLayout, type DifferenceDatum } from './difference-layout';
import { TONE_STYLE } from './tones';
import { VerticalGrid } from './VerticalGrid';
import { Whisker } from './Whisker';

export interface DifferenceChartProps {
  title: string;
  rows: readonly DifferenceDatum[];
  /** Axis label (with the unit) and legend texts. */
  labels: { x: string; whisker: string; legend: readonly StudyLegendItem[] };
  /** 100 for shares, shown in percentage points. */
  scale: number;
  fmt: Formatter;
  width: number;
}

/** Each case's difference from the baseline as a bar from 0, with its 95 % CI as a whisker. */
export const DifferenceChart = memo(function DifferenceChart({ title, rows, labels, scale, fmt, width }: DifferenceChartProps) {
  const legend = useMemo(() => placeLegend([...labels.legend, { label: labels.whisker, swatch: { kind: 'whisker' } }], width - 16), [labels, width]);
  const layout = useMemo(() => differenceLayout(rows, width, legend.height + 16), [rows, width, legend.height]);
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
        {layout.bars.map((b) => {
          const style = TONE_STYLE[b.tone];
          const mid = b.y + 15;
          return (
            <g key={b.label} className={`bar-row tone-${b.tone}`}>
              <text x={-8} y={mid} dy="0.32em" textAnchor="end" fontSize={FONT_SIZE} fill={TEXT}>
                <title>{b.label}</title>
                {b.shown}
              </text>
              {b.x0 !== null && b.x1 !== null && (
                <rect className="bar" x={b.x0} y={mid - b.h / 2} width={Math.max(1, b.x1 - b.x0)} height={b.h} fill={style.fill} stroke={style.stroke} />
              )}
              <Whisker lo={b.lo} hi={b.hi} y={mid} />
            </g>
          );
        })}
        <line className="zero" x1={x(0)} x2={x(0)} y1={0} y2={innerHeight} stroke={TEXT} strokeWidth={1.25} />
        <AxisBottom scale={x} ticks={layout.ticks} format={format} label={labels.x} top={innerHeight} width={innerWidth} />
      </g>
    </svg>
  );
});
