/** Where a patient is; every patient is in exactly one state (see the conservation tests). */
export const PatientState = {
  /** Index free for reuse: the patient has left for good. */
  Left: 0,
  InAssessment: 1,
  Waiting: 2,
  InService: 3,
  /** Finished the last inpatient stay, holding the bed while waiting for an aftercare place. */
  AftercareWaitInBed: 4,
  /** Finished outpatient treatment, waiting outside treatment for an aftercare place. */
  AftercareWaitOutside: 5,
  /** Discharged and relapsed; will be re-referred at a scheduled time. */
  AwaitingReReferral: 6,
} as const;
export type PatientState = (typeof PatientState)[keyof typeof PatientState];

/**
 * Patients as a struct of arrays with a free list: no object per patient, and an index is
 * reused only after its patient has left for good, so memory stays flat in the horizon.
 * A stale event (a renege or a time-out scheduled before the patient moved on) is recognised
 * by its token: the token grows at every list or queue entry and is never reset on reuse.
 */
export class Patients {
  group: Int32Array;
  state: Uint8Array;
  service: Int32Array;
  token: Int32Array;
  dropout: Uint8Array;
  firstStartPending: Uint8Array;
  referralTime: Float64Array;
  listEntryTime: Float64Array;
  dischargeTime: Float64Array;
  /** Patients created (new referrals and initial state); re-referrals keep their index. */
  created = 0;
  /** Patients in each state, by PatientState. */
  readonly counts = new Float64Array(7);
  private free: Int32Array;
  private freeCount = 0;
  private used = 0;

  constructor(capacity = 1024) {
    this.group = new Int32Array(capacity);
    this.state = new Uint8Array(capacity);
    this.service = new Int32Array(capacity);
    this.token = new Int32Array(capacity);
    this.dropout = new Uint8Array(capacity);
    this.firstStartPending = new Uint8Array(capacity);
    this.referralTime = new Float64Array(capacity);
    this.listEntryTime = new Float64Array(capacity);
    this.dischargeTime = new Float64Array(capacity);
    this.free = new Int32Array(capacity);
  }

  /** Indices ever handed out (the high-water mark; for inspection). */
  get highWater(): number {
    return this.used;
  }

  /** A new patient in the given state. */
  alloc(group: number, state: PatientState): number {
    let p: number;
    if (this.freeCount > 0) p = this.free[--this.freeCount];
    else {
      if (this.used === this.state.length) this.grow();
      p = this.used++;
    }
    this.created++;
    this.group[p] = group;
    this.state[p] = state;
    this.counts[state]++;
    this.service[p] = -1;
    this.dropout[p] = 0;
    this.dischargeTime[p] = NaN;
    return p;
  }

  /** Moves a patient to another state, keeping the counts. */
  setState(p: number, state: PatientState): void {
    this.counts[this.state[p]]--;
    this.counts[state]++;
    this.state[p] = state;
  }

  /** The patient leaves for good; the index may be reused. Left patients are counted as such. */
  release(p: number): void {
    this.setState(p, PatientState.Left);
    this.free[this.freeCount++] = p;
  }

  private grow(): void {
    const n = this.state.length * 2;
    const g32 = (a: Int32Array) => { const b = new Int32Array(n); b.set(a); return b; };
    const g64 = (a: Float64Array) => { const b = new Float64Array(n); b.set(a); return b; };
    const g8 = (a: Uint8Array) => { const b = new Uint8Array(n); b.set(a); return b; };
    this.group = g32(this.group);
    this.state = g8(this.state);
    this.service = g32(this.service);
    this.token = g32(this.token);
    this.dropout = g8(this.dropout);
    this.firstStartPending = g8(this.firstStartPending);
    this.referralTime = g64(this.referralTime);
    this.listEntryTime = g64(this.listEntryTime);
    this.dischargeTime = g64(this.dischargeTime);
    this.free = g32(this.free);
  }
}
