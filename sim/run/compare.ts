/**
 * Compares a variant run with a baseline run, metric by metric. Runs with the same seed and
 * replication count share common random numbers, so replication i of each is compared with
 * replication i of the other (paired difference, narrow CI). Otherwise the runs are compared
 * unpaired, by Welch's interval on the difference of means, and every entry says so.
 */
import { metricDirection, type MetricDirection } from '../metrics/direction';
import { clearChange, pairedDifference, verdict, welchDifference, type Verdict } from '../stats/paired';
import type { RunResult, Summary } from './types';

/** One metric of a comparison; `difference` is variant − baseline. */
export interface MetricComparison {
  baseline: Summary;
  variant: Summary;
  difference: Summary;
  /** True when `difference` is the paired per-replication difference; false for Welch. */
  paired: boolean;
  direction: MetricDirection;
  /** Better/worse when the 95 % CI of the difference excludes 0; 'neutral' for neutral metrics. */
  verdict: Verdict | 'neutral';
  /** The sign of a clear difference, whatever the direction. */
  change: 'increase' | 'decrease' | 'noClearDifference';
}

/** Whether two runs can be paired replication by replication, and if not, why. */
export function pairingStatus(variant: RunResult, baseline: RunResult): { paired: boolean; reason: string | null } {
  if (variant.seed !== baseline.seed) {
    return { paired: false, reason: `different seeds (${variant.seed} and ${baseline.seed}): no common random numbers` };
  }
  if (variant.replications !== baseline.replications) {
    return {
      paired: false,
      reason: `different replication counts (${variant.replications} and ${baseline.replications})`,
    };
  }
  return { paired: true, reason: null };
}

/**
 * Every metric present in both runs (in the variant's key order: run-level, then per service
 * and per group), with both summaries, the difference variant − baseline, and a verdict.
 * Paired when pairingStatus says so, otherwise Welch; see `paired` on each entry.
 */
export function compareRuns(variant: RunResult, baseline: RunResult): Record<string, MetricComparison> {
  const { paired } = pairingStatus(variant, baseline);
  const out: Record<string, MetricComparison> = {};
  for (const key of Object.keys(variant.metrics)) {
    if (!Object.hasOwn(baseline.metrics, key)) continue;
    const v = variant.metrics[key]!;
    const b = baseline.metrics[key]!;
    const difference = paired ? pairedDifference(v.values, b.values) : welchDifference(v.values, b.values);
    const direction = metricDirection(key);
    out[key] = {
      baseline: b,
      variant: v,
      difference,
      paired,
      direction,
      verdict: direction === 'neutral' ? 'neutral' : verdict(difference, direction),
      change: clearChange(difference),
    };
  }
  return out;
}
