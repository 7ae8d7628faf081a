import { useEffect, useState } from 'react';
import { checkRunSize, replayScenario, type RunResult } from '../../sim';
import { startTraceRun, type TracedReplication, type TraceWorkerFactory } from '../run/trace-run';

export type TraceStatus =
  | { status: 'recording' }
  | { status: 'ready'; traced: TracedReplication }
  | { status: 'error'; message: string }
  /** One replication too large for memory or time (the size check of Run): not recorded. */
  | { status: 'tooLarge'; reason: 'memory' | 'events'; value: number; limit: number };

/** Traces recorded this session, by result and replication (a few, so going back is instant). */
const cache = new WeakMap<RunResult, Map<number, TracedReplication>>();
const KEEP = 3;

function cached(result: RunResult, replication: number): TracedReplication | undefined {
  return cache.get(result)?.get(replication);
}

function remember(result: RunResult, replication: number, traced: TracedReplication): void {
  let m = cache.get(result);
  if (!m) cache.set(result, (m = new Map()));
  m.set(replication, traced);
  while (m.size > KEEP) m.delete(m.keys().next().value!);
}

/**
 * The trace of one replication of a result, recorded on demand in a worker (with the result's
 * scenario, seed and replication index, so it is that replication exactly) and kept for reuse.
 */
export function useTrace(result: RunResult, replication: number, createWorker?: TraceWorkerFactory): TraceStatus {
  const [state, setState] = useState<TraceStatus>(() => {
    const hit = cached(result, replication);
    return hit ? { status: 'ready', traced: hit } : { status: 'recording' };
  });
  useEffect(() => {
    const hit = cached(result, replication);
    if (hit) {
      setState({ status: 'ready', traced: hit });
      return;
    }
    const scenario = replayScenario(result);
    const size = checkRunSize({ ...scenario, replications: 1 }, { workers: 1 });
    if (!size.ok) {
      setState({ status: 'tooLarge', reason: size.reason, value: size.value, limit: size.limit });
      return;
    }
    setState({ status: 'recording' });
    const h = startTraceRun(scenario, replication, { createWorker });
    let live = true;
    h.result
      .then((traced) => {
        remember(result, replication, traced);
        if (live) setState({ status: 'ready', traced });
      })
      .catch((err: unknown) => {
        if (live) setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
      });
    return () => {
      live = false;
      h.cancel();
    };
  }, [result, replication, createWorker]);
  return state;
}
