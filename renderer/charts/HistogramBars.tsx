import type { ScaleLinear } from 'd3';
import type { HistogramBin } from './histogram-layout';
import { TEXT } from './theme';

export const BAR_FILL = '#a9c2dc';
export const BAR_STROKE = '#0b5cad';

interface Props {
  bins: readonly HistogramBin[];
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

/** Bars at the mean share, with whiskers over the 95 % CI; the open-ended last bar is hatched by a dashed outline. */
export function HistogramBars({ bins, x, y }: Props) {
  return (
    <g className="bars">
      {bins.map((b) => {
        const x0 = x(b.x0) + 1;
        const w = Math.max(1, x(b.x1) - x(b.x0) - 2);
        const top = y(b.mean);
        const cx = x0 + w / 2;
        const cap = Math.min(4, w / 3);
        const whisker = b.hi > b.lo;
        return (
          <g key={b.index}>
            <rect className="bar" x={x0} y={top} width={w} height={Math.max(0, y(0) - top)} fill={BAR_FILL} stroke={BAR_STROKE} strokeWidth={0.75} strokeDasharray={b.open ? '3 2' : undefined} />
            {whisker && (
              <path className="whisker" d={`M${cx},${y(b.lo)}V${y(b.hi)}M${cx - cap},${y(b.lo)}h${2 * cap}M${cx - cap},${y(b.hi)}h${2 * cap}`} stroke={TEXT} strokeWidth={1} fill="none" />
            )}
          </g>
        );
      })}
    </g>
  );
}
