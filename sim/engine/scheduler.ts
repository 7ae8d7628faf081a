/**
 * The event scheduler: one 4-ary min-heap ordered by (time, insertion number), kept in typed
 * arrays. The insertion number breaks ties first-in first-out, so events at the same time run
 * in the order they were scheduled and a seeded run is reproducible to the bit. Because that
 * order is total, any correct heap pops the same sequence; 4-ary is used because a pop, the hot
 * operation, then sifts through half the levels of a binary heap.
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
    const times = this.times;
    const seqs = this.seqs;
    const kinds = this.kinds;
    const as = this.as;
    const bs = this.bs;
    // Sift the new entry up from the end, moving parents down into the hole. Its insertion
    // number is the largest yet, so a parent at the same time comes first: `<=` is the tie rule.
    let i = this.count++;
    while (i > 0) {
      const p = (i - 1) >> 2;
      if (times[p] <= time) break;
      times[i] = times[p];
      seqs[i] = seqs[p];
      kinds[i] = kinds[p];
      as[i] = as[p];
      bs[i] = bs[p];
      i = p;
    }
    times[i] = time;
    seqs[i] = seq;
    kinds[i] = kind;
    as[i] = a;
    bs[i] = b;
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
    const kinds = this.kinds;
    const as = this.as;
    const bs = this.bs;
    this.now = times[0];
    this.kind = kinds[0];
    this.a = as[0];
    this.b = bs[0];
    this.processed++;
    const last = --this.count;
    if (last > 0) {
      // Sift the last entry down from the root: at each level, find the earliest of up to four
      // children (a 4-ary heap: half the levels of a binary one, and each level is one cache line
      // of times).
      const t = times[last];
      const s = seqs[last];
      let i = 0;
      for (;;) {
        const first = 4 * i + 1;
        if (first >= last) break;
        let c = first;
        let ct = times[c];
        const end = first + 4 < last ? first + 4 : last;
        for (let j = first + 1; j < end; j++) {
          const jt = times[j];
          if (jt < ct || (jt === ct && seqs[j] < seqs[c])) {
            c = j;
            ct = jt;
          }
        }
        if (t < ct || (t === ct && s < seqs[c])) break;
        times[i] = ct;
        seqs[i] = seqs[c];
        kinds[i] = kinds[c];
        as[i] = as[c];
        bs[i] = bs[c];
        i = c;
      }
      times[i] = t;
      seqs[i] = s;
      kinds[i] = kinds[last];
      as[i] = as[last];
      bs[i] = bs[last];
    }
    return true;
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
