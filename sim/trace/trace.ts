/**
 * A recorded trace made ready for the player: where every event moves a patient (from one
 * bucket of the census to another), checkpoints of the counts every CHECKPOINT_EVERY events,
 * and each patient's events. The state at any time t is then a checkpoint plus at most
 * CHECKPOINT_EVERY − 1 events replayed forward; during playback a cursor moves forward event
 * by event.
 *
 * Buckets (n services): assessment; waiting at s; in service at s; in bed at s waiting for
 * aftercare (delayed discharge); waiting outside for aftercare; discharged and due to come back
 * (relapse, re-referral later); discharged this instant (between two events at one time
 * only); aftercare places in use. A patient is in one bucket or none (not yet come, or left).
 */
import { TRACE_KINDS, TraceKind } from './kinds';
import { traceDataBytes, type TraceData } from './recorder';

/** Events between checkpoints. */
export const CHECKPOINT_EVERY = 256;

/** No bucket: not in the system (before referral, after leaving). */
export const NONE = -1;

/** Bucket numbers for a trace of n services. */
export interface Buckets {
  nServices: number;
  assessment: number;
  waiting(s: number): number;
  inService(s: number): number;
  delayed(s: number): number;
  waitOutside: number;
  returning: number;
  discharged: number;
  aftercare: number;
  count: number;
}

export function buckets(n: number): Buckets {
  return {
    nServices: n,
    assessment: 0,
    waiting: (s) => 1 + s,
    inService: (s) => 1 + n + s,
    delayed: (s) => 1 + 2 * n + s,
    waitOutside: 1 + 3 * n,
    returning: 2 + 3 * n,
    discharged: 3 + 3 * n,
    aftercare: 4 + 3 * n,
    count: 5 + 3 * n,
  };
}

/** Counts at one moment: patients per bucket, and events of each kind so far. */
export interface TraceState {
  /** The time this state is for (days). */
  time: number;
  /** Events applied: the first `events` of the trace. */
  events: number;
  counts: Int32Array;
  /** Events of each TraceKind so far (cumulative). */
  kinds: Int32Array;
}

/** Where a patient is at a moment, for the lists of patients at a service. */
export interface PatientAt {
  patient: number;
  group: number;
  /** The patient's bucket. */
  bucket: number;
  /** Since when (days): the event that put the patient there. */
  since: number;
}

export class Trace {
  readonly data: TraceData;
  readonly b: Buckets;
  /** Bucket each event takes a patient (or an aftercare place) from and to (NONE: outside). */
  readonly from: Int16Array;
  readonly to: Int16Array;
  /** Counts and kind totals before event k·CHECKPOINT_EVERY, one row per checkpoint. */
  private readonly checkCounts: Int32Array;
  private readonly checkKinds: Int32Array;
  /** Patient p's events are patientEvents[patientStart[p] … patientStart[p + 1]), in time order. */
  readonly patientStart: Int32Array;
  readonly patientEvents: Int32Array;
  /** Event index of each AftercareStart, in order (so the k-th holds data.aftercareUntil[k]). */
  readonly aftercareEvents: Int32Array;
  /** Times of every ReReferral (relapses returning) and Referral, sorted, for counts over any span of time. */
  readonly reReferralTimes: Float64Array;
  readonly referralTimes: Float64Array;

