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
