/**
 * One service's waiting list: a binary min-heap on (key, entry number). The key is the entry
 * time under "fifo" and the deadline under "earliestDeadline"; the entry number makes ties
 * first-come first-served. Patients who renege are not removed at once: their entry is
 * skipped when it reaches the top (the caller checks the token), so reneging costs O(1).
 */
export class WaitingList {
  private keys: Float64Array;
  private seqs: Float64Array;
  private patients: Int32Array;
  private tokens: Int32Array;
  private count = 0;
  private nextSeq = 0;

  constructor(capacity = 64) {
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
    return this.patients[0];
  }

  /** The token the top patient had on entry. */
  topToken(): number {
    return this.tokens[0];
  }

  /** Removes the top entry. */
  pop(): void {
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
    const n = this.keys.length * 2;
    const k = new Float64Array(n); k.set(this.keys); this.keys = k;
    const s = new Float64Array(n); s.set(this.seqs); this.seqs = s;
    const p = new Int32Array(n); p.set(this.patients); this.patients = p;
    const t = new Int32Array(n); t.set(this.tokens); this.tokens = t;
  }
}
