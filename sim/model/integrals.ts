/** What integrals are taken over: the simulation clock (the scheduler). */
export interface Clock {
  readonly now: number;
}

/**
 * Time integrals of piecewise-constant quantities (patients waiting, beds in use …), over
 * the simulation clock. Each variable accumulates value × elapsed time lazily, when it
 * changes; `flush()` brings all variables up to now (at week boundaries, the end of warm-up
 * and the horizon), so the window integral and every weekly average are differences of
 * accumulated areas.
 *
 * Speed: one Float64Array holds each variable's value, area and time of last change side by
 * side (a stride of 4), so an update touches one array and one cache line; and the time comes
 * from the clock rather than an argument, since V8 boxes a double passed to a call it does not
 * inline.
 */
export class Integrals {
  /**
   * Variable i's value, area and time of last change at 4i, 4i + 1 and 4i + 2. Public so that
   * the model's hottest handlers (a start, an end, a list entry and exit) can apply `add`'s
   * three lines themselves: those handlers are past V8's inlining budget, and a call per
   * update cost ~8 % of an M/M/c run. The arithmetic must stay exactly add's.
   */
  readonly data: Float64Array;

  constructor(
    readonly size: number,
    private readonly clock: Clock,
  ) {
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

  /** Changes variable i by delta now. */
  add(i: number, delta: number): void {
    const t = this.clock.now;
    const d = this.data;
    const k = 4 * i;
    d[k + 1] += d[k] * (t - d[k + 2]);
    d[k + 2] = t;
    d[k] += delta;
  }

  /** Accumulates every variable up to now. */
  flush(): void {
    const t = this.clock.now;
    const d = this.data;
    for (let k = 0; k < d.length; k += 4) {
      d[k + 1] += d[k] * (t - d[k + 2]);
      d[k + 2] = t;
    }
  }
}
