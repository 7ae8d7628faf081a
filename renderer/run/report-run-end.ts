import { RunCancelled } from './pool';

/** How a run (or a study) ended, as both the app's and the study's stores take it. */
export type RunEndAction<R> = { type: 'runFinished'; result: R; wallMs: number } | { type: 'runCancelled' } | { type: 'runFailed'; message: string };

/**
 * Dispatches how `result` ends: finished with the wall time since `started` (performance.now()),
 * cancelled, or failed with its message; then calls `done` (the caller forgets its handle).
 */
export function reportRunEnd<R>(result: Promise<R>, started: number, dispatch: (action: RunEndAction<R>) => void, done: () => void): void {
  result
    .then((r) => dispatch({ type: 'runFinished', result: r, wallMs: performance.now() - started }))
    .catch((err: unknown) => {
      if (err instanceof RunCancelled) dispatch({ type: 'runCancelled' });
      else dispatch({ type: 'runFailed', message: err instanceof Error ? err.message : String(err) });
    })
    .finally(done);
}
