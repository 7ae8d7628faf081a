/**
 * A first-come first-served queue of (patient, token) pairs on a growable ring buffer, used for
 * aftercare places. Like the waiting lists, entries of patients who stopped waiting are skipped
 * by the caller when they reach the front.
 */
export class FifoQueue {
  private patients: Int32Array;
  private tokens: Int32Array;
  private head = 0;
  private count = 0;

  constructor(capacity = 64) {
    this.patients = new Int32Array(capacity);
    this.tokens = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  push(patient: number, token: number): void {
    if (this.count === this.patients.length) this.grow();
    const i = (this.head + this.count) % this.patients.length;
    this.patients[i] = patient;
    this.tokens[i] = token;
    this.count++;
  }

  frontPatient(): number {
    return this.patients[this.head];
  }

  frontToken(): number {
    return this.tokens[this.head];
  }

  shift(): void {
    this.head = (this.head + 1) % this.patients.length;
    this.count--;
  }

  private grow(): void {
    const n = this.patients.length * 2;
    const p = new Int32Array(n);
    const t = new Int32Array(n);
    for (let k = 0; k < this.count; k++) {
      const i = (this.head + k) % this.patients.length;
      p[k] = this.patients[i];
      t[k] = this.tokens[i];
    }
    this.patients = p;
    this.tokens = t;
    this.head = 0;
  }
}
