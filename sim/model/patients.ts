/**
 * Where a patient is; every patient is in exactly one state (see the conservation tests).
 * A const enum: esbuild writes the values in as literals (a module constant would be a load).
 */
export const enum PatientState {
  /** Index free for reuse: the patient has left for good. */
  Left = 0,
  InAssessment = 1,
  Waiting = 2,
  InService = 3,
  /** Finished the last inpatient stay, holding the bed while waiting for an aftercare place. */
  AftercareWaitInBed = 4,
  /** Finished outpatient treatment, waiting outside treatment for an aftercare place. */
  AftercareWaitOutside = 5,
  /** Discharged and relapsed; will be re-referred at a scheduled time. */
  AwaitingReReferral = 6,
}

/**
 * A patient record's fields. Patient p's field f is at `rec[p * P.Size + f]`; times are days,
 * the others whole numbers (group, state, service index, token) or bits (Flags).
 */
export const enum P {
  ReferralTime = 0,
  ListEntryTime = 1,
  DischargeTime = 2,
  Group = 3,
  State = 4,
  /** The service whose list the patient joined last (−1: none yet). */
  Service = 5,
  Token = 6,
  /**
   * Bits of Flag; above them, while the patient waits on a list with a renege event pending,
   * that event's scheduler slot + 1 in units of Flag.RenegeUnit (0: none). Sharing the field
   * keeps the record at 8 fields; the scheduler holds fewer than 2^29 slots, so this fits in int32.
   */
  Flags = 7,
  /**
   * Eight fields of 8 bytes (dropout and first-start-pending share Flags): 64 bytes a record
   * instead of 72, so fewer cache lines per patient when ~20,000 are in the system and their
   * records miss the cache.
   */
  Size = 8,
}

/** Bits of a patient's P.Flags. */
export const enum Flag {
  /** The current stay ends in dropout. */
  Dropout = 1,
  /** The episode's first treatment start is still to come (it counts in the wait metrics). */
  FirstStartPending = 2,
  /** The flag bits: Flags & Bits. */
  Bits = 3,
  /** The pending renege's slot + 1 is Flags / RenegeUnit (Flags >>> 2). */
  RenegeUnit = 4,
}

/** Arrays of a finished replication in this thread (see Patients.recycle); `used` of them dirty. */
let spare: { rec: Float64Array; free: Int32Array; used: number } | null = null;

/** The spare arrays if they hold `capacity` patients, zeroed where used, as new ones would be. */
function takeSpare(capacity: number): { rec: Float64Array; free: Int32Array } | null {
  if (spare === null || spare.free.length < capacity) return null;
  const { rec, free, used } = spare;
  spare = null;
  rec.fill(0, 0, used * P.Size);
  return { rec, free };
}

/**
 * Patients as records in one Float64Array, with a free list: no object per patient, and an
 * index is reused only after its patient has left for good, so memory stays flat in the horizon.
 * A stale event (a renege or a time-out scheduled before the patient moved on) is recognised
 * by its token: the token grows at every list or queue entry and is never reset on reuse.
 *
 * Layout, for speed: one array of records rather than an array per field, so an event that
 * reads and writes several fields of a patient loads one array and touches one cache line or two.
 */
export class Patients {
  /** The records (see P). */
  rec: Float64Array;
  /** Patients created (new referrals and initial state); re-referrals keep their index. */
  created = 0;
  private free: Int32Array;
  private freeCount = 0;
  private used = 0;

  constructor(capacity = 1024) {
    const reused = takeSpare(capacity);
    this.rec = reused?.rec ?? new Float64Array(capacity * P.Size);
    this.free = reused?.free ?? new Int32Array(capacity);
  }

  /**
   * Hands the (grown) arrays on to the next replication in this thread; call when done with
   * this store. Without it each replication would grow its own from 1,024 patients again,
   * and the freed arrays would pile up until a major GC: resident memory would creep with the
   * number of replications instead of staying flat.
   */
  recycle(): void {
    if (spare === null || spare.free.length < this.free.length) spare = { rec: this.rec, free: this.free, used: this.used };
    this.rec = new Float64Array(0);
    this.free = new Int32Array(0);
    this.used = 0;
    this.freeCount = 0;
  }

  /** Indices ever handed out (the high-water mark; for inspection). */
  get highWater(): number {
    return this.used;
  }

  /** Patient p's field f. */
  get(p: number, f: P): number {
    return this.rec[p * P.Size + f];
  }

  /** Sets patient p's field f. */
  set(p: number, f: P, value: number): void {
    this.rec[p * P.Size + f] = value;
  }

  /** A new token for patient p (it enters a list or queue, or leaves one): an int32, wrapping. */
  nextToken(p: number): number {
    const k = p * P.Size + P.Token;
    const token = (this.rec[k] + 1) | 0;
    this.rec[k] = token;
    return token;
  }

  /** A new patient in the given state. */
  alloc(group: number, state: PatientState): number {
    let p: number;
    if (this.freeCount > 0) p = this.free[--this.freeCount];
    else {
      if (this.used * P.Size === this.rec.length) this.grow();
      p = this.used++;
    }
    this.created++;
    const rec = this.rec;
    const k = p * P.Size;
    rec[k + P.Group] = group;
    rec[k + P.State] = state;
    rec[k + P.Service] = -1;
    rec[k + P.Flags] = 0;
    rec[k + P.DischargeTime] = NaN;
    return p;
  }

  /** Patient p's state. */
  state(p: number): PatientState {
    return this.rec[p * P.Size + P.State];
  }

  /** Moves a patient to another state. (No counts by state are kept here: the model's census
   * follows from its own running totals, which the conservation tests check against a scan of
   * these states.)
   */
  setState(p: number, state: PatientState): void {
    this.rec[p * P.Size + P.State] = state;
  }

  /** The patient leaves for good; the index may be reused. */
  release(p: number): void {
    this.rec[p * P.Size + P.State] = PatientState.Left;
    this.free[this.freeCount++] = p;
  }

  private grow(): void {
    const rec = new Float64Array(this.rec.length * 2);
    rec.set(this.rec);
    this.rec = rec;
    const free = new Int32Array(this.free.length * 2);
    free.set(this.free);
    this.free = free;
  }
}
