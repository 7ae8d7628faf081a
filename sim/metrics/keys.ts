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
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];

/** The per-service metric names: `services.<id>.<name>`. */
export const SERVICE_METRIC_NAMES = ['meanWaitDays', 'occupancy', 'meanWaitingList', 'startsPerYear'] as const;

/** Every metric key a run of this scenario reports, run-level first, then per service. */
export function allMetricKeys(scenario: Pick<Scenario, 'services'>): string[] {
  const keys: string[] = [...METRIC_KEYS];
  for (const s of scenario.services) for (const name of SERVICE_METRIC_NAMES) keys.push(`services.${s.id}.${name}`);
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
