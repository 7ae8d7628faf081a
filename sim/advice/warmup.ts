/**
 * Warm-up advice by Welch's method (Welch 1983; Law, Simulation Modeling and Analysis, §9.5.1):
 * average an output series across replications, smooth it with a centred moving average of
 * window w (shorter, symmetric windows at the start), and take the warm-up where the smoothed
 * curve has settled. Welch's method is read by eye; the suggestion here automates the reading
 * with a stated rule: the first week from which the smoothed series stays within ±tolerance of
 * its level over the last half of the run (the steady state). The plot is always shown beside
 * it so a planner can judge.
 */

export interface WelchAdvice {
  /** Week start (days) of each point. */
  weekStartDays: number[];
  /** The across-replication mean per week, and its moving average. */
  mean: number[];
  movingAverage: number[];
  /** Half-width of the moving-average window, in weeks. */
  window: number;
  /** The steady-state level (mean of the smoothed series over the last half). */
  level: number;
  /** Suggested warm-up (days), or null when the series never settles within the run. */
  suggestedWarmupDays: number | null;
  tolerance: number;
}

/** Welch's moving average: for i < w a symmetric window of 2i + 1 points, else 2w + 1. */
export function welchMovingAverage(y: readonly number[], w: number): number[] {
  const m = y.length;
  const out: number[] = [];
  const prefix = [0];
  for (const v of y) prefix.push(prefix[prefix.length - 1] + v);
  for (let i = 0; i < m - w; i++) {
    const half = Math.min(i, w);
    out.push((prefix[i + half + 1] - prefix[i - half]) / (2 * half + 1));
  }
  return out;
}

/**
 * Suggests a warm-up from the across-replication mean of a weekly series (e.g. the waiting
 * list). `window` defaults to about a tenth of the run (Law's advice: w ≤ m/4, as small as
 * gives a smooth curve); `tolerance` is relative to the steady-state level.
 */
export function adviseWarmup(weekStartDays: readonly number[], mean: readonly number[], options: { window?: number; tolerance?: number } = {}): WelchAdvice {
  const m = mean.length;
  const window = Math.max(1, Math.min(options.window ?? Math.round(m / 10), Math.floor(m / 4)));
  const tolerance = options.tolerance ?? 0.05;
  const ma = welchMovingAverage(mean, window);
  const tail = ma.slice(Math.floor(ma.length / 2));
  const level = tail.length ? tail.reduce((a, b) => a + b, 0) / tail.length : NaN;
  // Absolute floor on the band so that a level near zero does not demand the impossible.
  const band = Math.max(Math.abs(level) * tolerance, 1e-9);
  let suggested: number | null = null;
  for (let i = ma.length - 1; i >= 0; i--) {
    if (Math.abs(ma[i] - level) > band) {
      suggested = i + 1 < ma.length ? weekStartDays[i + 1] : null;
      break;
    }
    if (i === 0) suggested = 0;
  }
  // Settling only in the last half cannot be told from the steady state it is measured against.
  if (suggested !== null && suggested > (weekStartDays[Math.floor(ma.length / 2)] ?? Infinity)) suggested = null;
  return { weekStartDays: weekStartDays.slice(0, ma.length), mean: [...mean], movingAverage: ma, window, level, suggestedWarmupDays: suggested, tolerance };
}
