/**
 * Time integrals of piecewise-constant quantities (patients waiting, beds in use …).
 * Each variable accumulates value × elapsed time lazily, when it changes; `flush(t)` brings
 * all variables up to t (at week boundaries, the end of warm-up and the horizon), so the
 * window integral and every weekly average are differences of accumulated areas.
 */
export class Integrals {
  readonly value: Float64Array;
  readonly area: Float64Array;
  private readonly last: Float64Array;

  constructor(readonly size: number) {
    this.value = new Float64Array(size);
    this.area = new Float64Array(size);
    this.last = new Float64Array(size);
  }

  /** Changes variable i by delta at time t. */
  add(i: number, delta: number, t: number): void {
    this.area[i] += this.value[i] * (t - this.last[i]);
    this.last[i] = t;
    this.value[i] += delta;
  }

  /** Accumulates every variable up to time t. */
  flush(t: number): void {
    for (let i = 0; i < this.size; i++) {
      this.area[i] += this.value[i] * (t - this.last[i]);
      this.last[i] = t;
    }
  }
}
