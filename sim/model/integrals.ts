/**
 * Time integrals of piecewise-constant quantities (patients waiting, beds in use …).
 * Each variable accumulates value × elapsed time lazily, when it changes; `flush(t)` brings
 * all variables up to t (at week boundaries, the end of warm-up and the horizon), so the
 * window integral and every weekly average are differences of accumulated areas.
 *
 * Layout, for speed: one Float64Array holds each variable's value, area and time of last
 * change side by side (a stride of 4), so an update touches one array and one cache line.
 */
export class Integrals {
  private readonly data: Float64Array;

  constructor(readonly size: number) {
    this.data = new Float64Array(4 * size);
  }

  /** Variable i's area accumulated up to its last change (or flush). */
  areaOf(i: number): number {
    return this.data[4 * i + 1];
  }

  /** Copies every variable's area into `out` (index i for variable i). */
  copyAreas(out: Float64Array): void {
    for (let i = 0; i < this.size; i++) out[i] = this.data[4 * i + 1];
  }

  /** Changes variable i by delta at time t. */
  add(i: number, delta: number, t: number): void {
    const d = this.data;
    const k = 4 * i;
    d[k + 1] += d[k] * (t - d[k + 2]);
    d[k + 2] = t;
    d[k] += delta;
  }

  /** Accumulates every variable up to time t. */
  flush(t: number): void {
    const d = this.data;
    for (let k = 0; k < d.length; k += 4) {
      d[k + 1] += d[k] * (t - d[k + 2]);
      d[k + 2] = t;
    }
  }
}
