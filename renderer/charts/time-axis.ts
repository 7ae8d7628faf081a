import { ticks } from 'd3';

/** Time from the start of the run, shown in years for long runs and in weeks for short ones. */
export interface TimeAxis {
  unit: 'years' | 'weeks';
  /** Tick positions, in days from the start. */
  ticks: number[];
  /** A day count in the axis unit (years or weeks). */
  value(days: number): number;
}

const DAYS_PER: Record<TimeAxis['unit'], number> = { years: 365, weeks: 7 };

/** Years when the horizon is two years or more (ticks on whole years), else weeks; about `maxTicks` round ticks. */
export function timeAxis(horizonDays: number, maxTicks = 8): TimeAxis {
  const unit: TimeAxis['unit'] = horizonDays >= 2 * 365 ? 'years' : 'weeks';
  const per = DAYS_PER[unit];
  const end = horizonDays / per;
  const count = Math.max(2, unit === 'years' ? Math.min(maxTicks, Math.floor(end)) : maxTicks);
  return { unit, ticks: ticks(0, end, count).map((v) => v * per), value: (days) => days / per };
}
