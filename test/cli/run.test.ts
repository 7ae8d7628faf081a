import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allMetricKeys, METRIC_KEYS } from '../../sim/metrics/keys';
import { simulateReplication } from '../../sim/model/simulate';
import { aggregateRun } from '../../sim/run/aggregate';
import type { RunResult } from '../../sim/run/types';
import type { Scenario } from '../../sim/scenario/types';
import { ENGINE_VERSION } from '../../sim/version';
import { mmcPath, runCli, STACK_LINE, tempDir, writeSmallScenario } from './helpers';

describe('kapasim run', () => {
  let json: RunResult;
  let scenario: Scenario;

  beforeAll(async () => {
    const out = await runCli(['run', mmcPath, '--replications', '4', '--format', 'json', '--workers', '2']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    json = JSON.parse(out.stdout) as RunResult;
    scenario = JSON.parse(readFileSync(mmcPath, 'utf8')) as Scenario;
  });

  it('writes a kapasim/result@1 file with every metric key and one value per replication', () => {
    expect(json.schema).toBe('kapasim/result@1');
    expect(json.engineVersion).toBe(ENGINE_VERSION);
    expect(json.replications).toBe(4);
    expect(json.seed).toBe(scenario.seed);
    expect(json.scenario.name).toBe(scenario.name);
    expect(json.digest).toMatch(/^[0-9a-f]{64}$/);
    const keys = allMetricKeys(scenario);
    for (const key of keys) {
      expect(json.metrics[key], key).toBeDefined();
      expect(json.metrics[key].values, key).toHaveLength(4);
    }
    // The M/M/20 case at load 0.9: beds are busy about 90 % of the time.
    expect(json.metrics.bedOccupancy.mean).toBeGreaterThan(0.85);
    expect(json.metrics.bedOccupancy.mean).toBeLessThan(0.95);
  });

  it('gives the same digest and numbers with 1 and 2 workers, and as simulating in-process', async () => {
    const one = await runCli(['run', mmcPath, '--replications', '4', '--format', 'json', '--workers', '1']);
    expect(one.code).toBe(0);
    const single = JSON.parse(one.stdout) as RunResult;
    expect(single.digest).toBe(json.digest);
    expect(single.metrics).toEqual(json.metrics);

    const s: Scenario = { ...scenario, replications: 4 };
    const reps = [3, 1, 0, 2].map((i) => simulateReplication(s, i));
    const inProcess = aggregateRun(s, reps, ENGINE_VERSION);
    expect(inProcess.digest).toBe(json.digest);
    expect(JSON.parse(JSON.stringify(inProcess.metrics))).toEqual(json.metrics);
  });

  it('--seed changes the numbers and the digest', async () => {
    const dir = tempDir();
    const path = writeSmallScenario(dir);
    const a = await runCli(['run', path, '-n', '2', '--format', 'json']);
    const b = await runCli(['run', path, '-n', '2', '--format', 'json', '--seed', '99']);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const ra = JSON.parse(a.stdout) as RunResult;
    const rb = JSON.parse(b.stdout) as RunResult;
    expect(rb.seed).toBe(99);
    expect(rb.scenario.seed).toBe(99);
    expect(rb.digest).not.toBe(ra.digest);
  });

  it('--format csv: a header with one column per replication and one row per metric key', async () => {
    const dir = tempDir();
    const path = writeSmallScenario(dir);
    const out = await runCli(['run', path, '--format', 'csv', '--replications', '3']);
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('metric,mean,sd,ci95_lo,ci95_hi,n,rep_0,rep_1,rep_2');
    const keys = allMetricKeys(JSON.parse(readFileSync(path, 'utf8')) as Scenario);
    const rows = lines.slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(keys.length);
    const first = rows.map((r) => r.split(',')[0]);
    for (const k of keys) expect(first).toContain(k);
    for (const r of rows) expect(r.split(','), r).toHaveLength(9);
    const occ = rows.find((r) => r.startsWith('bedOccupancy,'))!.split(',');
    expect(Number(occ[1])).toBeGreaterThan(0.5);
    expect(occ[5]).toBe('3');
  });

  it('--format table (the default): labels, units, services and a footer with the digest', async () => {
    const dir = tempDir();
    const path = writeSmallScenario(dir);
    const table = await runCli(['run', path, '--workers', '2']);
    const json2 = await runCli(['run', path, '--workers', '2', '--format', 'json']);
    expect(table.code).toBe(0);
    const digest = (JSON.parse(json2.stdout) as RunResult).digest;
    const text = table.stdout;
    expect(text).toContain('Wait, referral to first treatment: mean');
    expect(text).toContain('Bed occupancy');
    expect(text).toContain('NOK per year');
    expect(text).toMatch(/Ward \(M\/M\/20\)\s+inpatient\s+20 beds/);
    expect(text).toContain(`Digest:       ${digest}`);
    expect(text).toContain('seed 1, 3 replications, 2 workers');
    // Every run-level metric has a row.
    const keyTable = text.slice(0, text.indexOf('\nServices'));
    const rows = keyTable.split('\n').filter((l) => /\s(days|%|per year|NOK per year|patients)$/.test(l));
    expect(rows.length).toBe(METRIC_KEYS.length);
    // Shares as percentages: occupancy near 90, not 0.9.
    const occ = text.split('\n').find((l) => l.startsWith('Bed occupancy'))!;
    expect(Number(/\s(\d+\.\d)\s/.exec(occ)![1])).toBeGreaterThan(50);
  });

  it('--out writes the file atomically and prints nothing on stdout', async () => {
    const dir = tempDir();
    const path = writeSmallScenario(dir);
    const target = join(dir, 'result.kapasim-run.json');
    const out = await runCli(['run', path, '--format', 'json', '--out', target]);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('');
    expect(existsSync(target)).toBe(true);
    const saved = JSON.parse(readFileSync(target, 'utf8')) as RunResult;
    expect(saved.schema).toBe('kapasim/result@1');
    expect(out.stderr).toContain(saved.digest);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('a crashed worker fails the run with exit 1 and a clear message, without hanging', async () => {
    const dir = tempDir();
    const path = writeSmallScenario(dir);
    const thrown = await runCli(['run', path, '-n', '4', '--workers', '2'], { env: { KAPASIM_TEST_FAIL_REPLICATION: '1' }, timeoutMs: 20_000 });
    expect(thrown.code).toBe(1);
    expect(thrown.stdout).toBe('');
    expect(thrown.stderr).toMatch(/worker \d of 2 crashed: test failure injected in replication 1/);
    expect(thrown.stderr).toContain('please report');
    expect(thrown.stderr).not.toMatch(STACK_LINE);

    const exited = await runCli(['run', path, '-n', '4', '--workers', '2'], {
      env: { KAPASIM_TEST_FAIL_REPLICATION: '2', KAPASIM_TEST_FAIL_MODE: 'exit' },
      timeoutMs: 20_000,
    });
    expect(exited.code).toBe(1);
    expect(exited.stderr).toMatch(/stopped unexpectedly \(exit code 7\)/);
  });
});
