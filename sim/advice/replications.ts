/**
 * Run-count advice: is the 95 % confidence interval of a KPI narrow enough, and how many
 * replications would make it so? Follows the replication algorithm of Hoad, Robinson and
 * Davies (2010, "Automated selection of the number of replications for a discrete-event
 * simulation", JORS 61:1632–1644): the precision after n replications is the relative
 * half-width d_n = t(0.975, n − 1)·s_n / (√n·|x̄_n|); the solution is the first n at which
 * d_n ≤ d_req and stays there for a look-ahead of further replications
 * (kLimit = 5 below 100 replications, ⌈n·f(n)⌉ with f = 0.05 above, as the paper suggests).
 */
import { meanAndSd } from '../stats/summary';
import { tQuantile } from '../stats/t-distribution';

export interface ReplicationAdvice {
  /** Replications with a value. */
  n: number;
  mean: number | null;
  /** Half-width of the 95 % CI after all n replications. */
  halfWidth: number | null;
  /** halfWidth / |mean|: the precision reached. */
  relativeHalfWidth: number | null;
  /** The precision asked for (e.g. 0.05 for ±5 % of the mean). */
  target: number;
  /** Whether the precision is reached with the replications run. */
  met: boolean;
  /**
   * The smallest n from which the precision held for every later replication run, including
   * the look-ahead (Hoad et al.'s n_sol); null when that did not happen within the data.
   */
  sufficientAt: number | null;
  /**
   * The replications advised: sufficientAt when found, else a projection from the current
   * standard deviation, n* = ⌈(t·s / (d_req·|x̄|))²⌉ iterated on t's degrees of freedom.
   */
  advised: number | null;
  /** Why no advice can be given (no variation, a mean of 0, too few values), if so. */
  reason?: 'tooFewValues' | 'zeroMean' | 'noVariation';
}

/** The look-ahead of Hoad et al.: 5 replications below 100, then 5 % of n. */
export function lookAhead(n: number): number {
  return n < 100 ? 5 : Math.ceil(0.05 * n);
}

function relativeHalfWidth(xs: readonly number[]): number {
  const n = xs.length;
  const { mean, sd } = meanAndSd(xs);
  if (sd === null || mean === 0) return Infinity;
  return (tQuantile(0.975, n - 1) * sd) / Math.sqrt(n) / Math.abs(mean);
}

/** Advice for one KPI from its per-replication values (nulls skipped) and a relative precision. */
export function adviseReplications(values: readonly (number | null)[], target = 0.05): ReplicationAdvice {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const n = xs.length;
  const base = { n, target };
  if (n < 2) return { ...base, mean: n ? xs[0] : null, halfWidth: null, relativeHalfWidth: null, met: false, sufficientAt: null, advised: null, reason: 'tooFewValues' };
  const { mean, sd } = meanAndSd(xs);
  const s = sd ?? 0;
  const halfWidth = (tQuantile(0.975, n - 1) * s) / Math.sqrt(n);
  if (s === 0) return { ...base, mean, halfWidth: 0, relativeHalfWidth: 0, met: true, sufficientAt: 2, advised: 2, reason: 'noVariation' };
  if (mean === 0) return { ...base, mean, halfWidth, relativeHalfWidth: null, met: false, sufficientAt: null, advised: null, reason: 'zeroMean' };
  const rel = halfWidth / Math.abs(mean);

  // n_sol: the first k whose precision holds for k … k + lookAhead(k) (all within the data).
  let sufficientAt: number | null = null;
  for (let k = 2; k <= n; k++) {
    if (relativeHalfWidth(xs.slice(0, k)) > target) continue;
    const last = k + lookAhead(k);
    if (last > n) break; // not enough replications to confirm
    let holds = true;
    for (let j = k + 1; j <= last && holds; j++) holds = relativeHalfWidth(xs.slice(0, j)) <= target;
    if (holds) {
      sufficientAt = k;
      break;
    }
  }

  let advised = sufficientAt;
  if (advised === null) {
    // Project from the current variability: the smallest n* whose half-width
    // t(0.975, n* − 1)·s/√n* is within the target. The half-width falls as n grows, so a
    // search finds it (a fixed-point iteration on t's degrees of freedom can oscillate).
    const z = s / (target * Math.abs(mean));
    const fits = (k: number) => (tQuantile(0.975, k - 1) * z) / Math.sqrt(k) <= 1;
    let hi = 2;
    while (!fits(hi) && hi < 1e9) hi *= 2;
    let lo = Math.max(2, hi >> 1);
    if (fits(lo)) lo = 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (fits(mid)) hi = mid;
      else lo = mid + 1;
    }
    advised = Math.max(hi, rel <= target ? n : n + 1);
  }
  return { ...base, mean, halfWidth, relativeHalfWidth: rel, met: rel <= target, sufficientAt, advised };
}
