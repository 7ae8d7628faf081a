import { runStudy, type PlannedCase, type StudyResult } from '../../sim';
import { startCases, type CasesOptions } from './case-pool';

export interface StudyHandle {
  /** Resolves with the study result; rejects on a worker error, or with a RunCancelled. */
  result: Promise<StudyResult>;
  /** Replications in all, over every case. */
  total: number;
  cancel(): void;
}

/**
 * Runs a study's cases (the baseline first, as expandStudySpec plans them, tornado arms may
 * follow) on one Web Worker pool and compares each with the baseline (runStudy). Every case
 * has the baseline's seed and replications, so differences are paired over common random
 * numbers; progress counts replications over all cases.
 */
export function startStudy(cases: readonly PlannedCase[], options: CasesOptions & { name?: string; description?: string; precision?: number } = {}): StudyHandle {
  const pool = startCases(
    cases.map((c) => c.scenario),
    options,
  );
  const result = runStudy(cases, (_scenario, index) => pool.runs[index]!, {
    name: options.name,
    description: options.description,
    precision: options.precision,
  });
  return { result, total: pool.total, cancel: pool.cancel };
}
