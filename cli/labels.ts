/** Plain-English labels and units of the metric keys, for tables a planner reads. */

export type Unit = 'days' | 'share' | 'perYear' | 'nokPerYear' | 'patients';

/** How each unit is written in the table's unit column. */
export const UNIT_TEXT: Record<Unit, string> = {
  days: 'days',
  share: '%',
  perYear: 'per year',
  nokPerYear: 'NOK per year',
  patients: 'patients',
};

export interface MetricLabel {
  label: string;
  unit: Unit;
}

const RUN_LABELS: Record<string, MetricLabel> = {
  meanWaitDays: { label: 'Wait, referral to first treatment: mean', unit: 'days' },
  medianWaitDays: { label: 'Wait, referral to first treatment: median', unit: 'days' },
  p90WaitDays: { label: 'Wait, referral to first treatment: 90th percentile', unit: 'days' },
  meanWaitInpatientDays: { label: 'Time on inpatient waiting lists, per start', unit: 'days' },
  meanWaitOutpatientDays: { label: 'Time on outpatient waiting lists, per start', unit: 'days' },
  deadlineBreachShare: { label: 'First starts after the deadline', unit: 'share' },
  meanWaitingList: { label: 'Patients on waiting lists (time average)', unit: 'patients' },
  bedOccupancy: { label: 'Bed occupancy (delayed discharge included)', unit: 'share' },
  outpatientUtilization: { label: 'Outpatient slots in use', unit: 'share' },
  delayedDischargeBedDaysPerYear: { label: 'Bed-days waiting for aftercare', unit: 'perYear' },
  dischargedWithoutAftercareShare: { label: 'Needed aftercare but left without', unit: 'share' },
  readmission30Share: { label: 'Re-referred within 30 days of discharge', unit: 'share' },
  readmission90Share: { label: 'Re-referred within 90 days of discharge', unit: 'share' },
  readmission365Share: { label: 'Re-referred within a year of discharge', unit: 'share' },
  dropoutShare: { label: 'Treatment starts ending in dropout', unit: 'share' },
  renegedShare: { label: 'Waiting-list entries that gave up waiting', unit: 'share' },
  referralsPerYear: { label: 'Referrals, re-referrals included', unit: 'perYear' },
  admissionsPerYear: { label: 'Inpatient admissions', unit: 'perYear' },
  costNokPerYear: { label: 'Cost of beds, outpatient slots and aftercare', unit: 'nokPerYear' },
  meanInpatientStayDays: { label: 'Inpatient stay per admission (bed-days)', unit: 'days' },
  firstStartOutpatientShare: { label: 'First treatment starts in outpatient care', unit: 'share' },
  meanWaitPlannedInpatientDays: { label: 'Wait for planned inpatient treatment: mean', unit: 'days' },
};

const SERVICE_LABELS: Record<string, MetricLabel> = {
  meanWaitDays: { label: 'Time on waiting list, per start', unit: 'days' },
  occupancy: { label: 'Occupancy', unit: 'share' },
  meanWaitingList: { label: 'Patients on waiting list', unit: 'patients' },
  startsPerYear: { label: 'Treatment starts', unit: 'perYear' },
};

const GROUP_LABELS: Record<string, MetricLabel> = {
  meanWaitDays: { label: 'Wait, referral to first treatment: mean', unit: 'days' },
  deadlineBreachShare: { label: 'First starts after the deadline', unit: 'share' },
  firstStartsPerYear: { label: 'First treatment starts', unit: 'perYear' },
};

/** A unit guessed from a key's name, for keys this file does not know yet. */
function guessUnit(key: string): Unit {
  if (/Nok/i.test(key)) return 'nokPerYear';
  if (/Share$|Occupancy$|occupancy$|Utilization$/.test(key)) return 'share';
  if (/PerYear$/.test(key)) return 'perYear';
  if (/Days$/.test(key)) return 'days';
  return 'patients';
}

/**
 * The label and unit of any metric key: run-level, `services.<id>.<name>` or
 * `groups.<id>.<name>`. Unknown keys get their key as label and a unit guessed from the name.
 */
export function metricLabel(key: string): MetricLabel {
  const known = RUN_LABELS[key];
  if (known) return known;
  const m = /^(services|groups)\.(.+)\.([^.]+)$/.exec(key);
  if (m) {
    const table = m[1] === 'services' ? SERVICE_LABELS : GROUP_LABELS;
    const inner = table[m[3]];
    if (inner) return inner;
  }
  return { label: key, unit: guessUnit(key) };
}

/** Short names of the key metrics, for column headers (sweep tables, spreadsheets). */
const SHORT_LABELS: Record<string, string> = {
  meanWaitDays: 'Mean wait',
  medianWaitDays: 'Median wait',
  p90WaitDays: 'Wait, 90th pct',
  meanWaitInpatientDays: 'Inpatient list wait',
  meanWaitOutpatientDays: 'Outpatient list wait',
  deadlineBreachShare: 'After deadline',
  meanWaitingList: 'Waiting list',
  bedOccupancy: 'Bed occupancy',
  outpatientUtilization: 'Outpatient use',
  delayedDischargeBedDaysPerYear: 'Delayed bed-days',
  readmission365Share: 'Re-referred in 1 y',
  costNokPerYear: 'Cost',
};

/** A short name of a metric for a column header; the full label where there is none. */
export function shortLabel(key: string): string {
  return SHORT_LABELS[key] ?? metricLabel(key).label;
}

/**
 * The outcome of a comparison with the baseline in plain words: "better", "worse" or "no
 * clear difference" (the 95 % CI of the difference includes 0); for metrics that are neither
 * good nor bad in themselves (occupancy, throughput) "higher", "lower" or "no clear change".
 */
export function verdictText(c: { verdict: 'better' | 'worse' | 'noClearDifference' | 'neutral'; change: 'increase' | 'decrease' | 'noClearDifference' }): string {
  if (c.verdict === 'better' || c.verdict === 'worse') return c.verdict;
  if (c.verdict === 'noClearDifference') return 'no clear difference';
  return c.change === 'increase' ? 'higher' : c.change === 'decrease' ? 'lower' : 'no clear change';
}
