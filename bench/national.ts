/**
 * The national scenario (scenarios/norway.kapasim.json: all of Norway, ~31,000 referrals a year)
 * at the size, 10 years × 100 replications, each configuration in a child process
 * (bench/national-run.ts) so that its peak memory is its own:
 *
 * - on 1 worker and on 2 workers: wall time, patients/s and events/s, the 2-worker/1-worker
 *   wall-time ratio, and that both give the same digest;
 * - memory flat in replications and horizon: peak memory of 10 and 100 replications, and of
 *   5 and 10 years, side by side.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { NationalRun } from './national-run';

const CHILD = new URL('./national-run.js', import.meta.url);
const SCENARIO = new URL('../../scenarios/norway.kapasim.json', import.meta.url);

export interface NationalConfig {
  workers: number;
  replications: number;
  years: number;
}

/** The runs, in the order they are made: the timed pair first, then the memory comparisons. */
export const NATIONAL_CONFIGS: NationalConfig[] = [
  { workers: 2, replications: 100, years: 10 },
  { workers: 1, replications: 100, years: 10 },
  { workers: 2, replications: 10, years: 10 },
  { workers: 2, replications: 100, years: 5 },
];

export type NationalBench = { ok: true; runs: NationalRun[] } | { ok: false; reason: string };

export async function benchNational(onRun?: (run: NationalRun) => void): Promise<NationalBench> {
  if (!existsSync(fileURLToPath(SCENARIO))) return { ok: false, reason: 'scenarios/norway.kapasim.json does not exist' };
  if (!existsSync(fileURLToPath(CHILD))) return { ok: false, reason: 'dist/bench/national-run.js is missing (build the CLI first)' };
  const runs: NationalRun[] = [];
  for (const c of NATIONAL_CONFIGS) {
    const { stdout } = await promisify(execFile)(process.execPath, [fileURLToPath(CHILD), String(c.workers), String(c.replications), String(c.years)], {
      maxBuffer: 1 << 20,
    });
    const run = JSON.parse(stdout.trim().split('\n').pop()!) as NationalRun;
    runs.push(run);
    onRun?.(run);
  }
  return { ok: true, runs };
}

/** Printable lines: one per run, then the ratios and targets. */
export function formatNational(runs: NationalRun[], cores: number): string[] {
  const int = (x: number) => Math.round(x).toLocaleString('en-US');
  const lines = runs.map((r) => {
    const s = r.wallMs / 1000;
    return (
      `  ${String(r.replications).padStart(3)} repl. × ${String(r.horizonDays / 365).padStart(2)} years, ${r.workers} worker${r.workers > 1 ? 's' : ' '}: ` +
      `${s.toFixed(1).padStart(5)} s wall, ${int(r.patients / s).padStart(9)} patients/s, ${int(r.events / s).padStart(10)} events/s, ` +
      `peak memory ${r.peakRssMb.toFixed(0).padStart(4)} MB (main-thread heap ${r.peakMainHeapMb.toFixed(0)} MB), mean wait ${r.meanWaitDays?.toFixed(2)} days`
    );
  });
  // The first run is the full size on 2 workers; the others are compared with it.
  const two = runs[0];
  const same = (r: NationalRun) => r.replications === two?.replications && r.horizonDays === two.horizonDays;
  const one = runs.find((r) => r.workers === 1 && same(r));
  const fewer = runs.find((r) => r.workers === two?.workers && r.horizonDays === two.horizonDays && r.replications < two.replications);
  const shorter = runs.find((r) => r.workers === two?.workers && r.replications === two.replications && r.horizonDays < two.horizonDays);
  if (two && one) {
    lines.push(
      `  ${two.horizonDays / 365} years × ${two.replications} replications on ${two.workers} workers: ${(two.wallMs / 1000).toFixed(1)} s (target < 20 s on ${cores} cores); ` +
        `peak memory ${two.peakRssMb.toFixed(0)} MB (target < 500 MB)`,
    );
    lines.push(
      `  wall time ${two.workers} workers ÷ 1 worker = ${(two.wallMs / one.wallMs).toFixed(2)} (target ≤ 0.6); speed-up ${(one.wallMs / two.wallMs).toFixed(2)}×; ` +
        `digests ${two.digest === one.digest ? 'identical' : 'DIFFERENT'} (${two.digest.slice(0, 16)}…)`,
    );
    lines.push(`  per replication: ${int(two.patients / two.replications)} patients, ${int(two.events / two.replications)} events`);
  }
  if (two && fewer && shorter) {
    lines.push(
      `  memory against replications: ${fewer.peakRssMb.toFixed(0)} MB for ${fewer.replications}, ${two.peakRssMb.toFixed(0)} MB for ${two.replications} (×${(two.peakRssMb / fewer.peakRssMb).toFixed(2)}); ` +
        `against horizon: ${shorter.peakRssMb.toFixed(0)} MB for ${shorter.horizonDays / 365} years, ${two.peakRssMb.toFixed(0)} MB for ${two.horizonDays / 365} (×${(two.peakRssMb / shorter.peakRssMb).toFixed(2)})`,
    );
  }
  return lines;
}
