import { useCallback, useEffect, useRef, useState } from 'react';
import { checkRunSize, compareReplay, replayScenario, type ReplayComparison, type RunResult } from '../../sim';
import { RunCancelled, startRun, type RunHandle, type WorkerFactory } from '../run/pool';

export type ReplayState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; startedAt: number }
  | { status: 'done'; comparison: ReplayComparison; workers: number; ms: number }
  | { status: 'cancelled' }
  /** Too large for memory or time (the size check of Run and of the CLI): not started. */
  | { status: 'tooLarge'; reason: 'memory' | 'events'; value: number; limit: number }
  | { status: 'error'; message: string };

/**
 * Replays a result on the Web Worker pool (the same pool as Run) and compares it with the
 * result, with the module `kapasim replay` uses. Forgets the outcome when the result changes.
 */
export function useReplay(result: RunResult, createWorker?: WorkerFactory) {
  const [state, setState] = useState<ReplayState>({ status: 'idle' });
  const handle = useRef<RunHandle | null>(null);

  useEffect(() => {
    setState({ status: 'idle' });
    return () => {
      handle.current?.cancel();
      handle.current = null;
    };
  }, [result]);

  const replay = useCallback(
    (workers: number) => {
      if (handle.current) return;
      const scenario = replayScenario(result);
      const size = checkRunSize(scenario, { workers });
      if (!size.ok) {
        setState({ status: 'tooLarge', reason: size.reason, value: size.value, limit: size.limit });
        return;
      }
      const started = performance.now();
      setState({ status: 'running', done: 0, total: scenario.replications, startedAt: Date.now() });
      const h = startRun(scenario, { workers, createWorker, onProgress: (done, total) => setState((s) => (s.status === 'running' ? { ...s, done, total } : s)) });
      handle.current = h;
      h.result
        .then((fresh) => {
          if (handle.current !== h) return;
          setState({ status: 'done', comparison: compareReplay(result, fresh), workers: Math.min(workers, scenario.replications), ms: performance.now() - started });
        })
        .catch((err: unknown) => {
          if (handle.current !== h) return;
          setState(err instanceof RunCancelled ? { status: 'cancelled' } : { status: 'error', message: err instanceof Error ? err.message : String(err) });
        })
        .finally(() => {
          if (handle.current === h) handle.current = null;
        });
    },
    [result, createWorker],
  );

  const cancel = useCallback(() => handle.current?.cancel(), []);
  return { state, replay, cancel };
}