  constructor(data: TraceData) {
    this.data = data;
    const n = data.nServices;
    const b = (this.b = buckets(n));
    const E = data.count;
    const from = (this.from = new Int16Array(E));
    const to = (this.to = new Int16Array(E));
    const where = new Int16Array(data.patients).fill(NONE);
    const perPatient = new Int32Array(data.patients + 1);
    let reReferrals = 0;
    let referrals = 0;
    const aftercareEvents: number[] = [];
    for (let i = 0; i < E; i++) {
      const p = data.patient[i];
      const kind = data.kind[i];
      const s = data.service[i];
      if (p >= 0) perPatient[p + 1]++;
      if (kind === TraceKind.AftercareStart) {
        from[i] = NONE;
        to[i] = b.aftercare;
        aftercareEvents.push(i);
        continue;
      }
      if (kind === TraceKind.AftercareEnd) {
        from[i] = b.aftercare;
        to[i] = NONE;
        continue;
      }
      let next: number;
      switch (kind) {
        case TraceKind.Initial:
          next = NONE;
          break;
        case TraceKind.Referral:
          referrals++;
          next = b.assessment;
          break;
        case TraceKind.ReReferral:
          reReferrals++;
          next = b.assessment;
          break;
        case TraceKind.Wait:
          next = b.waiting(s);
          break;
        case TraceKind.Start:
          next = b.inService(s);
          break;
        case TraceKind.Discharge:
        case TraceKind.AftercareWaitEnd:
          next = b.discharged;
          break;
        case TraceKind.DelayedDischarge:
          next = b.delayed(s);
          break;
        case TraceKind.AftercareWaitOutside:
          next = b.waitOutside;
          break;
        case TraceKind.Relapse:
          next = b.returning;
          break;
        case TraceKind.Leave:
          next = NONE;
          break;
        default:
          throw new Error(`trace: unknown event kind ${kind} at event ${i}`);
      }
      from[i] = where[p];
      to[i] = next;
      where[p] = next;
    }
    // Patients' events: counting sort by patient, stable, so each list is in time order.
    for (let p = 0; p < data.patients; p++) perPatient[p + 1] += perPatient[p];
    this.patientStart = perPatient;
    const fill = perPatient.slice(0, data.patients);
    const events = new Int32Array(perPatient[data.patients]);
    this.reReferralTimes = new Float64Array(reReferrals);
    this.referralTimes = new Float64Array(referrals);
    let rr = 0;
    let rf = 0;
    for (let i = 0; i < E; i++) {
      const p = data.patient[i];
      if (p >= 0) events[fill[p]++] = i;
      if (data.kind[i] === TraceKind.ReReferral) this.reReferralTimes[rr++] = data.time[i];
      else if (data.kind[i] === TraceKind.Referral) this.referralTimes[rf++] = data.time[i];
    }
    this.patientEvents = events;
    this.aftercareEvents = Int32Array.from(aftercareEvents);
    if (this.aftercareEvents.length !== data.aftercareUntil.length) throw new Error('trace: aftercare places and their end times do not match');
    // Checkpoints.
    const rows = Math.floor(E / CHECKPOINT_EVERY) + 1;
    this.checkCounts = new Int32Array(rows * b.count);
    this.checkKinds = new Int32Array(rows * TRACE_KINDS);
    const counts = new Int32Array(b.count);
    const kinds = new Int32Array(TRACE_KINDS);
    for (let i = 0; i <= E; i++) {
      if (i % CHECKPOINT_EVERY === 0) {
        const row = i / CHECKPOINT_EVERY;
        this.checkCounts.set(counts, row * b.count);
        this.checkKinds.set(kinds, row * TRACE_KINDS);
      }
      if (i === E) break;
      if (from[i] !== NONE) counts[from[i]]--;
      if (to[i] !== NONE) counts[to[i]]++;
      kinds[data.kind[i]]++;
    }
  }

  get events(): number {
    return this.data.count;
  }

  get patients(): number {
    return this.data.patients;
  }

  /** Bytes held: the recorded columns, and what this class derives from them. */
  get bytes(): number {
    return (
      traceDataBytes(this.data) +
      this.from.byteLength +
      this.to.byteLength +
      this.checkCounts.byteLength +
      this.checkKinds.byteLength +
      this.patientStart.byteLength +
      this.patientEvents.byteLength +
      this.reReferralTimes.byteLength +
      this.referralTimes.byteLength +
      this.aftercareEvents.byteLength
    );
  }

