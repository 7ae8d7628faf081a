import { useMemo } from 'react';
import { replicationAdviceTable, warmupAdvice, type RunResult } from '../../../sim';
import { KPI_KEYS } from '../../results/kpis';

/** Run-count advice for the key figures at a precision, and Welch's warm-up advice, for a run. */
export function useAdvice(run: RunResult, precision: number) {
  const replications = useMemo(() => replicationAdviceTable(run, { keys: KPI_KEYS, target: precision }), [run, precision]);
  const warmup = useMemo(() => warmupAdvice(run), [run]);
  return { replications, warmup };
}
