import { WAIT_HISTOGRAM_EDGES } from '../run/types';

/**
 * The first-waits buffer of the last replication run in this thread, handed to the next. A
 * large fresh array costs a page fault per 512 waits when first written (about 2 ms of a 45 ms
 * run with 200,000 waits); a reused one is already mapped. Only [0, firstWaitCount) is read.
 */
let spareFirstWaits: Float64Array | null = null;

/** The readmission horizons of MODEL.md (days). */
export const READMISSION_DAYS = [30, 90, 365] as const;

/**
 * Counts and sums inside the observation window [warmup, horizon), gathered as events happen.
 * The event loop decides what falls inside the window; this only holds the tallies.
 *
 * Counts that follow exactly from others are not kept per event but filled in by finish():
 * starts, inpatientStarts and outpatientStarts (from serviceStarts), breaches (from
 * groupBreaches) and the wait histogram (from firstWaits). Sums are kept as they come, since a
 * sum's rounding depends on its order.
 */
export class Observations {
  referrals = 0;
  /** First-start waits (referral to first treatment start), in order of start. */
  firstWaits: Float64Array;
  firstWaitCount = 0;
  firstWaitSum = 0;
  /** Filled in by finish(). */
  breaches = 0;
  firstStartsOutpatient = 0;
  /** First starts at inpatient services of planned (non-acute: deadline over a day) patients. */
  plannedInpatientFirstStarts = 0;
  plannedInpatientFirstWaitSum = 0;
  /** First starts by wait, in the bins of WAIT_HISTOGRAM_EDGES (counted by the start handler). */
  waitHistogram = new Float64Array(WAIT_HISTOGRAM_EDGES.length);
  /** Filled in by finish(). */
  inpatientStarts = 0;
  inpatientListWaitSum = 0;
  /** Filled in by finish(). */
  outpatientStarts = 0;
  outpatientListWaitSum = 0;
  /** Filled in by finish(). */
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

  /** `expectedFirstWaits`: a first guess at how many first-start waits to hold (it grows). */
  constructor(nServices: number, nGroups: number, expectedFirstWaits = 1024) {
    const wanted = Math.max(1024, Math.min(1 << 24, Math.ceil(expectedFirstWaits)));
    if (spareFirstWaits !== null && spareFirstWaits.length >= wanted) {
      this.firstWaits = spareFirstWaits;
      spareFirstWaits = null;
    } else this.firstWaits = new Float64Array(wanted);
    this.serviceStarts = new Float64Array(nServices);
    this.serviceListWaitSum = new Float64Array(nServices);
    this.groupFirstStarts = new Float64Array(nGroups);
    this.groupWaitSum = new Float64Array(nGroups);
    this.groupBreaches = new Float64Array(nGroups);
  }

  /**
   * Doubles firstWaits, when full. The model's start handler adds a first wait itself (group
   * counts, the wait, its sum) rather than through a method: the wait is a double, and V8,
   * past its inlining budget there, would box it for the call (~2 % of an M/M/c run).
   */
  growFirstWaits(): void {
    const next = new Float64Array(this.firstWaits.length * 2);
    next.set(this.firstWaits);
    this.firstWaits = next;
  }

  /** Hands firstWaits on to the next replication in this thread; call when done with them. */
  release(): void {
    if (spareFirstWaits === null || spareFirstWaits.length < this.firstWaits.length) spareFirstWaits = this.firstWaits;
    this.firstWaits = new Float64Array(0);
    this.firstWaitCount = 0;
  }

  /** Fills in the counts that follow from others (see the class comment); call once, at the end. */
  finish(inpatient: Uint8Array): void {
    for (let s = 0; s < this.serviceStarts.length; s++) {
      if (inpatient[s]) this.inpatientStarts += this.serviceStarts[s];
      else this.outpatientStarts += this.serviceStarts[s];
      this.starts += this.serviceStarts[s];
    }
    for (let g = 0; g < this.groupBreaches.length; g++) this.breaches += this.groupBreaches[g];
  }
}
