import type { ScaleLinear } from 'd3';
import { GRID } from '../../charts/theme';

/** Light vertical grid lines at the ticks, across a plot of `height`. */
export function VerticalGrid({ x, ticks, height }: { x: ScaleLinear<number, number>; ticks: readonly number[]; height: number }) {
  return (
    <g className="grid">
      {ticks.map((v) => (
        <line key={v} x1={x(v)} x2={x(v)} y1={0} y2={height} stroke={GRID} />
      ))}
    </g>
  );
}