  /** Number of events at times ≤ t (so the state after them is the state at t). */
  eventsUpTo(t: number): number {
    const time = this.data.time;
    let lo = 0;
    let hi = this.data.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (time[mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A blank state to fill (reuse it from frame to frame: no allocation per frame). */
  newState(): TraceState {
    return { time: 0, events: 0, counts: new Int32Array(this.b.count), kinds: new Int32Array(TRACE_KINDS) };
  }

  /** The state after the first k events: the checkpoint before k, then events forward. */
  stateAfter(k: number, out: TraceState = this.newState()): TraceState {
    const e = Math.max(0, Math.min(this.data.count, Math.floor(k)));
    const row = Math.floor(e / CHECKPOINT_EVERY);
    out.counts.set(this.checkCounts.subarray(row * this.b.count, (row + 1) * this.b.count));
    out.kinds.set(this.checkKinds.subarray(row * TRACE_KINDS, (row + 1) * TRACE_KINDS));
    out.events = row * CHECKPOINT_EVERY;
    this.forward(out, e);
    out.time = e > 0 ? this.data.time[e - 1] : 0;
    return out;
  }

  /** The state at time t: every event at a time ≤ t applied. */
  stateAt(t: number, out: TraceState = this.newState()): TraceState {
    this.stateAfter(this.eventsUpTo(t), out);
    out.time = t;
    return out;
  }

  /**
   * Moves `state` to time t: forward event by event when t is ahead and close (playback),
   * else from the nearest checkpoint. Returns the same object.
   */
  seek(state: TraceState, t: number): TraceState {
    const k = this.eventsUpTo(t);
    if (k >= state.events && k - state.events <= 2 * CHECKPOINT_EVERY) this.forward(state, k);
    else this.stateAfter(k, state);
    state.time = t;
    return state;
  }

  /** Applies events state.events … k − 1. */
  private forward(state: TraceState, k: number): void {
    const { from, to } = this;
    const kind = this.data.kind;
    const counts = state.counts;
    for (let i = state.events; i < k; i++) {
      if (from[i] !== NONE) counts[from[i]]--;
      if (to[i] !== NONE) counts[to[i]]++;
      state.kinds[kind[i]]++;
    }
    state.events = k;
  }

  /** Re-referrals (relapses returning) in (t − days, t]. */
  reReferralsWithin(t: number, days: number): number {
    return countIn(this.reReferralTimes, t - days, t);
  }

  /** New referrals in (t − days, t]. */
  referralsWithin(t: number, days: number): number {
    return countIn(this.referralTimes, t - days, t);
  }

  /** Patient p's event indices, in time order. */
  eventsOf(p: number): Int32Array {
    return this.patientEvents.subarray(this.patientStart[p], this.patientStart[p + 1]);
  }

  /** Until when the aftercare place taken at event i was held (NaN if i is not an AftercareStart). */
  aftercareUntil(i: number): number {
    const ev = this.aftercareEvents;
    let lo = 0;
    let hi = ev.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ev[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo < ev.length && ev[lo] === i ? this.data.aftercareUntil[lo] : NaN;
  }

  /** Patient p's bucket at time t and since when (bucket NONE when not in the system). */
  patientAt(p: number, t: number): { bucket: number; since: number } {
    const list = this.eventsOf(p);
    const time = this.data.time;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (time[list[mid]] <= t) lo = mid + 1;
      else hi = mid;
    }
    // The last event at or before t that moved the patient (an aftercare place taken did not).
    for (let j = lo - 1; j >= 0; j--) {
      const i = list[j];
      if (this.data.kind[i] === TraceKind.AftercareStart) continue;
      return { bucket: this.to[i], since: time[i] };
    }
    return { bucket: NONE, since: NaN };
  }

  /**
   * The patients in any of `wanted` buckets at time t, longest there first. For the aftercare
   * bucket: the patients holding a place (taken at or before t, held until after t).
   */
  patientsAt(t: number, wanted: readonly number[]): PatientAt[] {
    const out: PatientAt[] = [];
    const set = new Set(wanted);
    if (set.has(this.b.aftercare)) {
      for (let k = 0; k < this.aftercareEvents.length; k++) {
        const i = this.aftercareEvents[k];
        const until = this.data.aftercareUntil[k];
        const at = this.data.time[i];
        if (at > t) break;
        if (at <= t && until > t) out.push({ patient: this.data.patient[i], group: this.data.group[this.data.patient[i]], bucket: this.b.aftercare, since: at });
      }
    }
    for (let p = 0; p < this.data.patients; p++) {
      const first = this.patientStart[p];
      if (first === this.patientStart[p + 1] || this.data.time[this.patientEvents[first]] > t) continue;
      const { bucket, since } = this.patientAt(p, t);
      if (bucket !== NONE && set.has(bucket)) out.push({ patient: p, group: this.data.group[p], bucket, since });
    }
    out.sort((x, y) => x.since - y.since || x.patient - y.patient);
    return out;
  }
}

/** Values of a sorted array in (lo, hi]. */
function countIn(sorted: Float64Array, lo: number, hi: number): number {
  return upper(sorted, hi) - upper(sorted, lo);
}

/** Number of values ≤ x in a sorted array. */
function upper(sorted: Float64Array, x: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (sorted[mid] <= x) a = mid + 1;
    else b = mid;
  }
  return a;
}
