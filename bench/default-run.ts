/**
 * Wall time of the shipped default scenario with 30 replications: in this process on one
 * thread, and through the CLI's worker pool (cli/pool.ts) with one and with two workers. Each
 * configuration runs DEFAULT_RUNS times and reports the median; the pool's figures include
 * starting its workers, as a planner meets them. The first in-process run also pays for the
 * JIT warm-up; the list of all runs shows it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runReplications } from '../cli/pool';
import { simulateReplication } from '../sim/model/simulate';
import type { Scenario } from '../sim/scenario/types';
import { median } from './mmc-engine';

export const DEFAULT_REPLICATIONS = 30;
/** Timed runs per configuration (the machine is shared, so one run says little). */
export const DEFAULT_RUNS = 3;
export const POOL_WORKERS = [1, 2] as const;
const SCENARIO = new URL('../../scenarios/default.kapasim.json', import.meta.url);
const WORKER = new URL('../cli/worker.js', import.meta.url);

export interface DefaultTiming {
  label: string;
  /** Median wall time (ms) of DEFAULT_RUNS runs of all replications. */
  ms: number;
  allMs: number[];
  /** Mean of the replications' mean waits (the same in every configuration). */
  meanWait: number;
}

/** The pool with more replications of the default, where the parallel speed-up is measured. */
export const POOL_REPLICATIONS = 100;

export type DefaultBench =
  | { ok: true; name: string; horizonDays: number; events: number; patients: number; timings: DefaultTiming[]; pool100: DefaultTiming[] }
  | { ok: false; reason: string };

const meanOf = (xs: (number | null)[]) => xs.reduce<number>((a, x) => a + (x ?? 0), 0) / xs.length;

export async function benchDefault(): Promise<DefaultBench> {
  const path = fileURLToPath(SCENARIO);
  if (!existsSync(path)) return { ok: false, reason: `${path} does not exist yet` };
  if (!existsSync(fileURLToPath(WORKER))) return { ok: false, reason: 'dist/cli/worker.js is missing (build the CLI first); skipped' };
  const scenario = JSON.parse(readFileSync(path, 'utf8')) as Scenario;
  const n = DEFAULT_REPLICATIONS;

  let events = 0;
  let patients = 0;
  const inProcess: DefaultTiming = { label: 'in process, one thread', ms: 0, allMs: [], meanWait: 0 };
  for (let run = 0; run < DEFAULT_RUNS; run++) {
    const t0 = performance.now();
    const waits: (number | null)[] = [];
    events = 0;
    patients = 0;
    for (let r = 0; r < n; r++) {
      const res = simulateReplication(scenario, r);
      events += res.events;
      patients += res.patients;
      waits.push(res.metrics.meanWaitDays);
    }
    inProcess.allMs.push(performance.now() - t0);
    inProcess.meanWait = meanOf(waits);
  }
  const timings = [inProcess];

  for (const workers of POOL_WORKERS) {
    const pool: DefaultTiming = { label: `worker pool, ${workers} worker${workers > 1 ? 's' : ''}`, ms: 0, allMs: [], meanWait: 0 };
    for (let run = 0; run < DEFAULT_RUNS; run++) {
      const t0 = performance.now();
      const results = await runReplications(scenario, n, { workers, workerUrl: WORKER });
      pool.allMs.push(performance.now() - t0);
      pool.meanWait = meanOf(results.map((r) => r.metrics.meanWaitDays));
    }
    timings.push(pool);
  }
  // The same with 100 replications, 1 and 2 workers alternating: short replications (~15 ms)
  // show what starting workers and handing out work cost against the speed-up.
  const pool100: DefaultTiming[] = POOL_WORKERS.map((w) => ({ label: `${POOL_REPLICATIONS} replications, ${w} worker${w > 1 ? 's' : ''}`, ms: 0, allMs: [], meanWait: 0 }));
  for (let run = 0; run < DEFAULT_RUNS; run++) {
    for (const [k, workers] of POOL_WORKERS.entries()) {
      const t0 = performance.now();
      const results = await runReplications(scenario, POOL_REPLICATIONS, { workers, workerUrl: WORKER });
      pool100[k].allMs.push(performance.now() - t0);
      pool100[k].meanWait = meanOf(results.map((r) => r.metrics.meanWaitDays));
    }
  }
  for (const t of [...timings, ...pool100]) t.ms = median(t.allMs);

  return { ok: true, name: scenario.name, horizonDays: scenario.horizonDays, events, patients, timings, pool100 };
}
