/**
 * Advice on a run's experiment settings, as data for the CLI, the app and the report (they
 * word and draw it; nothing here formats): for each key KPI whether the 95 % CI is within the
 * precision asked for and how many replications would reach it (Hoad, Robinson and Davies
 * 2010, sim/advice/replications.ts), and Welch's warm-up suggestion from the weekly waiting
 * list (sim/advice/warmup.ts) against the scenario's own warm-up.
 */
import { adviseReplications, type ReplicationAdvice } from '../advice/replications';
import { adviseWarmup, type WelchAdvice } from '../advice/warmup';
import { KEY_METRICS } from '../metrics/keys';
import type { RunResult } from '../run/types';

/** The precision asked for by default: the CI half-width within ±5 % of the mean. */
export const DEFAULT_PRECISION = 0.05;

/** Run-count advice for one metric of a run. */
export interface ReplicationAdviceRow extends ReplicationAdvice {
  key: string;
}

/**
 * Run-count advice for each of `keys` (default: the key KPIs) that the run reports, in that
 * order: the CI half-width as a share of the mean, whether it is within `target`, and the
 * replications advised.
 */
export function replicationAdviceTable(
  run: Pick<RunResult, 'metrics'>,
  options: { keys?: readonly string[]; target?: number } = {},
): ReplicationAdviceRow[] {
  const keys = options.keys ?? KEY_METRICS;
  const target = options.target ?? DEFAULT_PRECISION;
  return keys.filter((k) => Object.hasOwn(run.metrics, k)).map((key) => ({ key, ...adviseReplications(run.metrics[key]!.values, target) }));
}

/** Welch's warm-up advice set against the warm-up the scenario uses. */
export interface WarmupAdvice {
  /** The weekly series read (`waitingList`: patients on all waiting lists). */
  seriesKey: string;
  /** The moving average and the suggestion (suggestedWarmupDays). */
  welch: WelchAdvice;
  suggestedWarmupDays: number | null;
  scenarioWarmupDays: number;
  /**
   * 'enough': the scenario's warm-up is at least the suggestion; 'shorter': it is shorter,
   * so the results still carry the empty start (warn); 'notSettled': the series did not settle
   * within the first half of the run, so no warm-up can be suggested (warn: run longer).
   */
  status: 'enough' | 'shorter' | 'notSettled';
}

/**
 * Welch's method on a run's across-replication mean of a weekly series (default the waiting
 * list), compared with the scenario's warmupDays. Null when the run has no such series or
 * fewer than 8 weeks (too short for a moving average).
 */
export function warmupAdvice(
  run: Pick<RunResult, 'series' | 'scenario'>,
  options: { seriesKey?: string; window?: number; tolerance?: number } = {},
): WarmupAdvice | null {
  const seriesKey = options.seriesKey ?? 'waitingList';
  const band = run.series.values[seriesKey];
  if (band === undefined || band.mean.length < 8) return null;
  const welch = adviseWarmup(run.series.weekStartDays, band.mean, { window: options.window, tolerance: options.tolerance });
  const suggested = welch.suggestedWarmupDays;
  const scenarioWarmupDays = run.scenario.warmupDays;
  const status = suggested === null ? 'notSettled' : scenarioWarmupDays < suggested ? 'shorter' : 'enough';
  return { seriesKey, welch, suggestedWarmupDays: suggested, scenarioWarmupDays, status };
}
