/** Playback speeds, in simulated days per second of playback: from a day to a year a second. */
export const SPEEDS = [
  { id: 'day', daysPerSecond: 1, label: 'player.speedDay' },
  { id: 'week', daysPerSecond: 7, label: 'player.speedWeek' },
  { id: 'month', daysPerSecond: 365 / 12, label: 'player.speedMonth' },
  { id: 'quarter', daysPerSecond: 365 / 4, label: 'player.speedQuarter' },
  { id: 'year', daysPerSecond: 365, label: 'player.speedYear' },
] as const;

export type SpeedId = (typeof SPEEDS)[number]['id'];

/** The speed a player starts at ("normal speed"): a month a second. */
export const NORMAL_SPEED: SpeedId = 'month';

export function daysPerSecond(id: SpeedId): number {
  return SPEEDS.find((s) => s.id === id)?.daysPerSecond ?? 1;
}

/**
 * The next playback time: `from` advanced by the frame's wall time at the speed, stopping at
 * the horizon. A frame longer than a quarter second (a background tab) counts as one quarter
 * second, so the player does not jump.
 */
export function advance(from: number, frameMs: number, perSecond: number, horizon: number): number {
  const dt = Math.min(Math.max(0, frameMs), 250) / 1000;
  return Math.min(horizon, from + dt * perSecond);
}
