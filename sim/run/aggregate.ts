/**
 * Builds the result file from the replications of one run: every metric summarised across
 * replications, weekly series and the wait histogram as mean and 95 % band, and the digest.
 * The result depends only on the set of replications, never on the order they arrive in
 * (workers finish in any order).
 */
import { allMetricKeys } from '../metrics/keys';
import { RESULT_SCHEMA } from '../scenario/types';
import type { Scenario } from '../scenario/types';
import { meanAndSd, summarize } from '../stats/summary';
import { tQuantile } from '../stats/t-distribution';
import { ENGINE_VERSION } from '../version';
import { computeDigest } from './digest';
import type { ReplicationResult, RunResult, RunSeries, SeriesSummary, Summary } from './types';
import { WAIT_HISTOGRAM_EDGES } from './types';

/**
 * The result file of a run: replications are sorted by index (which must be exactly
 * 0..n−1, else an Error); each key of allMetricKeys(scenario) is summarised (a missing value
 * counts as null); series and wait-histogram shares get a per-week (per-bin) mean and t-based
 * 95 % band; the digest covers the per-replication metric values. `scenario` is kept as given.
 */
export function aggregateRun(
  scenario: Scenario,
  reps: readonly ReplicationResult[],
  engineVersion: string = ENGINE_VERSION,
): RunResult {
  const sorted = sortedReplications(reps);
  const keys = allMetricKeys(scenario);
  const metrics: Record<string, Summary> = {};
  for (const key of keys) metrics[key] = summarize(sorted.map((r) => r.metrics[key] ?? null));
  return {
    schema: RESULT_SCHEMA,
    engineVersion,
    scenario,
    seed: scenario.seed,
    replications: sorted.length,
    metrics,
    series: aggregateSeries(sorted),
    waitHistogram: { edgesDays: [...WAIT_HISTOGRAM_EDGES], share: aggregateHistogram(sorted) },
    digest: computeDigest(keys, sorted),
  };
}

/** The replications in index order; throws unless the indices are exactly 0..n−1. */
function sortedReplications(reps: readonly ReplicationResult[]): ReplicationResult[] {
  if (reps.length === 0) throw new Error('aggregateRun: no replications to aggregate');
  const sorted = [...reps].sort((a, b) => a.replication - b.replication);
  const bad = sorted.some((r, i) => r.replication !== i);
  if (bad) {
    const got = sorted.map((r) => r.replication);
    const seen = new Set(got);
    const missing = sorted.map((_, i) => i).filter((i) => !seen.has(i));
    const duplicates = got.filter((x, i) => got.indexOf(x) !== i);
    throw new Error(
      `aggregateRun: replication indices must be exactly 0..${reps.length - 1} without gaps or duplicates; ` +
        `got ${got.join(', ')}` +
        (missing.length > 0 ? `; missing ${missing.join(', ')}` : '') +
        (duplicates.length > 0 ? `; duplicated ${[...new Set(duplicates)].join(', ')}` : ''),
    );
  }
  return sorted;
}

/**
 * Mean and t-based 95 % band (CI of the mean) of each column of `rows` (one row per
 * replication). A band collapses to the mean with one row or when all rows agree.
 */
function columnBands(rows: readonly (readonly number[])[], columns: number): SeriesSummary {
  const n = rows.length;
  const t = n > 1 ? tQuantile(0.975, n - 1) : 0;
  const out: SeriesSummary = { mean: [], lo: [], hi: [] };
  const column = new Array<number>(n);
  for (let c = 0; c < columns; c++) {
    for (let r = 0; r < n; r++) column[r] = rows[r]![c]!;
    const { mean, sd } = meanAndSd(column);
    const half = sd === null || sd === 0 ? 0 : (t * sd) / Math.sqrt(n);
    out.mean.push(mean);
    out.lo.push(half === 0 ? mean : mean - half);
    out.hi.push(half === 0 ? mean : mean + half);
  }
  return out;
}

/** Weekly series: every replication of a run must have the same weeks and keys. */
function aggregateSeries(sorted: readonly ReplicationResult[]): RunSeries {
  const first = sorted[0]!.series;
  const weeks = first.weekStartDays.length;
  const keys = Object.keys(first.values);
  for (const rep of sorted) {
    const s = rep.series;
    const sameKeys = Object.keys(s.values).length === keys.length && keys.every((k) => Object.hasOwn(s.values, k));
    if (s.weekStartDays.length !== weeks || !sameKeys || keys.some((k) => s.values[k]!.length !== weeks)) {
      throw new Error(
        `aggregateRun: replication ${rep.replication} has weekly series of another shape than replication 0 ` +
          `(${weeks} weeks of ${keys.join(', ')})`,
      );
    }
  }
  const values: Record<string, SeriesSummary> = {};
  for (const key of keys) values[key] = columnBands(sorted.map((r) => r.series.values[key]!), weeks);
  return { weekStartDays: [...first.weekStartDays], values };
}

/**
 * Wait-histogram shares per bin: each replication's counts divided by its total, then mean
 * and band across the replications that had any wait. With no waits in any replication every
 * share is 0 (an empty histogram).
 */
function aggregateHistogram(sorted: readonly ReplicationResult[]): SeriesSummary {
  const bins = WAIT_HISTOGRAM_EDGES.length;
  const shares: number[][] = [];
  for (const rep of sorted) {
    if (rep.waitHistogram.length !== bins) {
      throw new Error(
        `aggregateRun: replication ${rep.replication} has ${rep.waitHistogram.length} wait-histogram bins, expected ${bins}`,
      );
    }
    const total = rep.waitHistogram.reduce((a, b) => a + b, 0);
    if (total > 0) shares.push(rep.waitHistogram.map((c) => c / total));
  }
  if (shares.length === 0) {
    const zeros = new Array<number>(bins).fill(0);
    return { mean: zeros, lo: [...zeros], hi: [...zeros] };
  }
  return columnBands(shares, bins);
}
