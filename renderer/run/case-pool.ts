import { aggregateRun, jobsToHold, type ReplicationResult, type RunResult, type Scenario } from '../../sim';
import { defaultFactory, defaultPoolSize, RunCancelled, type WorkerFactory } from './pool';
import type { FromRunWorker, ToRunWorker } from './protocol';

export interface CasesHandle {
  /** One promise per scenario: its aggregated run, as soon as all its replications are done. */
  runs: Promise<RunResult>[];
  /** Replications in all (every scenario's, summed). */
  total: number;
  /** Terminates every worker; every pending run rejects with a RunCancelled. */
  cancel(): void;
}

export interface CasesOptions {
  workers?: number;
  /** Replications done of all, over every scenario. */
  onProgress?: (done: number, total: number) => void;
  createWorker?: WorkerFactory;
}

interface Job {
  scenario: number;
  replication: number;
}

/**
 * Runs every replication of many scenarios (a study's cases) on one pool of Web Workers, from
 * one queue, each worker holding one or two replications at a time (see jobsToHold): the
 * workers stay busy to the last replication of the last case. A worker is sent a case's
 * scenario (the worker protocol's `init`) before its first replication of that case; it takes
 * messages in order, so a queued replication of the next case runs on that case's scenario. Each run is aggregated in replication order, so a case's
 * result is the same as startRun's and the CLI's for any pool size.
 */
export function startCases(scenarios: readonly Scenario[], options: CasesOptions = {}): CasesHandle {
  const jobs: Job[] = scenarios.flatMap((s, scenario) => Array.from({ length: s.replications }, (_, replication) => ({ scenario, replication })));
  const total = jobs.length;
  const size = total === 0 ? 0 : Math.max(1, Math.min(options.workers ?? defaultPoolSize(), total));
  const create = options.createWorker ?? defaultFactory;
  const results: ReplicationResult[][] = scenarios.map(() => []);
  const remaining = scenarios.map((s) => s.replications);
  const settle: { resolve(r: RunResult): void; reject(e: Error): void }[] = [];
  const runs = scenarios.map(
    (_, i) =>
      new Promise<RunResult>((resolve, reject) => {
        settle[i] = { resolve, reject };
      }),
  );
  // A failure rejects every run; callers may await only some of them, so none goes unhandled.
  for (const p of runs) p.catch(() => undefined);
  const workers: Worker[] = [];
  const settled = scenarios.map(() => false);
  let stopped = false;
  let next = 0;
  let done = 0;

  const stop = (err: Error) => {
    if (stopped) return;
    stopped = true;
    for (const w of workers) w.terminate();
    settle.forEach((s, i) => {
      if (!settled[i]) s.reject(err);
    });
  };

  const finishCase = (i: number) => {
    let run: RunResult;
    try {
      run = aggregateRun(scenarios[i]!, results[i]!);
    } catch (err) {
      // Not yet settled, so stop rejects this case too.
      stop(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    settled[i] = true;
    settle[i]!.resolve(run);
    results[i] = [];
  };

  for (let i = 0; i < scenarios.length; i++) if (remaining[i] === 0) finishCase(i);

  for (let k = 0; k < size && !stopped; k++) {
    const w = create();
    workers.push(w);
    let current = -1;
    /** Jobs sent to this worker and not yet answered, oldest first: it answers in that order. */
    const inFlight: Job[] = [];
    const fill = () => {
      while (next < total && inFlight.length < jobsToHold(total - next, size)) {
        const job = jobs[next++]!;
        if (job.scenario !== current) {
          current = job.scenario;
          w.postMessage({ type: 'init', scenario: scenarios[current]! } satisfies ToRunWorker);
        }
        w.postMessage({ type: 'run', replication: job.replication } satisfies ToRunWorker);
        inFlight.push(job);
      }
    };
    w.onmessage = (event: MessageEvent<FromRunWorker>) => {
      const job = inFlight.shift();
      if (stopped || !job) return;
      const msg = event.data;
      const i = job.scenario;
      if (msg.type === 'error') {
        stop(new Error(`case ${i}, replication ${msg.replication} failed: ${msg.message}`));
        return;
      }
      if (msg.result.replication !== job.replication) {
        stop(new Error(`case ${i}: a worker answered replication ${msg.result.replication} where ${job.replication} was due`));
        return;
      }
      results[i]![msg.result.replication] = msg.result;
      done++;
      options.onProgress?.(done, total);
      if (--remaining[i]! === 0) finishCase(i);
      if (done === total) {
        for (const x of workers) x.terminate();
        return;
      }
      fill();
    };
    w.onerror = (event) => {
      // Handled here (the study stops with a message), so the browser need not log it too.
      event.preventDefault();
      stop(new Error(`a simulation worker crashed: ${event.message || 'unknown error'}`));
    };
    fill();
  }
  return { runs, total, cancel: () => stop(new RunCancelled()) };
}
