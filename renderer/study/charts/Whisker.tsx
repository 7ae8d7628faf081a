import { TEXT } from '../../charts/theme';

/** A horizontal 95 % CI whisker from lo to hi at height y, with end caps. */
export function Whisker({ lo, hi, y, cap = 5 }: { lo: number | null; hi: number | null; y: number; cap?: number }) {
  if (lo === null || hi === null) return null;
  return <path className="whisker" d={`M${lo},${y}H${hi}M${lo},${y - cap}v${2 * cap}M${hi},${y - cap}v${2 * cap}`} stroke={TEXT} strokeWidth={1.25} fill="none" />;
}
