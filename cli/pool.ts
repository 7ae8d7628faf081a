/**
 * Runs replications on worker threads and collects their results. Work is handed out one
 * replication at a time, so fast and slow replications balance across workers; results are
 * keyed by replication index, so the outcome is the same for any number of workers.
 * A worker that throws or exits early fails the whole run (never a hang); an abort signal
 * (Ctrl-C) terminates every worker.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReplicationResult } from '../sim/run/types';
import type { Scenario } from '../sim/scenario/types';
import { CliError, EXIT_INTERNAL } from './errors';
import type { FromWorker, ToWorker, WorkerInit } from './protocol';

export interface PoolOptions {
  /** Number of worker threads; capped at the number of replications. */
  workers: number;
  /** Called after each finished replication. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting terminates the workers and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** The bundled worker script; by default dist/cli/worker.js beside the bundled main. */
  workerUrl?: URL;
}

/** The worker bundle sits next to the bundled main script (both in dist/cli/). */
export function defaultWorkerUrl(): URL {
  return new URL('./worker.js', import.meta.url);
}

/** Runs replications 0 … count−1 of the scenario and returns their results in index order. */
export function runReplications(scenario: Scenario, count: number, options: PoolOptions): Promise<ReplicationResult[]> {
  const workerUrl = options.workerUrl ?? defaultWorkerUrl();
  const workerCount = Math.max(1, Math.min(options.workers, count));
  if (workerUrl.protocol === 'file:' && !existsSync(fileURLToPath(workerUrl))) {
    return Promise.reject(new CliError(`the worker script ${fileURLToPath(workerUrl)} is missing; build the CLI with "npm run build:cli"`, EXIT_INTERNAL));
  }
  if (count <= 0) return Promise.resolve([]);

  return new Promise<ReplicationResult[]>((resolve, reject) => {
    const results: ReplicationResult[] = new Array(count);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;

    const stopAll = () => {
      for (const w of workers) void w.terminate();
      options.signal?.removeEventListener('abort', onAbort);
    };
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      stopAll();
      reject(err);
    };
    const onAbort = () => fail(options.signal?.reason instanceof Error ? options.signal.reason : new CliError('interrupted', 130));
    if (options.signal?.aborted) {
      onAbort();
      return;
    }
    options.signal?.addEventListener('abort', onAbort);

    const idle = new Set<Worker>();
    const dispatch = (w: Worker) => {
      if (settled) return;
      let msg: ToWorker;
      if (next < count) msg = { type: 'run', replication: next++ };
      else {
        // Nothing left to hand out: let this worker end while the others finish.
        idle.add(w);
        msg = { type: 'stop' };
      }
      w.postMessage(msg);
    };

    for (let k = 0; k < workerCount; k++) {
      const init: WorkerInit = { scenario };
      const w = new Worker(workerUrl, { workerData: init });
      workers.push(w);
      const name = `worker ${k + 1} of ${workerCount}`;
      w.on('message', (msg: FromWorker) => {
        if (settled) return;
        if (msg.type === 'error') {
          const err = new CliError(`replication ${msg.replication} failed in ${name}: ${msg.message}`, EXIT_INTERNAL);
          if (msg.stack) err.stack = msg.stack;
          fail(err);
          return;
        }
        const r = msg.result;
        if (results[r.replication] === undefined) done++;
        results[r.replication] = r;
        options.onProgress?.(done, count);
        if (done === count) {
          settled = true;
          stopAll();
          resolve(results);
        } else dispatch(w);
      });
      w.on('error', (err: Error) => {
        const wrapped = new CliError(`${name} crashed: ${err.message}`, EXIT_INTERNAL);
        if (err.stack) wrapped.stack = err.stack;
        fail(wrapped);
      });
      w.on('exit', (code) => {
        if (!settled && !(idle.has(w) && code === 0)) fail(new CliError(`${name} stopped unexpectedly (exit code ${code}) before the run finished`, EXIT_INTERNAL));
      });
      dispatch(w);
    }
  });
}
