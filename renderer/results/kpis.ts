import type { MetricKey } from '../../sim';

/** The key figures shown as cards, in order. */
export const KPI_KEYS: readonly MetricKey[] = [
  'meanWaitDays',
  'p90WaitDays',
  'deadlineBreachShare',
  'readmission365Share',
  'bedOccupancy',
  'delayedDischargeBedDaysPerYear',
  'outpatientUtilization',
  'costNokPerYear',
];
