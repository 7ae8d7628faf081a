/**
 * Differences between a variant and a baseline run, and the verdict drawn from them.
 * With common random numbers (same seed, same replication count) replication i of both runs
 * shares its random streams, so the per-replication difference is the right, low-noise,
 * paired comparison. Runs that cannot be paired fall back to Welch's interval.
 */
import type { Summary } from '../run/types';
import { meanAndSd, summarize, tInterval95 } from './summary';

/** Outcome of a comparison for a metric with a known better direction. */
export type Verdict = 'better' | 'worse' | 'noClearDifference';

/**
 * Per-replication differences variant − baseline, summarised like any metric (t-based CI
 * over the replications where both have a value; null where either is missing). Both arrays
 * must hold one value per replication, so their lengths must agree (RangeError otherwise).
 */
export function pairedDifference(
  variant: readonly (number | null)[],
  baseline: readonly (number | null)[],
): Summary {
  if (variant.length !== baseline.length) {
    throw new RangeError(
      `pairedDifference: ${variant.length} variant values but ${baseline.length} baseline values; pairing needs one per replication in both`,
    );
  }
  const diffs = variant.map((v, i) => {
    const b = baseline[i]!;
    return v === null || b === null ? null : v - b;
  });
  return summarize(diffs);
}

/**
 * Unpaired difference of means variant − baseline with Welch's (Satterthwaite) 95 % CI, for
 * runs that do not share random numbers. There are no per-replication differences, so
 * `values` is empty and `sd` is null; `n` counts the values used from both runs. The CI is
 * null unless both runs have at least two values.
 */
export function welchDifference(
  variant: readonly (number | null)[],
  baseline: readonly (number | null)[],
): Summary {
  const v = variant.filter((x): x is number => x !== null);
  const b = baseline.filter((x): x is number => x !== null);
  const n = v.length + b.length;
  if (v.length === 0 || b.length === 0) return { mean: null, sd: null, ci95: null, n, values: [] };
  const sv = meanAndSd(v);
  const sb = meanAndSd(b);
  const mean = sv.mean - sb.mean;
  if (sv.sd === null || sb.sd === null) return { mean, sd: null, ci95: null, n, values: [] };
  const wv = (sv.sd * sv.sd) / v.length;
  const wb = (sb.sd * sb.sd) / b.length;
  const se = Math.sqrt(wv + wb);
  if (se === 0) return { mean, sd: null, ci95: [mean, mean], n, values: [] };
  const df = ((wv + wb) * (wv + wb)) / ((wv * wv) / (v.length - 1) + (wb * wb) / (b.length - 1));
  return { mean, sd: null, ci95: tInterval95(mean, se, df), n, values: [] };
}

/**
 * Whether a difference (variant − baseline) is a clear improvement: 'better' or 'worse' when
 * its 95 % CI excludes 0 (strictly), in the direction given by `betterWhen`; otherwise,
 * including when there is no CI, 'noClearDifference'.
 */
export function verdict(diff: Summary, betterWhen: 'lower' | 'higher'): Verdict {
  const change = clearChange(diff);
  if (change === 'noClearDifference') return change;
  return (change === 'decrease') === (betterWhen === 'lower') ? 'better' : 'worse';
}

/** The sign of a difference when its 95 % CI excludes 0, without judging it. */
export function clearChange(diff: Summary): 'increase' | 'decrease' | 'noClearDifference' {
  if (diff.ci95 === null) return 'noClearDifference';
  const [lo, hi] = diff.ci95;
  if (lo > 0) return 'increase';
  if (hi < 0) return 'decrease';
  return 'noClearDifference';
}
