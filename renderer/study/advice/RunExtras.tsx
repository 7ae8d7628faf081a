import { useMemo } from 'react';
import type { RunResult } from '../../../sim';
import { ReportPanel } from '../../report/ReportPanel';
import { AdvicePanel } from './AdvicePanel';

/** What the Results tab adds below a run's dashboard: run-count and warm-up advice, and the run's report. */
export function RunExtras({ result }: { result: RunResult }) {
  const source = useMemo(() => ({ kind: 'run' as const, run: result }), [result]);
  return (
    <div className="results">
      <AdvicePanel run={result} id="run-advice" />
      <ReportPanel source={source} />
    </div>
  );
}
