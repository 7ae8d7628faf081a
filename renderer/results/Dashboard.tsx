import { memo, useMemo, type Dispatch } from 'react';
import type { RunResult } from '../../sim';
import type { Action } from '../app/store';
import { AllMetricsTable } from './AllMetricsTable';
import { CompareNotice } from './CompareNotice';
import { CompareTable } from './CompareTable';
import { GroupTable } from './GroupTable';
import { KpiGrid } from './KpiGrid';
import { ResultsHeader } from './ResultsHeader';
import { RunInfo } from './RunInfo';
import { SeriesSection } from './SeriesSection';
import { ServiceTable } from './ServiceTable';
import { useComparison } from './useComparison';
import { WaitSection } from './WaitSection';

interface Props {
  result: RunResult;
  baseline: RunResult | null;
  /** A newer run is going: these results are the previous ones. */
  stale: boolean;
  wallMs: number | null;
  dispatch: Dispatch<Action>;
}

/** The results of one run, compared with the pinned baseline when there is one. Memoised: edits elsewhere do not re-render it. */
export const Dashboard = memo(function Dashboard({ result, baseline, stale, wallMs, dispatch }: Props) {
  const comparison = useComparison(result, baseline);
  const stamp = useMemo(() => ({ scenario: result.scenario.name, seed: result.seed, replications: result.replications }), [result]);
  return (
    <div className="results">
      <ResultsHeader result={result} baseline={baseline} stale={stale} dispatch={dispatch} />
      {comparison && <CompareNotice result={result} baseline={comparison.baseline} />}
      <KpiGrid result={result} comparison={comparison} />
      <SeriesSection result={result} baseline={baseline} stamp={stamp} />
      <WaitSection result={result} stamp={stamp} />
      <ServiceTable result={result} />
      <GroupTable result={result} />
      {comparison && <CompareTable result={result} comparison={comparison} />}
      <AllMetricsTable result={result} />
      <RunInfo result={result} wallMs={wallMs} />
    </div>
  );
});
