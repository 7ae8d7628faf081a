/**
 * The bench's national run (bench/national-run.ts, bundled by `npm run build:cli`) works on a
 * small size: it prints one JSON line whose figures are real (events, patients, memory) and
 * whose digest does not depend on the number of workers. The bench itself only prints.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatNational } from '../../bench/national';
import type { NationalRun } from '../../bench/national-run';

const CHILD = fileURLToPath(new URL('../../dist/bench/national-run.js', import.meta.url));

function run(workers: number, replications: number, years: number): NationalRun {
  const out = execFileSync(process.execPath, [CHILD, String(workers), String(replications), String(years)], { encoding: 'utf8' });
  return JSON.parse(out.trim()) as NationalRun;
}

describe.skipIf(!existsSync(CHILD))('bench: national run in a child process', () => {
  it('reports real work and the same digest on 1 and 2 workers', () => {
    const one = run(1, 2, 1);
    const two = run(2, 2, 1);
    expect(one.horizonDays).toBe(365);
    expect(one.events).toBeGreaterThan(10_000);
    expect(one.patients).toBeGreaterThan(10_000);
    expect(one.peakRssMb).toBeGreaterThan(10);
    expect(one.meanWaitDays).toBeGreaterThan(0);
    expect(two.digest).toBe(one.digest);
    expect(two.events).toBe(one.events);
    const lines = formatNational([two, one], 2).join('\n');
    expect(lines).toContain('2 workers ÷ 1 worker');
  }, 60_000);

  it('refuses bad arguments', () => {
    expect(() => execFileSync(process.execPath, [CHILD, '0', '1', '1'], { stdio: 'pipe' })).toThrow(/usage/);
  });
});
