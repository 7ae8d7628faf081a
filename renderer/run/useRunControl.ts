import { useCallback, useRef } from 'react';
import { useAppStore } from '../app/AppStore';
import { RunCancelled, startRun, type RunHandle } from './pool';

/** Run and cancel for the whole app: runs only a scenario that passed validation. */
export function useRunControl(): { run(): boolean; cancel(): void; canRun: boolean; running: boolean } {
  const { state, dispatch, validation } = useAppStore();
  const handle = useRef<RunHandle | null>(null);
  const running = state.run.status === 'running';

  const run = useCallback(() => {
    if (!validation.ok || handle.current) return false;
    const scenario = validation.value;
    const started = performance.now();
    dispatch({ type: 'runStarted', total: scenario.replications, startedAt: Date.now() });
    const h = startRun(scenario, { onProgress: (done) => dispatch({ type: 'runProgress', done }) });
    handle.current = h;
    h.result
      .then((result) => dispatch({ type: 'runFinished', result, wallMs: performance.now() - started }))
      .catch((err: unknown) => {
        if (err instanceof RunCancelled) dispatch({ type: 'runCancelled' });
        else dispatch({ type: 'runFailed', message: err instanceof Error ? err.message : String(err) });
      })
      .finally(() => {
        handle.current = null;
      });
    return true;
  }, [validation, dispatch]);

  const cancel = useCallback(() => handle.current?.cancel(), []);
  return { run, cancel, canRun: validation.ok && !running, running };
}
