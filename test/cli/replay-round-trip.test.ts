import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../sim/run/types';
import { runCli, tempDir, writeSmallScenario } from './helpers';

describe('kapasim replay: workers, round trips and tampered series', () => {
  let dir: string;
  let saved: string;
  let original: RunResult;

  beforeAll(async () => {
    dir = tempDir();
    const scenario = writeSmallScenario(dir, 'small.kapasim.json', (s) => (s.replications = 4));
    saved = join(dir, 'saved.kapasim-run.json');
    const out = await runCli(['run', scenario, '--format', 'json', '--out', saved, '--workers', '1']);
    expect(out.code).toBe(0);
    original = JSON.parse(readFileSync(saved, 'utf8')) as RunResult;
  });

  it.each([1, 2])('a run saved with 1 worker replays identically with %i worker(s)', async (workers) => {
    const out = await runCli(['replay', saved, '--workers', String(workers)]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(`identical (digest ${original.digest})\n`);
    expect(out.code).toBe(0);
  });

  it('a file opened and saved again (compact JSON, keys in another order) replays identically', async () => {
    const reordered = Object.fromEntries(Object.entries(structuredClone(original)).reverse());
    const path = join(dir, 'resaved.kapasim-run.json');
    writeFileSync(path, JSON.stringify(reordered));
    const out = await runCli(['replay', path, '--workers', '2']);
    expect(out.stdout).toBe(`identical (digest ${original.digest})\n`);
    expect(out.code).toBe(0);
  });

  it('a tampered weekly series is named with its week, old and new value (exit 3)', async () => {
    const copy = structuredClone(original);
    const old = copy.series.values.bedsInUse!.mean[20]!;
    copy.series.values.bedsInUse!.mean[20] = old + 1;
    const path = join(dir, 'series.kapasim-run.json');
    writeFileSync(path, JSON.stringify(copy, null, 2));
    const out = await runCli(['replay', path]);
    expect(out.code).toBe(3);
    expect(out.stdout).toContain(`series.bedsInUse[20].mean: ${old + 1} → ${old}`);
    expect(out.stdout).not.toContain('only the digest differs');
  });
});
