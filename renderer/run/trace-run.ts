import { Trace, type ReplicationResult, type Scenario } from '../../sim';
import { RunCancelled } from './pool';
import type { FromTraceWorker, ToTraceWorker } from './trace-protocol';

export type TraceWorkerFactory = () => Worker;

/** A module worker running renderer/run/trace-worker.ts. */
export const defaultTraceWorker: TraceWorkerFactory = () => new Worker(new URL('./trace-worker.ts', import.meta.url), { type: 'module' });

export interface TracedReplication {
  replication: ReplicationResult;
  trace: Trace;
  /** Wall time of recording and preparing the trace (ms). */
  ms: number;
}

export interface TraceHandle {
  result: Promise<TracedReplication>;
  cancel(): void;
}

/**
 * Records replication `replication` of a scenario with its trace, in a worker of its own (the
 * page stays responsive), and prepares the trace for the player (checkpoints, histories).
 */
export function startTraceRun(scenario: Scenario, replication: number, options: { createWorker?: TraceWorkerFactory } = {}): TraceHandle {
  const worker = (options.createWorker ?? defaultTraceWorker)();
  const started = performance.now();
  let settle: (e: Error) => void = () => {};
  const result = new Promise<TracedReplication>((resolve, reject) => {
    let done = false;
    settle = (e) => {
      if (done) return;
      done = true;
      worker.terminate();
      reject(e);
    };
    worker.onmessage = (event: MessageEvent<FromTraceWorker>) => {
      if (done) return;
      done = true;
      worker.terminate();
      const msg = event.data;
      if (msg.type === 'error') {
        reject(new Error(msg.message));
        return;
      }
      try {
        resolve({ replication: msg.result, trace: new Trace(msg.data), ms: performance.now() - started });
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    };
    worker.onerror = (event) => settle(new Error(`the trace worker crashed: ${event.message || 'unknown error'}`));
    worker.postMessage({ type: 'trace', scenario, replication } satisfies ToTraceWorker);
  });
  result.catch(() => undefined);
  return { result, cancel: () => settle(new RunCancelled()) };
}
