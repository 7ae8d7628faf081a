/**
 * Runs replications on worker threads and collects their results. One pool runs any number
 * of scenarios (a study's cases) from one queue: work is handed out one replication at a
 * time, first come first served, so fast and slow replications balance across workers and
 * every replication of every case is spread over them. Results are keyed by replication
 * index, so the outcome is the same for any number of workers.
 * A worker that throws or exits early fails every run of the pool (never a hang); an abort
 * signal (Ctrl-C) terminates every worker.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { jobsToHold } from '../sim/run/jobs-to-hold';
import type { ReplicationResult } from '../sim/run/types';
import type { Scenario } from '../sim/scenario/types';
import { CliError, EXIT_INTERNAL } from './errors';
import type { FromWorker, ToWorker, WorkerInit } from './protocol';

export interface PoolOptions {
  /** Number of worker threads; runReplications caps it at the number of replications. */
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

/** A set of worker threads that runs the replications of any number of scenarios. */
export interface WorkerPool {
  /**
   * Queues replications 0 … count−1 of the scenario; resolves with their results in index
   * order. `label` (e.g. `case "−15 % beds"`) names the scenario in error messages.
   */
  run(scenario: Scenario, count: number, options?: { label?: string; onProgress?: (done: number, total: number) => void }): Promise<ReplicationResult[]>;
  /** Ends every worker; call it when done (idle workers keep the process alive). */
  close(): void;
}

interface RunState {
  scenario: Scenario;
  count: number;
  results: ReplicationResult[];
  done: number;
  label?: string;
  onProgress?: (done: number, total: number) => void;
  resolve: (results: ReplicationResult[]) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  name: string;
  /** Scenario ids this worker has been sent. */
  known: Set<number>;
  /** Jobs sent and not yet answered. */
  inFlight: number;
}

/** A pool of up to `workers` threads, started as work arrives. */
export function createPool(options: Omit<PoolOptions, 'onProgress'>): WorkerPool {
  const workerUrl = options.workerUrl ?? defaultWorkerUrl();
  const max = Math.max(1, options.workers);
  const missing = workerUrl.protocol === 'file:' && !existsSync(fileURLToPath(workerUrl));
  const runs = new Map<number, RunState>();
  const queue: { id: number; replication: number }[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let failure: Error | null = null;
  let closed = false;

  const terminate = (): void => {
    for (const s of slots) void s.worker.terminate();
    options.signal?.removeEventListener('abort', onAbort);
  };
  const fail = (err: Error): void => {
    if (failure !== null || closed) return;
    failure = err;
    queue.length = 0;
    for (const r of runs.values()) r.reject(err);
    runs.clear();
    terminate();
  };
  function onAbort(): void {
    fail(options.signal?.reason instanceof Error ? options.signal.reason : new CliError('interrupted', 130));
  }
  options.signal?.addEventListener('abort', onAbort);

  const dispatch = (slot: Slot): void => {
    if (failure !== null || closed) return;
    const job = queue.shift();
    if (job === undefined) return;
    slot.inFlight++;
    const msg: ToWorker = { type: 'run', replication: job.replication, scenarioId: job.id };
    if (!slot.known.has(job.id)) {
      msg.scenario = runs.get(job.id)!.scenario;
      slot.known.add(job.id);
    }
    slot.worker.postMessage(msg);
  };

  const spawn = (): Slot => {
    const init: WorkerInit = {};
    const worker = new Worker(workerUrl, { workerData: init });
    const slot: Slot = { worker, name: `worker ${slots.length + 1} of ${max}`, known: new Set(), inFlight: 0 };
    slots.push(slot);
    worker.on('message', (msg: FromWorker) => {
      if (failure !== null || closed) return;
      slot.inFlight--;
      const id = msg.scenarioId ?? 0;
      const run = runs.get(id);
      if (msg.type === 'error') {
        const err = new CliError(`${run?.label ? `${run.label}: ` : ''}replication ${msg.replication} failed in ${slot.name}: ${msg.message}`, EXIT_INTERNAL);
        if (msg.stack) err.stack = msg.stack;
        fail(err);
        return;
      }
      if (run) {
        const r = msg.result;
        if (run.results[r.replication] === undefined) run.done++;
        run.results[r.replication] = r;
        run.onProgress?.(run.done, run.count);
        if (run.done === run.count) {
          runs.delete(id);
          run.resolve(run.results);
        }
      }
      fill(slot);
    });
    worker.on('error', (err: Error) => {
      const wrapped = new CliError(`${slot.name} crashed: ${err.message}`, EXIT_INTERNAL);
      if (err.stack) wrapped.stack = err.stack;
      fail(wrapped);
    });
    worker.on('exit', (code) => {
      if (!closed) fail(new CliError(`${slot.name} stopped unexpectedly (exit code ${code}) before the run finished`, EXIT_INTERNAL));
    });
    return slot;
  };

  /** Gives a worker jobs up to what it should hold (sim/run/jobs-to-hold.ts). */
  const fill = (slot: Slot): void => {
    while (queue.length > 0 && slot.inFlight < jobsToHold(queue.length, max)) dispatch(slot);
  };

  /** Hands queued work to workers, starting new ones up to `max`. */
  const pump = (): void => {
    for (const s of slots) fill(s);
    while (queue.length > 0 && slots.length < max) fill(spawn());
  };

  return {
    run(scenario, count, runOptions = {}) {
      if (missing) return Promise.reject(new CliError(`the worker script ${fileURLToPath(workerUrl)} is missing; build the CLI with "npm run build:cli"`, EXIT_INTERNAL));
      if (failure !== null) return Promise.reject(failure);
      if (closed) return Promise.reject(new CliError('the worker pool is closed', EXIT_INTERNAL));
      if (count <= 0) return Promise.resolve([]);
      return new Promise<ReplicationResult[]>((resolve, reject) => {
        const id = nextId++;
        runs.set(id, { scenario, count, results: new Array(count), done: 0, label: runOptions.label, onProgress: runOptions.onProgress, resolve, reject });
        for (let i = 0; i < count; i++) queue.push({ id, replication: i });
        pump();
      });
    },
    close() {
      if (closed) return;
      closed = true;
      terminate();
    },
  };
}

/** Runs replications 0 … count−1 of the scenario and returns their results in index order. */
export async function runReplications(scenario: Scenario, count: number, options: PoolOptions): Promise<ReplicationResult[]> {
  if (options.signal?.aborted) throw options.signal.reason instanceof Error ? options.signal.reason : new CliError('interrupted', 130);
  const pool = createPool({ ...options, workers: Math.max(1, Math.min(options.workers, count)) });
  try {
    return await pool.run(scenario, count, { onProgress: options.onProgress });
  } finally {
    pool.close();
  }
}
