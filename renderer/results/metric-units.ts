/** How a metric is measured, which decides how it is formatted and how a difference reads. */
export type MetricUnit = 'days' | 'share' | 'patients' | 'perYear' | 'bedDaysPerYear' | 'nokPerYear';

const RUN_LEVEL: Record<string, MetricUnit> = {
  meanWaitDays: 'days',
  medianWaitDays: 'days',
  p90WaitDays: 'days',
  meanWaitInpatientDays: 'days',
  meanWaitOutpatientDays: 'days',
  meanWaitPlannedInpatientDays: 'days',
  meanInpatientStayDays: 'days',
  meanWaitingList: 'patients',
  bedOccupancy: 'share',
  outpatientUtilization: 'share',
  delayedDischargeBedDaysPerYear: 'bedDaysPerYear',
  referralsPerYear: 'perYear',
  admissionsPerYear: 'perYear',
  costNokPerYear: 'nokPerYear',
};

const BY_NAME: Record<string, MetricUnit> = {
  meanWaitDays: 'days',
  occupancy: 'share',
  meanWaitingList: 'patients',
  startsPerYear: 'perYear',
  deadlineBreachShare: 'share',
  firstStartsPerYear: 'perYear',
};

/** The unit of any metric key: run-level, `services.<id>.<name>` or `groups.<id>.<name>`. */
export function metricUnit(key: string): MetricUnit {
  if (Object.hasOwn(RUN_LEVEL, key)) return RUN_LEVEL[key]!;
  const name = key.slice(key.lastIndexOf('.') + 1);
  if (key.includes('.') && Object.hasOwn(BY_NAME, name)) return BY_NAME[name]!;
  if (name.endsWith('Share')) return 'share';
  if (name.endsWith('PerYear')) return 'perYear';
  if (name.endsWith('Days')) return 'days';
  return 'patients';
}

/** Decimals shown for a unit (shares in percent; cost in millions). */
export const UNIT_DIGITS: Record<MetricUnit, number> = {
  days: 1,
  share: 1,
  patients: 1,
  perYear: 0,
  bedDaysPerYear: 0,
  nokPerYear: 1,
};
