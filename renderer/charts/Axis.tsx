import type { ScaleLinear } from 'd3';
import { AXIS, FONT_SIZE, GRID, MUTED, TEXT } from './theme';

interface AxisProps {
  scale: ScaleLinear<number, number>;
  ticks: readonly number[];
  format(v: number): string;
  label: string;
}

/** x axis along the bottom of the plot area: line, ticks, tick labels and a centred label. */
export function AxisBottom({ scale, ticks, format, label, top, width }: AxisProps & { top: number; width: number }) {
  return (
    <g className="axis axis-x" transform={`translate(0,${top})`}>
      <line x1={0} x2={width} stroke={AXIS} />
      {ticks.map((v) => (
        <g key={v} transform={`translate(${scale(v)},0)`}>
          <line y2={5} stroke={AXIS} />
          <text y={8} dy="0.71em" textAnchor="middle" fontSize={FONT_SIZE - 1} fill={MUTED}>
            {format(v)}
          </text>
        </g>
      ))}
      <text x={width / 2} y={36} textAnchor="middle" fontSize={FONT_SIZE} fill={TEXT}>
        {label}
      </text>
    </g>
  );
}

/** y axis on the left with light grid lines across the plot, and a rotated label. */
export function AxisLeft({ scale, ticks, format, label, width, height, labelX }: AxisProps & { width: number; height: number; labelX: number }) {
  return (
    <g className="axis axis-y">
      {ticks.map((v) => (
        <g key={v} transform={`translate(0,${scale(v)})`}>
          <line x2={width} stroke={GRID} />
          <line x1={-5} stroke={AXIS} />
          <text x={-8} dy="0.32em" textAnchor="end" fontSize={FONT_SIZE - 1} fill={MUTED}>
            {format(v)}
          </text>
        </g>
      ))}
      <line y1={0} y2={height} stroke={AXIS} />
      <text transform={`translate(${labelX},${height / 2}) rotate(-90)`} textAnchor="middle" fontSize={FONT_SIZE} fill={TEXT}>
        {label}
      </text>
    </g>
  );
}
