/**
 * runStudy: runs every case of a study through a caller's runner (worker threads in the CLI,
 * Web Workers in the app) and compares each with the baseline. Cases planned by
 * expandStudySpec or tornadoCases share the baseline's seed and replications, so replication
 * i of a case and of the baseline use the same random numbers and each difference is paired:
 * a case equal to the baseline differs by exactly 0.
 */
import { compareRuns, pairingStatus } from '../run/compare';
import type { RunResult } from '../run/types';
import type { Scenario } from '../scenario/types';
import { replicationAdviceTable, warmupAdvice, DEFAULT_PRECISION } from './advice';
import { STUDY_RESULT_SCHEMA, type CaseComparison, type PlannedCase, type StudyCaseResult, type StudyResult, type StudySweepResult } from './types';

/** Runs one case's scenario (all its replications) and returns its result file. */
export type CaseRunner = (scenario: Scenario, index: number) => Promise<RunResult>;

export interface RunStudyOptions {
  /** The study's name and description, for the result (default: the baseline scenario's name). */
  name?: string;
  description?: string;
  /** Called as each case finishes: cases done, cases in all, and the index of the one done. */
  onProgress?: (done: number, total: number, index: number) => void;
  /**
   * Cases handed to the runner at once (default: all of them, so a runner with a shared
   * queue can spread every replication of every case over its workers).
   */
  concurrency?: number;
  /** Weekly series kept in each case's run (default: the waiting list only); the baseline keeps all. */
  caseSeriesKeys?: readonly string[];
  /** Precision for the run-count advice (default ±5 % of the mean). */
  precision?: number;
}

/** The series kept per case by default: the waiting list, for a chart of it over time per case. */
export const DEFAULT_CASE_SERIES = ['waitingList'] as const;

/** A run with only the chosen weekly series (metrics, histogram and digest untouched). */
function trimSeries(run: RunResult, keys: readonly string[]): RunResult {
  const values: RunResult['series']['values'] = {};
  for (const key of keys) if (Object.hasOwn(run.series.values, key)) values[key] = run.series.values[key]!;
  return { ...run, series: { weekStartDays: run.series.weekStartDays, values } };
}

/** compareRuns without the two summaries it repeats and without per-replication differences. */
function slimComparison(variant: RunResult, baseline: RunResult): Record<string, CaseComparison> {
  const out: Record<string, CaseComparison> = {};
  const full = compareRuns(variant, baseline);
  for (const key of Object.keys(full)) {
    const { baseline: _b, variant: _v, difference, ...rest } = full[key]!;
    const { values: _values, ...summary } = difference;
    out[key] = { ...rest, difference: summary };
  }
  return out;
}

/** Runs at most `limit` tasks at a time, keeping results in task order. */
async function runLimited<T>(count: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, lane));
  return results;
}

/** The sweeps of a study result, from where its cases sit. */
function collectSweeps(cases: readonly StudyCaseResult[]): StudySweepResult[] {
  const sweeps = new Map<number, StudySweepResult>();
  const addValue = (list: unknown[], v: unknown): void => {
    if (!list.some((x) => JSON.stringify(x) === JSON.stringify(v))) list.push(v);
  };
  for (const c of cases) {
    const p = c.sweep;
    if (!p) continue;
    let s = sweeps.get(p.index);
    if (!s) {
      s = { index: p.index, name: p.name, path: p.path, values: [], caseIndices: [] };
      if (p.by) s.by = { name: p.by.name, path: p.by.path, values: [] };
      sweeps.set(p.index, s);
    }
    addValue(s.values, p.value);
    if (p.by && s.by) addValue(s.by.values, p.by.value);
    s.caseIndices.push(c.index);
  }
  return [...sweeps.values()].sort((a, b) => a.index - b.index);
}

/**
 * Runs every case and builds the study result. `cases[0]` must be the baseline (kind
 * 'baseline', as expandStudySpec gives it) and no other case may be; the runner is called
 * once per case with its scenario and index. Each other case is compared with the baseline
 * by compareRuns: paired when it has the baseline's seed and replications (always, for cases
 * planned here), otherwise by Welch's interval, and `paired` says which. The baseline keeps
 * every weekly series; other cases keep `caseSeriesKeys`. Rejects when the runner does.
 */
export async function runStudy(cases: readonly PlannedCase[], runCase: CaseRunner, options: RunStudyOptions = {}): Promise<StudyResult> {
  if (cases.length === 0 || cases[0]!.kind !== 'baseline') throw new Error('runStudy: the first case must be the baseline (kind "baseline")');
  const extra = cases.findIndex((c, i) => i > 0 && c.kind === 'baseline');
  if (extra > 0) throw new Error(`runStudy: only the first case may be the baseline; case ${extra} is one too`);
  let done = 0;
  const runs = await runLimited(cases.length, options.concurrency ?? cases.length, async (i) => {
    const run = await runCase(cases[i]!.scenario, i);
    options.onProgress?.(++done, cases.length, i);
    return run;
  });
  const baseline = runs[0]!;
  const keep = [...(options.caseSeriesKeys ?? DEFAULT_CASE_SERIES)];
  const results: StudyCaseResult[] = cases.slice(1).map((c, k) => {
    const run = runs[k + 1]!;
    const pairing = pairingStatus(run, baseline);
    const out: StudyCaseResult = {
      index: k,
      kind: c.kind as StudyCaseResult['kind'],
      name: c.name,
      changes: c.changes,
      run: trimSeries(run, keep),
      paired: pairing.paired,
      pairingNote: pairing.reason,
      comparison: slimComparison(run, baseline),
    };
    if (c.sweep) out.sweep = c.sweep;
    if (c.tornado) out.tornado = c.tornado;
    return out;
  });
  const result: StudyResult = {
    schema: STUDY_RESULT_SCHEMA,
    name: options.name ?? baseline.scenario.name,
    ...(options.description !== undefined ? { description: options.description } : {}),
    engineVersion: baseline.engineVersion,
    seed: baseline.seed,
    replications: baseline.replications,
    baseline,
    cases: results,
    sweeps: collectSweeps(results),
    caseSeriesKeys: keep,
    advice: {
      replications: replicationAdviceTable(baseline, { target: options.precision ?? DEFAULT_PRECISION }),
      warmup: warmupAdvice(baseline),
    },
  };
  return result;
}
