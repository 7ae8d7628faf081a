/**
 * Summaries of a metric across replications: mean, sample standard deviation and the
 * Student-t 95 % confidence interval of the mean, as the result file reports them.
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import type { Summary } from '../run/types';
import { tQuantile } from './t-distribution';

/**
 * The two-sided 95 % interval mean ± t(0.975, df)·standardError. Null when df < 1 or
 * anything is not finite (e.g. no standard error).
 */
export function tInterval95(centre: number, standardError: number, df: number): [number, number] | null {
  if (!Number.isFinite(centre) || !Number.isFinite(standardError) || !(df >= 1)) return null;
  if (standardError === 0) return [centre, centre];
  const half = tQuantile(0.975, df) * standardError;
  return [centre - half, centre + half];
}

/** Mean and sample sd of at least one number; identical values give exactly (value, 0). */
export function meanAndSd(xs: readonly number[]): { mean: number; sd: number | null } {
  const first = xs[0]!;
  if (xs.every((x) => x === first)) return { mean: first, sd: xs.length > 1 ? 0 : null };
  return { mean: mean(xs as number[]), sd: xs.length > 1 ? sampleStandardDeviation(xs as number[]) : null };
}

/**
 * Summarise one value per replication (null = no value, e.g. a ratio without denominator):
 * mean, sample sd and ci95 = mean ± t(0.975, n − 1)·sd/√n over the n non-null values.
 * With one value sd and ci95 are null; with none the mean is null too. `values` is the input,
 * copied, in the same order.
 */
export function summarize(values: readonly (number | null)[]): Summary {
  const present = values.filter((v): v is number => v !== null);
  const n = present.length;
  if (n === 0) return { mean: null, sd: null, ci95: null, n, values: [...values] };
  const { mean: m, sd } = meanAndSd(present);
  const ci95 = sd === null ? null : tInterval95(m, sd / Math.sqrt(n), n - 1);
  return { mean: m, sd, ci95, n, values: [...values] };
}
