import { useCallback, useEffect, useRef, useState } from 'react';
import { planCapacitySweep, runStudy, type RunResult, type StudyResult } from '../../sim';
import { RunCancelled, startRun, type RunHandle } from '../run/pool';

export type SweepState =
  | { status: 'idle' }
  | { status: 'running'; serviceId: string; values: number[]; done: number; total: number }
  | { status: 'done'; serviceId: string; values: number[]; study: StudyResult }
  | { status: 'cancelled'; serviceId: string }
  | { status: 'error'; serviceId: string; message: string };

/** Finished sweeps by run digest and service, so a sweep survives switching tabs. */
const finished = new Map<string, Extract<SweepState, { status: 'done' }>>();
const keyOf = (digest: string, serviceId: string) => `${digest}\u0000${serviceId}`;

/**
 * A 1-D sweep of one service's capacity around a finished run, on the app's worker pool: the
 * run itself is the baseline (the same scenario, seed and replications), and each swept
 * capacity runs after the other with every worker (runStudy with concurrency 1), so the
 * differences are paired over common random numbers.
 */
export function useCapacitySweep(result: RunResult) {
  const [state, setState] = useState<SweepState>({ status: 'idle' });
  const handle = useRef<RunHandle | null>(null);
  const cancelled = useRef(false);

  // A new run: show its sweep if one was made, else nothing.
  useEffect(() => {
    let last: SweepState = { status: 'idle' };
    for (const [key, sweep] of finished) if (key.startsWith(`${result.digest}\u0000`)) last = sweep;
    setState(last);
    return () => {
      cancelled.current = true;
      handle.current?.cancel();
    };
  }, [result]);

  const start = useCallback(
    (serviceId: string, values: number[]) => {
      if (handle.current) return;
      const cached = finished.get(keyOf(result.digest, serviceId));
      if (cached && JSON.stringify(cached.values) === JSON.stringify(values)) {
        setState(cached);
        return;
      }
      const plan = planCapacitySweep(result.scenario, serviceId, values);
      if (!plan.ok) {
        setState({ status: 'error', serviceId, message: plan.issues.map((i) => `${i.path}: ${i.message}`).join('; ') });
        return;
      }
      const reps = result.scenario.replications;
      const total = (plan.value.length - 1) * reps;
      let before = 0;
      cancelled.current = false;
      setState({ status: 'running', serviceId, values, done: 0, total });
      const runCase = (scenario: RunResult['scenario'], index: number): Promise<RunResult> => {
        if (index === 0) return Promise.resolve(result); // the baseline is the run itself
        if (cancelled.current) return Promise.reject(new RunCancelled());
        const h = startRun(scenario, { onProgress: (done) => setState((s) => (s.status === 'running' ? { ...s, done: before + done } : s)) });
        handle.current = h;
        return h.result.then((run) => {
          before += reps;
          return run;
        });
      };
      runStudy(plan.value, runCase, { concurrency: 1 })
        .then((study) => {
          const done = { status: 'done' as const, serviceId, values, study };
          finished.delete(keyOf(result.digest, serviceId));
          finished.set(keyOf(result.digest, serviceId), done);
          if (!cancelled.current) setState(done);
        })
        .catch((err: unknown) => {
          if (err instanceof RunCancelled) setState({ status: 'cancelled', serviceId });
          else setState({ status: 'error', serviceId, message: err instanceof Error ? err.message : String(err) });
        })
        .finally(() => {
          handle.current = null;
        });
    },
    [result],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    handle.current?.cancel();
  }, []);

  return { state, start, cancel };
}
