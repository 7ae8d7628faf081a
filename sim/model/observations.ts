import { WAIT_HISTOGRAM_EDGES } from '../run/types';

/** The readmission horizons of MODEL.md (days). */
export const READMISSION_DAYS = [30, 90, 365] as const;

/**
 * Counts and sums inside the observation window [warmup, horizon), gathered as events happen.
 * The event loop decides what falls inside the window; this only holds the tallies.
 */
export class Observations {
  referrals = 0;
  /** First-start waits (referral to first treatment start), in order of start. */
  firstWaits: Float64Array = new Float64Array(1024);
  firstWaitCount = 0;
  firstWaitSum = 0;
  breaches = 0;
  firstStartsOutpatient = 0;
  /** First starts at inpatient services of planned (non-acute: deadline over a day) patients. */
  plannedInpatientFirstStarts = 0;
  plannedInpatientFirstWaitSum = 0;
  waitHistogram = new Float64Array(WAIT_HISTOGRAM_EDGES.length);
  inpatientStarts = 0;
  inpatientListWaitSum = 0;
  outpatientStarts = 0;
  outpatientListWaitSum = 0;
  starts = 0;
  dropouts = 0;
  listEntries = 0;
  reneges = 0;
  aftercareNeeded = 0;
  aftercareWithout = 0;
  readmitDenominator = new Float64Array(READMISSION_DAYS.length);
  readmitNumerator = new Float64Array(READMISSION_DAYS.length);
  serviceStarts: Float64Array;
  serviceListWaitSum: Float64Array;

  groupFirstStarts: Float64Array;
  groupWaitSum: Float64Array;
  groupBreaches: Float64Array;

  constructor(nServices: number, nGroups: number) {
    this.serviceStarts = new Float64Array(nServices);
    this.serviceListWaitSum = new Float64Array(nServices);
    this.groupFirstStarts = new Float64Array(nGroups);
    this.groupWaitSum = new Float64Array(nGroups);
    this.groupBreaches = new Float64Array(nGroups);
  }

  addFirstWait(wait: number, breach: boolean, group: number): void {
    this.groupFirstStarts[group]++;
    this.groupWaitSum[group] += wait;
    if (breach) this.groupBreaches[group]++;
    if (this.firstWaitCount === this.firstWaits.length) {
      const next = new Float64Array(this.firstWaits.length * 2);
      next.set(this.firstWaits);
      this.firstWaits = next;
    }
    this.firstWaits[this.firstWaitCount++] = wait;
    this.firstWaitSum += wait;
    if (breach) this.breaches++;
    // Bins [7k, 7k + 7); the last bin is open-ended.
    const last = this.waitHistogram.length - 1;
    this.waitHistogram[Math.min(last, Math.floor(wait / 7))]++;
  }
}
