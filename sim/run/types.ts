import type { Scenario } from '../scenario/types';

/** One replication's value of every metric key; null where a ratio has no denominator. */
export type MetricValues = Record<string, number | null>;

/**
 * Weekly time averages of one replication, from time 0 to the horizon (warm-up included,
 * so charts can shade it). Week w covers [7w, min(7w + 7, horizon)).
 * Keys: `waitingList`, `bedsInUse`, `outpatientSlotsInUse`, `aftercareInUse`,
 * `delayedDischarge`, and per service `services.<id>.waitingList` and `services.<id>.inUse`.
 */
export interface ReplicationSeries {
  weekStartDays: number[];
  values: Record<string, number[]>;
}

/** What one replication produces; everything a run summary is built from. */
export interface ReplicationResult {
  replication: number;
  metrics: MetricValues;
  series: ReplicationSeries;
  /** Counts of first-start waits (days) in the bins of WAIT_HISTOGRAM_EDGES, inside the observation window (MODEL.md). */
  waitHistogram: number[];
  /** Work done, for benchmarks: events processed and patients created. */
  events: number;
  patients: number;
}

/** A metric summarised across replications. */
export interface Summary {
  mean: number | null;
  sd: number | null;
  /** Student-t 95 % confidence interval of the mean; null with fewer than two values. */
  ci95: [number, number] | null;
  /** Replications with a value (a ratio with no denominator gives none). */
  n: number;
  /** One value per replication, in replication order. */
  values: (number | null)[];
}

/** A weekly series summarised across replications: mean and 95 % band (t-based CI of the mean). */
export interface SeriesSummary {
  mean: number[];
  lo: number[];
  hi: number[];
}

export interface RunSeries {
  weekStartDays: number[];
  values: Record<string, SeriesSummary>;
}

/** The result file (`kapasim/result@1`). */
export interface RunResult {
  schema: 'kapasim/result@1';
  engineVersion: string;
  scenario: Scenario;
  seed: number;
  replications: number;
  metrics: Record<string, Summary>;
  series: RunSeries;
  /** Share of first-start waits per bin, mean over replications, bins as WAIT_HISTOGRAM_EDGES. */
  waitHistogram: { edgesDays: number[]; share: SeriesSummary };
  /** SHA-256 (hex) over the per-replication metric values; see sim/run/digest.ts. */
  digest: string;
}

/** Bin edges (days) of the wait histogram: weekly to a year, then one open-ended bin. */
export const WAIT_HISTOGRAM_EDGES: number[] = Array.from({ length: 53 }, (_, i) => i * 7);
