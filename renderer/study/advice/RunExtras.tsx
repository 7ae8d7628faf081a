import { memo, useMemo } from 'react';
import type { RunResult } from '../../../sim';
import { ReportPanel } from '../../report/ReportPanel';
import { AdvicePanel } from './AdvicePanel';

/**
 * What the Results tab adds below a run's dashboard: run-count and warm-up advice, and the run's
 * report. Memoised, so that the Results tab's re-renders for the app's state (a new run's
 * progress, a pinned baseline, an edit) do not reach them; they follow the study store themselves.
 */
export const RunExtras = memo(function RunExtras({ result }: { result: RunResult }) {
  const source = useMemo(() => ({ kind: 'run' as const, run: result }), [result]);
  return (
    <div className="results">
      <AdvicePanel run={result} id="run-advice" />
      <ReportPanel source={source} />
    </div>
  );
});
