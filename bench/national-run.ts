/**
 * One timed run of the national scenario in a process of its own, so that its peak memory is
 * its own: `node dist/bench/national-run.js <workers> <replications> <years>`. It runs the
 * replications on the CLI's worker pool (cli/pool.ts), aggregates them as `kapasim run` does
 * (summaries, weekly series bands, digest) and prints one line of JSON (NationalRun) on stdout.
 *
 * Peak memory is the process's maximum resident set size (getrusage), which counts the main
 * thread, every worker thread and the aggregation; the V8 heap of the main thread is sampled
 * too, to show that results held for aggregation stay small.
 */
import { readFileSync } from 'node:fs';
import { runReplications } from '../cli/pool';
import { aggregateRun } from '../sim/run/aggregate';
import type { Scenario } from '../sim/scenario/types';
import { ENGINE_VERSION } from '../sim/version';

export interface NationalRun {
  workers: number;
  replications: number;
  horizonDays: number;
  wallMs: number;
  /** Peak resident set size of the whole process (MB). */
  peakRssMb: number;
  /** Peak V8 heap used on the main thread, sampled every 50 ms (MB). */
  peakMainHeapMb: number;
  events: number;
  patients: number;
  meanWaitDays: number | null;
  digest: string;
}

const SCENARIO = new URL('../../scenarios/norway.kapasim.json', import.meta.url);
const WORKER = new URL('../cli/worker.js', import.meta.url);

async function main(): Promise<void> {
  const [workers, replications, years] = process.argv.slice(2).map(Number);
  if (!(workers >= 1 && replications >= 1 && years >= 1)) throw new Error('usage: national-run.js <workers> <replications> <years>');
  const scenario = JSON.parse(readFileSync(SCENARIO, 'utf8')) as Scenario;
  // A shorter horizon keeps the 4 years of warm-up and observes what is left.
  scenario.horizonDays = 365 * years;
  scenario.warmupDays = Math.min(scenario.warmupDays, Math.floor(scenario.horizonDays / 2));
  scenario.replications = replications;

  let peakHeap = 0;
  const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
  const timer = setInterval(sample, 50);
  const t0 = performance.now();
  const reps = await runReplications(scenario, replications, { workers, workerUrl: WORKER });
  const result = aggregateRun(scenario, reps, ENGINE_VERSION);
  const wallMs = performance.now() - t0;
  clearInterval(timer);
  sample();

  const out: NationalRun = {
    workers,
    replications,
    horizonDays: scenario.horizonDays,
    wallMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakMainHeapMb: peakHeap / (1024 * 1024),
    events: reps.reduce((a, r) => a + r.events, 0),
    patients: reps.reduce((a, r) => a + r.patients, 0),
    meanWaitDays: result.metrics.meanWaitDays?.mean ?? null,
    digest: result.digest,
  };
  console.log(JSON.stringify(out));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
