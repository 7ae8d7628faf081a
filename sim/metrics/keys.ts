import type { Scenario } from '../scenario/types';

/** The run-level metric keys of MODEL.md, in the order tables show them. */
export const METRIC_KEYS = [
  'meanWaitDays',
  'medianWaitDays',
  'p90WaitDays',
  'meanWaitInpatientDays',
  'meanWaitOutpatientDays',
  'deadlineBreachShare',
  'meanWaitingList',
  'bedOccupancy',
  'outpatientUtilization',
  'delayedDischargeBedDaysPerYear',
  'dischargedWithoutAftercareShare',
  'readmission30Share',
  'readmission90Share',
  'readmission365Share',
  'dropoutShare',
  'renegedShare',
  'referralsPerYear',
  'admissionsPerYear',
  'costNokPerYear',
  // Beyond MODEL.md's list (the contract allows additions): figures the calibration targets use.
  'meanInpatientStayDays',
  'firstStartOutpatientShare',
  'meanWaitPlannedInpatientDays',
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];

/** The per-service metric names: `services.<id>.<name>`. */
export const SERVICE_METRIC_NAMES = ['meanWaitDays', 'occupancy', 'meanWaitingList', 'startsPerYear'] as const;

/** The per-group metric names: `groups.<id>.<name>` (beyond MODEL.md: deadlines differ by group). */
export const GROUP_METRIC_NAMES = ['meanWaitDays', 'deadlineBreachShare', 'firstStartsPerYear'] as const;

/** Every metric key a run of this scenario reports: run-level, then per service, then per group. */
export function allMetricKeys(scenario: Pick<Scenario, 'services' | 'groups'>): string[] {
  const keys: string[] = [...METRIC_KEYS];
  for (const s of scenario.services) for (const name of SERVICE_METRIC_NAMES) keys.push(`services.${s.id}.${name}`);
  for (const g of scenario.groups) for (const name of GROUP_METRIC_NAMES) keys.push(`groups.${g.id}.${name}`);
  return keys;
}

/** The key metrics of the results table, as the README and the CLI show them. */
export const KEY_METRICS: MetricKey[] = [
  'meanWaitDays',
  'p90WaitDays',
  'meanWaitInpatientDays',
  'deadlineBreachShare',
  'bedOccupancy',
  'outpatientUtilization',
  'readmission365Share',
  'delayedDischargeBedDaysPerYear',
  'costNokPerYear',
];
