/**
 * The trace recorder: a compact log of one replication's events in typed-array columns (16
 * bytes an event), for the timeline player. Recorded on demand, for one chosen replication
 * only; see sink.ts for how the event loop calls it.
 *
 * Patients get trace ids of their own: the model reuses a record's index once its patient has
 * left, the trace never reuses an id, so a patient's history is all events with its id.
 */
import type { Clock } from '../model/integrals';
import { TraceKind } from './kinds';
import type { TraceSink } from './sink';

/** One replication's raw trace: columns of `count` events, in the order they happened. */
export interface TraceData {
  nServices: number;
  /** Events recorded. */
  count: number;
  /** Time of each event (days), nondecreasing. */
  time: Float64Array;
  kind: Uint8Array;
  /** Outcome (Discharge, AftercareWaitEnd) or reason (Leave); 0 otherwise. */
  arg: Uint8Array;
  /** Service index, or −1. */
  service: Int16Array;
  /** Trace patient id, or −1 (AftercareEnd). */
  patient: Int32Array;
  /** Patients in the trace: ids 0 … patients − 1. */
  patients: number;
  /** Group index of each patient id. */
  group: Int16Array;
  /** Until when each aftercare place was held, by AftercareStart event in order. */
  aftercareUntil: Float64Array;
}

/** Bytes a TraceData holds (its typed arrays). */
export function traceDataBytes(d: TraceData): number {
  return d.time.byteLength + d.kind.byteLength + d.arg.byteLength + d.service.byteLength + d.patient.byteLength + d.group.byteLength + d.aftercareUntil.byteLength;
}

export class TraceRecorder implements TraceSink {
  private clock: Clock = { now: 0 };
  private nServices = 0;
  private n = 0;
  private time: Float64Array = new Float64Array(4096);
  private kind: Uint8Array = new Uint8Array(4096);
  private arg: Uint8Array = new Uint8Array(4096);
  private service: Int16Array = new Int16Array(4096);
  private patient: Int32Array = new Int32Array(4096);
  /** Trace id of each model patient index now in use. */
  private idOf: Int32Array = new Int32Array(1024);
  private nextId = 0;
  private group: Int16Array = new Int16Array(1024);
  private until: Float64Array = new Float64Array(256);
  private untilCount = 0;

  /** Events recorded so far. */
  get length(): number {
    return this.n;
  }

  begin(clock: Clock, nServices: number): void {
    this.clock = clock;
    this.nServices = nServices;
  }

  event(kind: TraceKind, p: number, s: number, arg: number): void {
    let id = -1;
    if (p >= 0) {
      if (p >= this.idOf.length) this.idOf = grown(this.idOf, p + 1);
      if (kind === TraceKind.Referral || kind === TraceKind.Initial) {
        id = this.nextId++;
        this.idOf[p] = id;
        if (id >= this.group.length) this.group = grown(this.group, id + 1);
        this.group[id] = arg;
        arg = 0;
      } else id = this.idOf[p];
    }
    const i = this.n;
    if (i === this.time.length) this.grow();
    this.time[i] = this.clock.now;
    this.kind[i] = kind;
    this.arg[i] = arg;
    this.service[i] = s;
    this.patient[i] = id;
    this.n = i + 1;
  }

  aftercare(p: number, until: number): void {
    this.event(TraceKind.AftercareStart, p, -1, 0);
    if (this.untilCount === this.until.length) this.until = grown(this.until, this.untilCount + 1);
    this.until[this.untilCount++] = until;
  }

  /** The trace, in arrays of exactly its length (copies: the recorder may go on). */
  finish(): TraceData {
    const n = this.n;
    return {
      nServices: this.nServices,
      count: n,
      time: this.time.slice(0, n),
      kind: this.kind.slice(0, n),
      arg: this.arg.slice(0, n),
      service: this.service.slice(0, n),
      patient: this.patient.slice(0, n),
      patients: this.nextId,
      group: this.group.slice(0, this.nextId),
      aftercareUntil: this.until.slice(0, this.untilCount),
    };
  }

  private grow(): void {
    const size = this.time.length * 2;
    this.time = grown(this.time, size);
    this.kind = grown(this.kind, size);
    this.arg = grown(this.arg, size);
    this.service = grown(this.service, size);
    this.patient = grown(this.patient, size);
  }
}

type Typed = Float64Array | Int32Array | Int16Array | Uint8Array;

/** A copy of `a` with room for at least `atLeast` elements (doubling). */
function grown<T extends Typed>(a: T, atLeast: number): T {
  let size = Math.max(16, a.length * 2);
  while (size < atLeast) size *= 2;
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
