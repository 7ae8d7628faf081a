import { CAPACITY, SERIES_STYLES, TEXT } from '../../charts/theme';

/** Point shapes: a filled circle (clear difference), a ring (no clear difference), a diamond (the baseline). */
export type MarkerShape = 'circle' | 'ring' | 'diamond';

const COLOR = SERIES_STYLES[0]!.color;

export function Marker({ shape, x, y }: { shape: MarkerShape; x: number; y: number }) {
  if (shape === 'diamond') return <path className="marker-baseline" d={`M${x},${y - 6}L${x + 6},${y}L${x},${y + 6}L${x - 6},${y}Z`} fill={CAPACITY} stroke={TEXT} strokeWidth={0.75} />;
  return <circle className={`marker-${shape}`} cx={x} cy={y} r={4} fill={shape === 'circle' ? COLOR : '#ffffff'} stroke={COLOR} strokeWidth={1.75} />;
}
