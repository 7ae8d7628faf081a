/**
 * The event scheduler: one binary min-heap ordered by (time, insertion number), kept in typed
 * arrays. The insertion number breaks ties first-in first-out, so events at the same time run
 * in the order they were scheduled and a seeded run is reproducible to the bit.
 *
 * An event is a kind (small integer) and two integer payloads (a, b), e.g. a patient index and
 * a token. After `pop()` the event's fields are on `now`, `kind`, `a` and `b`; no object is
 * allocated per event.
 */
export class Scheduler {
  /** Simulated time of the event last popped (days). */
  now = 0;
  /** Kind of the event last popped. */
  kind = 0;
  /** First payload of the event last popped. */
  a = 0;
  /** Second payload of the event last popped. */
  b = 0;
  /** Number of events popped so far. */
  processed = 0;

  private times: Float64Array;
  private seqs: Float64Array;
  private kinds: Int32Array;
  private as: Int32Array;
  private bs: Int32Array;
  private count = 0;
  private nextSeq = 0;

  constructor(initialCapacity = 1024) {
    const n = Math.max(16, initialCapacity);
    this.times = new Float64Array(n);
    this.seqs = new Float64Array(n);
    this.kinds = new Int32Array(n);
    this.as = new Int32Array(n);
    this.bs = new Int32Array(n);
  }

  /** Number of events waiting. */
  get size(): number {
    return this.count;
  }

  /** Schedules an event of `kind` at absolute `time`. Throws on a time in the past or not finite. */
  schedule(time: number, kind: number, a = 0, b = 0): void {
    if (!(time >= this.now) || time === Infinity) {
      throw new Error(`cannot schedule an event at ${time} (now ${this.now})`);
    }
    if (this.count === this.times.length) this.grow();
    const seq = this.nextSeq++;
    // Sift the new entry up from the end, moving parents down into the hole.
    let i = this.count++;
    const times = this.times;
    const seqs = this.seqs;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p];
      if (pt < time || (pt === time && seqs[p] < seq)) break;
      this.move(p, i);
      i = p;
    }
    times[i] = time;
    seqs[i] = seq;
    this.kinds[i] = kind;
    this.as[i] = a;
    this.bs[i] = b;
  }

  /** Time of the next event, or Infinity when none is waiting. */
  peekTime(): number {
    return this.count > 0 ? this.times[0] : Infinity;
  }

  /**
   * Removes the earliest event and exposes it on `now`, `kind`, `a`, `b`.
   * Returns false when no event is waiting.
   */
  pop(): boolean {
    if (this.count === 0) return false;
    const times = this.times;
    const seqs = this.seqs;
    this.now = times[0];
    this.kind = this.kinds[0];
    this.a = this.as[0];
    this.b = this.bs[0];
    this.processed++;
    const last = --this.count;
    if (last > 0) {
      // Sift the last entry down from the root.
      const t = times[last];
      const s = seqs[last];
      const k = this.kinds[last];
      const a = this.as[last];
      const b = this.bs[last];
      let i = 0;
      const half = last >> 1;
      while (i < half) {
        let c = 2 * i + 1;
        const r = c + 1;
        if (r < last && (times[r] < times[c] || (times[r] === times[c] && seqs[r] < seqs[c]))) c = r;
        const ct = times[c];
        if (t < ct || (t === ct && s < seqs[c])) break;
        this.move(c, i);
        i = c;
      }
      times[i] = t;
      seqs[i] = s;
      this.kinds[i] = k;
      this.as[i] = a;
      this.bs[i] = b;
    }
    return true;
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from];
    this.seqs[to] = this.seqs[from];
    this.kinds[to] = this.kinds[from];
    this.as[to] = this.as[from];
    this.bs[to] = this.bs[from];
  }

  private grow(): void {
    const n = this.times.length * 2;
    const grow64 = (old: Float64Array) => {
      const next = new Float64Array(n);
      next.set(old);
      return next;
    };
    const grow32 = (old: Int32Array) => {
      const next = new Int32Array(n);
      next.set(old);
      return next;
    };
    this.times = grow64(this.times);
    this.seqs = grow64(this.seqs);
    this.kinds = grow32(this.kinds);
    this.as = grow32(this.as);
    this.bs = grow32(this.bs);
  }
}
