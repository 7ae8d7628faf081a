/**
 * Which way is better for each metric, so comparisons can say "better" or "worse".
 * Waits, breaches, readmissions, cost, delayed discharge, reneging and dropout: lower is
 * better. Occupancy, utilisation and throughput are neutral: higher is neither good nor bad
 * in itself (full beds mean both efficiency and queues).
 */
import type { MetricKey } from './keys';
import type { GROUP_METRIC_NAMES, SERVICE_METRIC_NAMES } from './keys';

/** 'lower' or 'higher' is better, or 'neutral' (report the change without judging it). */
export type MetricDirection = 'lower' | 'higher' | 'neutral';

/** The direction of every run-level metric key of sim/metrics/keys.ts. */
export const METRIC_DIRECTION: Record<string, MetricDirection> = {
  meanWaitDays: 'lower',
  medianWaitDays: 'lower',
  p90WaitDays: 'lower',
  meanWaitInpatientDays: 'lower',
  meanWaitOutpatientDays: 'lower',
  deadlineBreachShare: 'lower',
  meanWaitingList: 'lower',
  bedOccupancy: 'neutral',
  outpatientUtilization: 'neutral',
  delayedDischargeBedDaysPerYear: 'lower',
  dischargedWithoutAftercareShare: 'lower',
  readmission30Share: 'lower',
  readmission90Share: 'lower',
  readmission365Share: 'lower',
  dropoutShare: 'lower',
  renegedShare: 'lower',
  referralsPerYear: 'neutral',
  admissionsPerYear: 'neutral',
  costNokPerYear: 'lower',
  meanInpatientStayDays: 'neutral',
  firstStartOutpatientShare: 'neutral',
  meanWaitPlannedInpatientDays: 'lower',
} satisfies Record<MetricKey, MetricDirection>;

/** The direction of each per-service metric name (`services.<id>.<name>`). */
export const SERVICE_METRIC_DIRECTION: Record<string, MetricDirection> = {
  meanWaitDays: 'lower',
  occupancy: 'neutral',
  meanWaitingList: 'lower',
  startsPerYear: 'neutral',
} satisfies Record<(typeof SERVICE_METRIC_NAMES)[number], MetricDirection>;

/** The direction of each per-group metric name (`groups.<id>.<name>`). */
export const GROUP_METRIC_DIRECTION: Record<string, MetricDirection> = {
  meanWaitDays: 'lower',
  deadlineBreachShare: 'lower',
  firstStartsPerYear: 'neutral',
} satisfies Record<(typeof GROUP_METRIC_NAMES)[number], MetricDirection>;

/**
 * The direction of any metric key: run-level, `services.<id>.<name>` or `groups.<id>.<name>`.
 * Unknown keys are neutral.
 */
export function metricDirection(key: string): MetricDirection {
  if (Object.hasOwn(METRIC_DIRECTION, key)) return METRIC_DIRECTION[key]!;
  const match = /^(services|groups)\.(.+)\.([^.]+)$/.exec(key);
  if (!match) return 'neutral';
  const table = match[1] === 'services' ? SERVICE_METRIC_DIRECTION : GROUP_METRIC_DIRECTION;
  return Object.hasOwn(table, match[3]!) ? table[match[3]!]! : 'neutral';
}
