/**
 * The shapes of a study run: the cases a study plans (PlannedCase) and what running them
 * gives (StudyResult, `kapasim/study-result@1`). Everything here is plain JSON data, so a
 * study result can be saved, sent from a worker, shown by the app and put in a report.
 * docs/studies.md describes the file field by field.
 */
import type { MetricComparison } from '../run/compare';
import type { RunResult, Summary } from '../run/types';
import type { StudyCase } from '../scenario/study';
import type { ReplicationAdviceRow, WarmupAdvice } from './advice';

export const STUDY_RESULT_SCHEMA = 'kapasim/study-result@1';

/** What a case is: the unchanged baseline, a named variant, a sweep point or a tornado arm. */
export type CaseKind = StudyCase['kind'] | 'tornado';

/** Where a sweep case sits: its sweep, and the value (or, in a 2-D sweep, both values). */
export interface SweepPoint {
  /** Index of the sweep in the study's `sweeps`. */
  index: number;
  /** The sweep's name, or its path when it has none. */
  name: string;
  path: string;
  value: unknown;
  /** The second dimension of a 2-D sweep. */
  by?: { name: string; path: string; value: unknown };
}

/** One arm of a one-at-a-time (tornado) change: a numeric field moved down or up by a share. */
export interface TornadoPoint {
  path: string;
  side: 'low' | 'high';
  /** The relative change asked for, e.g. 0.1 for ±10 %. */
  relativeChange: number;
  baseValue: number;
  /** The value run. */
  value: number;
  /** baseValue × (1 ∓ relativeChange) before any rounding or clamping. */
  exactValue: number;
  /**
   * 'rounded': a whole-number field (beds, slots, places, patient counts) was rounded;
   * 'clamped': a share or probability was kept inside [0, 1]; 'none': value = exactValue.
   */
  adjustment: 'none' | 'rounded' | 'clamped';
}

/**
 * A scenario to run in a study. `StudyCase` from sim/scenario is one too; the extra fields
 * say where a sweep or tornado case sits, for tables and charts.
 */
export interface PlannedCase {
  kind: CaseKind;
  name: string;
  /** Change path → value, against the baseline ({} for the baseline). */
  changes: Record<string, unknown>;
  scenario: StudyCase['scenario'];
  sweep?: SweepPoint;
  tornado?: TornadoPoint;
}

/**
 * A metric of a case compared with the baseline: compareRuns' entry without the two
 * summaries it repeats (they are `baseline.metrics[key]` and `run.metrics[key]`) and without
 * the per-replication differences (variant values − baseline values, when you need them).
 */
export interface CaseComparison extends Omit<MetricComparison, 'baseline' | 'variant' | 'difference'> {
  /** variant − baseline: mean, sd, 95 % CI and n; paired over common random numbers when `paired`. */
  difference: Omit<Summary, 'values'>;
}

/** One case of a study and its run, compared with the baseline. */
export interface StudyCaseResult {
  /** Position in StudyResult.cases. */
  index: number;
  kind: Exclude<CaseKind, 'baseline'>;
  name: string;
  changes: Record<string, unknown>;
  sweep?: SweepPoint;
  tornado?: TornadoPoint;
  /**
   * The case's result file. Every metric summary is complete (per-replication values
   * included); `series.values` keeps only the keys in StudyResult.caseSeriesKeys.
   */
  run: RunResult;
  /** True when the case has the baseline's seed and replications, so every difference is paired. */
  paired: boolean;
  /** Why not, when `paired` is false. */
  pairingNote: string | null;
  /** Every metric of the case against the baseline, keyed as in `run.metrics`. */
  comparison: Record<string, CaseComparison>;
}

/** A sweep as run: its values in order and which cases hold its points. */
export interface StudySweepResult {
  index: number;
  name: string;
  path: string;
  values: unknown[];
  by?: { name: string; path: string; values: unknown[] };
  /** Indices into StudyResult.cases, in the order run (by the first value, then by `by`). */
  caseIndices: number[];
}

/** The result of a study run (`kapasim/study-result@1`). */
export interface StudyResult {
  schema: typeof STUDY_RESULT_SCHEMA;
  name: string;
  description?: string;
  engineVersion: string;
  /** The seed and replications every case ran with (the baseline's). */
  seed: number;
  replications: number;
  /** The baseline's complete result file, every weekly series included. */
  baseline: RunResult;
  /** Variants, sweep points and tornado arms, in the order they were planned. */
  cases: StudyCaseResult[];
  sweeps: StudySweepResult[];
  /** The weekly series kept in each case's run (the baseline keeps all). */
  caseSeriesKeys: string[];
  /** Run-count and warm-up advice for the baseline run. */
  advice: { replications: ReplicationAdviceRow[]; warmup: WarmupAdvice | null };
}
