import { memo, useMemo, type MouseEvent } from 'react';
import { useElementWidth } from '../charts/useElementWidth';

const HEIGHT = 56;

interface Props {
  /** Weekly values, week w covering [7w, 7w + 7). */
  values: readonly number[];
  horizonDays: number;
  warmupDays: number;
  time: number;
  label: string;
  onSeek(day: number): void;
}

/** The replication's waiting list over its whole horizon, with the playhead; a click seeks there. */
export const Sparkline = memo(function Sparkline({ values, horizonDays, warmupDays, time, label, onSeek }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(900);
  const max = useMemo(() => Math.max(1, ...values), [values]);
  const x = (day: number) => (day / horizonDays) * width;
  const y = (v: number) => HEIGHT - 4 - (v / max) * (HEIGHT - 10);
  const d = useMemo(() => values.map((v, w) => `${w === 0 ? 'M' : 'L'}${((7 * w + 3.5) / horizonDays) * width},${y(v)}`).join(''), [values, horizonDays, width, max]);
  const click = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    onSeek(((e.clientX - box.left) / Math.max(1, box.width)) * horizonDays);
  };
  return (
    <div ref={ref} className="player-sparkline" title={label}>
      <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={label} onClick={click} style={{ cursor: 'crosshair', display: 'block' }}>
        <rect width={width} height={HEIGHT} fill="#ffffff" />
        <rect width={x(warmupDays)} height={HEIGHT} fill="#eeeeee" />
        <path d={d} fill="none" stroke="#b3261e" strokeWidth={1.5} />
        <line x1={x(time)} x2={x(time)} y1={0} y2={HEIGHT} stroke="#1b1f24" strokeWidth={2} />
      </svg>
    </div>
  );
});
