/**
 * Distributions in the draft: reading one safely (it may be half-typed), and switching its
 * kind while keeping the mean and spread the planner already chose.
 */
import { distributionMean, distributionSd, LIMITS, type Distribution, type DistributionKind } from '../../../sim';

export const DISTRIBUTION_KINDS: readonly DistributionKind[] = ['exponential', 'lognormal', 'gamma', 'fixed', 'uniform', 'triangular', 'empirical'];

/** The parameters of each kind, in the order they are shown. */
export const PARAMS: Readonly<Record<DistributionKind, readonly string[]>> = {
  exponential: ['mean'],
  lognormal: ['mean', 'sd'],
  gamma: ['mean', 'sd'],
  fixed: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  empirical: ['values'],
};

const day = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= LIMITS.maxDays;

/** The kind written in a draft distribution, if it is a known one. */
export function kindOf(value: unknown): DistributionKind | undefined {
  const dist = value !== null && typeof value === 'object' ? (value as { dist?: unknown }).dist : undefined;
  return DISTRIBUTION_KINDS.find((k) => k === dist);
}

/** The draft value as a distribution that can be sampled, or null when it is not (yet) valid. */
export function readDistribution(value: unknown): Distribution | null {
  const kind = kindOf(value);
  if (kind === undefined) return null;
  const d = value as Record<string, unknown>;
  switch (kind) {
    case 'exponential':
      return day(d.mean) && d.mean > 0 ? { dist: kind, mean: d.mean } : null;
    case 'lognormal':
    case 'gamma':
      return day(d.mean) && d.mean > 0 && day(d.sd) ? { dist: kind, mean: d.mean, sd: d.sd } : null;
    case 'fixed':
      return day(d.value) ? { dist: kind, value: d.value } : null;
    case 'uniform':
      return day(d.min) && day(d.max) && d.max >= d.min ? { dist: kind, min: d.min, max: d.max } : null;
    case 'triangular':
      return day(d.min) && day(d.mode) && day(d.max) && d.min <= d.mode && d.mode <= d.max ? { dist: kind, min: d.min, mode: d.mode, max: d.max } : null;
    case 'empirical':
      return Array.isArray(d.values) && d.values.length > 0 && d.values.length <= LIMITS.maxEmpiricalValues && d.values.every(day)
        ? { dist: kind, values: d.values as number[] }
        : null;
  }
}

/** Rounds to a planner-friendly precision (3 significant digits, at most 1 decimal for ≥ 10). */
export function roundNice(x: number): number {
  if (!Number.isFinite(x) || x === 0) return 0;
  const r = Number(x.toPrecision(3));
  return Math.abs(r) >= 10 ? Math.round(r * 10) / 10 : r;
}

/** The mean and sd the draft expresses, as far as they can be read. */
function moments(value: unknown): { mean: number; sd: number } | null {
  const d = readDistribution(value);
  if (d) return { mean: distributionMean(d), sd: distributionSd(d) };
  const v = value as Record<string, unknown> | null;
  const mean = v && typeof v.mean === 'number' && v.mean > 0 ? v.mean : null;
  return mean === null ? null : { mean, sd: typeof v?.sd === 'number' && v.sd >= 0 ? v.sd : mean / 2 };
}

/**
 * A distribution of `kind` with about the same mean and sd as `value` (14 ± 7 days when
 * nothing can be read). Bounded kinds are kept at or above 0 days.
 */
export function convertDistribution(value: unknown, kind: DistributionKind): Record<string, unknown> {
  const m = moments(value) ?? { mean: 14, sd: 7 };
  const mean = roundNice(m.mean) || 1;
  const sd = roundNice(m.sd);
  switch (kind) {
    case 'exponential':
      return { dist: kind, mean };
    case 'lognormal':
    case 'gamma':
      return { dist: kind, mean, sd };
    case 'fixed':
      return { dist: kind, value: mean };
    case 'uniform': {
      const half = Math.min(mean, sd * Math.sqrt(3));
      return { dist: kind, min: roundNice(mean - half), max: roundNice(mean + half) };
    }
    case 'triangular': {
      const half = Math.min(mean, sd * Math.sqrt(6));
      return { dist: kind, min: roundNice(mean - half), mode: mean, max: roundNice(mean + half) };
    }
    case 'empirical': {
      const d = readDistribution(value);
      if (d?.dist === 'empirical') return { dist: kind, values: d.values };
      return { dist: kind, values: [mean] };
    }
  }
}
