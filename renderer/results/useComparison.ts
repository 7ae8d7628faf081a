import { useMemo } from 'react';
import { compareRuns, type RunResult } from '../../sim';
import type { MetricComparison } from './verdict';

/** A later run compared with the pinned baseline. */
export interface Comparison {
  baseline: RunResult;
  metrics: Record<string, MetricComparison>;
  paired: boolean;
}

/** The comparison of `result` with `baseline`, or null when there is no baseline or it is this very run. */
export function useComparison(result: RunResult, baseline: RunResult | null): Comparison | null {
  return useMemo(() => {
    if (!baseline || baseline === result) return null;
    const metrics = compareRuns(result, baseline);
    const first = Object.values(metrics)[0];
    return { baseline, metrics, paired: first?.paired ?? false };
  }, [result, baseline]);
}
