/**
 * Wall time of the shipped default scenario with 30 replications: in this process on one
 * thread, and through the CLI's worker pool (cli/pool.ts) with one worker per core. Both are
 * single cold runs, as a planner meets them; the pool's figure includes starting the workers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runReplications } from '../cli/pool';
import { simulateReplication } from '../sim/model/simulate';
import type { Scenario } from '../sim/scenario/types';

export const DEFAULT_REPLICATIONS = 30;
const SCENARIO = new URL('../../scenarios/default.kapasim.json', import.meta.url);
const WORKER = new URL('../cli/worker.js', import.meta.url);

export type DefaultBench =
  | { ok: true; name: string; horizonDays: number; singleMs: number; poolMs: number; workers: number; events: number; patients: number; meanWaitSingle: number; meanWaitPool: number }
  | { ok: false; reason: string };

export async function benchDefault(): Promise<DefaultBench> {
  const path = fileURLToPath(SCENARIO);
  if (!existsSync(path)) return { ok: false, reason: `${path} does not exist yet` };
  if (!existsSync(fileURLToPath(WORKER))) return { ok: false, reason: 'dist/cli/worker.js is missing (build the CLI first); skipped' };
  const scenario = JSON.parse(readFileSync(path, 'utf8')) as Scenario;
  const n = DEFAULT_REPLICATIONS;
  const mean = (xs: (number | null)[]) => xs.reduce<number>((a, x) => a + (x ?? 0), 0) / xs.length;

  let t0 = performance.now();
  let events = 0;
  let patients = 0;
  const single: (number | null)[] = [];
  for (let r = 0; r < n; r++) {
    const res = simulateReplication(scenario, r);
    events += res.events;
    patients += res.patients;
    single.push(res.metrics.meanWaitDays);
  }
  const singleMs = performance.now() - t0;

  const workers = availableParallelism();
  t0 = performance.now();
  const results = await runReplications(scenario, n, { workers, workerUrl: WORKER });
  const poolMs = performance.now() - t0;

  return {
    ok: true,
    name: scenario.name,
    horizonDays: scenario.horizonDays,
    singleMs,
    poolMs,
    workers: Math.min(workers, n),
    events,
    patients,
    meanWaitSingle: mean(single),
    meanWaitPool: mean(results.map((r) => r.metrics.meanWaitDays)),
  };
}
