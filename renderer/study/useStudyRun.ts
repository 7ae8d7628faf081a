import { useCallback } from 'react';
import { reportRunEnd } from '../run/report-run-end';
import { startStudy } from '../run/study-run';
import type { StudyPlan } from './model/plan';
import { useStudyStore } from './StudyStore';

/** Run and Cancel for the study: every case on one worker pool, progress over all replications. */
export function useStudyRun(plan: StudyPlan, name: string) {
  const { state, dispatch, handle } = useStudyStore();
  const running = state.run.status === 'running';
  const description = state.draft.description.trim() || undefined;
  const precision = state.precision;

  const run = useCallback(() => {
    if (!plan.cases || handle.current) return;
    const started = performance.now();
    const h = startStudy(plan.cases, { name, description, precision, onProgress: (done) => dispatch({ type: 'runProgress', done }) });
    handle.current = h;
    dispatch({ type: 'runStarted', total: h.total, startedAt: Date.now() });
    reportRunEnd(h.result, started, dispatch, () => {
      handle.current = null;
    });
  }, [plan.cases, handle, name, description, precision, dispatch]);

  const cancel = useCallback(() => handle.current?.cancel(), [handle]);
  return { run, cancel, running, canRun: plan.cases !== null && !running };
}
