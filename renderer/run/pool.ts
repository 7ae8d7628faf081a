import { aggregateRun, jobsToHold, type ReplicationResult, type RunResult, type Scenario } from '../../sim';
import type { FromRunWorker, ToRunWorker } from './protocol';

export interface RunHandle {
  /** Resolves with the aggregated run; rejects on a worker error or cancel. */
  result: Promise<RunResult>;
  /** Terminates every worker at once; the promise rejects with a RunCancelled. */
  cancel(): void;
}

export class RunCancelled extends Error {
  constructor() {
    super('run cancelled');
  }
}

/** One worker per core by default (leaving the page its own thread when there are many). */
export function defaultPoolSize(): number {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 2;
  return Math.max(1, cores > 4 ? cores - 1 : cores);
}

export type WorkerFactory = () => Worker;

/** A module worker running renderer/run/worker.ts (shared with the study runner). */
export const defaultFactory: WorkerFactory = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

/**
 * Runs every replication of a validated scenario on a pool of Web Workers, handing out
 * replications as workers free up (see jobsToHold), and aggregates them in index order: the
 * result and its digest are the same for any pool size, and equal to the CLI's.
 */
export function startRun(
  scenario: Scenario,
  options: { workers?: number; onProgress?: (done: number, total: number) => void; createWorker?: WorkerFactory } = {},
): RunHandle {
  const count = scenario.replications;
  const size = Math.max(1, Math.min(options.workers ?? defaultPoolSize(), count));
  const create = options.createWorker ?? defaultFactory;
  const workers: Worker[] = [];
  let settled = false;
  let rejectRun: (e: Error) => void = () => {};

  const stopAll = () => {
    for (const w of workers) w.terminate();
  };

  const result = new Promise<RunResult>((resolve, reject) => {
    rejectRun = (e) => {
      if (settled) return;
      settled = true;
      stopAll();
      reject(e);
    };
    const results: ReplicationResult[] = [];
    let next = 0;
    let done = 0;
    /** Replications sent to each worker and not yet answered. */
    const inFlight = new Map<Worker, number>();
    const fill = (w: Worker) => {
      while (next < count && (inFlight.get(w) ?? 0) < jobsToHold(count - next, size)) {
        inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
        w.postMessage({ type: 'run', replication: next++ } satisfies ToRunWorker);
      }
    };
    for (let k = 0; k < size; k++) {
      const w = create();
      workers.push(w);
      w.onmessage = (event: MessageEvent<FromRunWorker>) => {
        if (settled) return;
        const msg = event.data;
        if (msg.type === 'error') {
          rejectRun(new Error(`replication ${msg.replication} failed: ${msg.message}`));
          return;
        }
        inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
        results[msg.result.replication] = msg.result;
        done++;
        options.onProgress?.(done, count);
        if (done === count) {
          settled = true;
          stopAll();
          try {
            resolve(aggregateRun(scenario, results));
          } catch (err) {
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        } else fill(w);
      };
      w.onerror = (event) => {
        // Handled here (the run stops with a message), so the browser need not log it too.
        event.preventDefault();
        rejectRun(new Error(`a simulation worker crashed: ${event.message || 'unknown error'}`));
      };
      w.postMessage({ type: 'init', scenario } satisfies ToRunWorker);
      fill(w);
    }
  });
  return { result, cancel: () => rejectRun(new RunCancelled()) };
}
