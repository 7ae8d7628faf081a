import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../sim/run/types';
import { runCli, tempDir, writeSmallScenario } from './helpers';

describe('kapasim replay', () => {
  let dir: string;
  let saved: string;
  let original: RunResult;

  /** A copy of the saved run, changed, written beside it. */
  function tampered(name: string, change: (r: RunResult) => void): string {
    const copy = structuredClone(original);
    change(copy);
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(copy, null, 2));
    return path;
  }

  beforeAll(async () => {
    dir = tempDir();
    const scenario = writeSmallScenario(dir);
    saved = join(dir, 'saved.kapasim-run.json');
    const out = await runCli(['run', scenario, '--format', 'json', '--out', saved, '--workers', '2']);
    expect(out.code).toBe(0);
    original = JSON.parse(readFileSync(saved, 'utf8')) as RunResult;
  });

  it('a saved run replays identically (exit 0), with any number of workers', async () => {
    const out = await runCli(['replay', saved, '--workers', '1']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(`identical (digest ${original.digest})\n`);
  });

  it('a changed value with the digest kept: exit 3, naming the metric and the replication', async () => {
    const path = tampered('value.kapasim-run.json', (r) => {
      r.metrics.meanWaitDays.values[1] = (r.metrics.meanWaitDays.values[1] ?? 0) + 0.5;
    });
    const out = await runCli(['replay', path]);
    expect(out.code).toBe(3);
    const old = original.metrics.meanWaitDays.values[1]!;
    expect(out.stdout).toContain(`replication 1, meanWaitDays: ${old + 0.5} → ${old}`);
    expect(out.stdout).toMatch(/1 value differs .*in metric meanWaitDays; replication 1:/);
    expect(out.stdout).not.toMatch(/replication [02], meanWaitDays/);
    expect(out.stdout).toContain('engine version: the same');
  });

  it('a changed digest: exit 3, saying that only the digest differs', async () => {
    const path = tampered('digest.kapasim-run.json', (r) => {
      r.digest = '0'.repeat(64);
    });
    const out = await runCli(['replay', path]);
    expect(out.code).toBe(3);
    expect(out.stdout).toContain(`digest: file ${'0'.repeat(64)}, replay ${original.digest}`);
    expect(out.stdout).toContain('only the digest differs');
  });

  it('a changed engine version is reported, with or without other differences', async () => {
    const onlyVersion = tampered('version.kapasim-run.json', (r) => {
      r.engineVersion = '0.0.1';
    });
    const same = await runCli(['replay', onlyVersion]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('identical');
    expect(same.stdout).toMatch(/written by engine 0\.0\.1, this is engine /);

    const both = tampered('version-and-value.kapasim-run.json', (r) => {
      r.engineVersion = '0.0.1';
      r.metrics.bedOccupancy.values[2] = 0.123;
    });
    const diff = await runCli(['replay', both]);
    expect(diff.code).toBe(3);
    expect(diff.stdout).toContain('replication 2, bedOccupancy: 0.123 → ');
    expect(diff.stdout).toMatch(/written by engine 0\.0\.1, this is engine .*can explain the differences/);
  });

  it('many differences: the first 20 lines and a count', async () => {
    const path = tampered('many.kapasim-run.json', (r) => {
      for (const s of Object.values(r.metrics)) s.values = s.values.map((v) => (v === null ? null : v + 1));
    });
    const out = await runCli(['replay', path]);
    expect(out.code).toBe(3);
    const detail = out.stdout.split('\n').filter((l) => l.startsWith('  replication '));
    expect(detail).toHaveLength(20);
    expect(out.stdout).toMatch(/… and \d+ more differences \(\d+ in all\)/);
  });

  it('a file that is not a result: exit 2', async () => {
    const scenario = writeSmallScenario(dir, 'not-a-run.kapasim.json');
    const out = await runCli(['replay', scenario]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/schema/);
  });
});
