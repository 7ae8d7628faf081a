import type { ScaleLinear } from 'd3';
import { FONT_SIZE, MUTED, WARMUP_FILL } from './theme';
import { textWidth } from './legend-layout';
import { warmupSpan } from './warmup';

interface Props {
  x: ScaleLinear<number, number>;
  warmupDays: number;
  horizonDays: number;
  height: number;
  label: string;
}

/** The warm-up period shaded and labelled: nothing in it counts in any metric. */
export function Warmup({ x, warmupDays, horizonDays, height, label }: Props) {
  const span = warmupSpan(x, warmupDays, horizonDays);
  if (!span) return null;
  const w = span.x1 - span.x0;
  // The label sits just above the plot, clear of the lines; centred over the shading when it fits.
  const centred = textWidth(label, FONT_SIZE - 1) + 6 <= w;
  return (
    <g className="warmup">
      <rect x={span.x0} y={0} width={w} height={height} fill={WARMUP_FILL} />
      <line x1={span.x1} x2={span.x1} y1={0} y2={height} stroke={MUTED} strokeDasharray="3 3" />
      <text x={centred ? span.x0 + w / 2 : span.x0} y={-4} textAnchor={centred ? 'middle' : 'start'} fontSize={FONT_SIZE - 1} fill={MUTED} fontStyle="italic">
        {label}
      </text>
    </g>
  );
}
