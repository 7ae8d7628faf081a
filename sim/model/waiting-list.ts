/**
 * One service's waiting list, ordered by (key, entry number). The key is the entry time under
 * "fifo" and the deadline under "earliestDeadline"; the entry number makes ties first-come
 * first-served. Patients who renege are not removed at once: their entry is skipped when it
 * reaches the top (the caller checks the token), so reneging costs O(1).
 *
 * Under "earliestDeadline" the list is a binary min-heap. Under "fifo" the keys arrive in
 * order (entry times never decrease), so (key, entry number) order is arrival order and the
 * list is a ring buffer: O(1) instead of a sift per entry and start, the same order.
 */
export class WaitingList {
  private keys: Float64Array;
  private seqs: Float64Array;
  private patients: Int32Array;
  private tokens: Int32Array;
  private count = 0;
  private nextSeq = 0;
  /** Ring mode (fifo): the top entry's index; always 0 in heap mode. */
  private head = 0;
  /** Ring mode: the last key pushed, to refuse keys out of order. */
  private lastKey = -Infinity;

  /** `fifo`: keys are pushed in nondecreasing order (entry times), and the list is a ring. */
  constructor(
    private readonly fifo = false,
    capacity = 64,
  ) {
    this.keys = new Float64Array(capacity);
    this.seqs = new Float64Array(capacity);
    this.patients = new Int32Array(capacity);
    this.tokens = new Int32Array(capacity);
  }

  /** Entries held, stale ones included. */
  get size(): number {
    return this.count;
  }

  push(key: number, patient: number, token: number): void {
    if (this.count === this.keys.length) this.grow();
    if (this.fifo) {
      if (!(key >= this.lastKey)) throw new Error(`fifo waiting list: key ${key} after ${this.lastKey}`);
      this.lastKey = key;
      const capacity = this.patients.length;
      let i = this.head + this.count++;
      if (i >= capacity) i -= capacity;
      this.patients[i] = patient;
      this.tokens[i] = token;
      return;
    }
    const seq = this.nextSeq++;
    const keys = this.keys;
    const seqs = this.seqs;
    let i = this.count++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p] < key || (keys[p] === key && seqs[p] < seq)) break;
      this.move(p, i);
      i = p;
    }
    keys[i] = key;
    seqs[i] = seq;
    this.patients[i] = patient;
    this.tokens[i] = token;
  }

  /** The patient at the top (call only when size > 0). */
  topPatient(): number {
    return this.patients[this.head];
  }

  /** The token the top patient had on entry. */
  topToken(): number {
    return this.tokens[this.head];
  }

  /** Removes the top entry. */
  pop(): void {
    if (this.fifo) {
      this.count--;
      if (++this.head === this.patients.length) this.head = 0;
      return;
    }
    const last = --this.count;
    if (last <= 0) return;
    const keys = this.keys;
    const seqs = this.seqs;
    const k = keys[last];
    const s = seqs[last];
    const pt = this.patients[last];
    const tk = this.tokens[last];
    let i = 0;
    const half = last >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      const r = c + 1;
      if (r < last && (keys[r] < keys[c] || (keys[r] === keys[c] && seqs[r] < seqs[c]))) c = r;
      if (k < keys[c] || (k === keys[c] && s < seqs[c])) break;
      this.move(c, i);
      i = c;
    }
    keys[i] = k;
    seqs[i] = s;
    this.patients[i] = pt;
    this.tokens[i] = tk;
  }

  private move(from: number, to: number): void {
    this.keys[to] = this.keys[from];
    this.seqs[to] = this.seqs[from];
    this.patients[to] = this.patients[from];
    this.tokens[to] = this.tokens[from];
  }

  private grow(): void {
    if (this.head > 0) {
      // Unroll the ring so that its entries start at 0 again.
      const rotate = (a: Int32Array) => {
        const b = new Int32Array(a.length);
        b.set(a.subarray(this.head));
        b.set(a.subarray(0, this.head), a.length - this.head);
        return b;
      };
      this.patients = rotate(this.patients);
      this.tokens = rotate(this.tokens);
      this.head = 0;
    }
    const n = this.keys.length * 2;
    const k = new Float64Array(n); k.set(this.keys); this.keys = k;
    const s = new Float64Array(n); s.set(this.seqs); this.seqs = s;
    const p = new Int32Array(n); p.set(this.patients); this.patients = p;
    const t = new Int32Array(n); t.set(this.tokens); this.tokens = t;
  }
}
