/**
 * The CLI under stress (issue 8): a run too large for memory is refused before any worker
 * starts, with the estimate and the limit; Ctrl-C (and SIGTERM) stop every worker within a
 * second, leaving no thread or process behind; a file written by a newer Kapasim says so.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleScenario } from '../support/scenarios';
import { bin, root, runCli, STACK_LINE, tempDir, writeSmallScenario } from './helpers';

/** Threads of a process (Linux), or undefined once it is gone. */
function threads(pid: number): number | undefined {
  try {
    return Number(/Threads:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  } catch {
    return undefined;
  }
}

/** Child processes of a process (Linux). */
function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

describe('kapasim run: size limits', () => {
  it('refuses a run too large for memory before it starts, with the estimate and the limit (exit 2)', async () => {
    const dir = tempDir();
    const path = writeSmallScenario(dir, 'huge.kapasim.json', (s) => {
      s.horizonDays = 36_500;
      s.referrals = { perYear: 1_000_000, seasonality: null, growth: 0 };
    });
    const started = Date.now();
    const out = await runCli(['run', path, '--workers', '2'], { timeoutMs: 20_000 });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^kapasim: this run would need about [\d.]+ [GT]iB of memory, more than the 2\.00 GiB it may use \(1\.00e8 patients per replication, 1 service, 5215 weeks, 3 replications\); shorten the horizon, or use fewer replications, services or workers; nothing was run\n$/);
    expect(out.stderr).not.toMatch(STACK_LINE);
    expect(Date.now() - started).toBeLessThan(10_000); // refused, not attempted
  });

  it('refuses a run of a next loop that is rarely left with stays that take no time (too many events)', async () => {
    const dir = tempDir();
    const s = exampleScenario();
    s.horizonDays = 365;
    s.warmupDays = 0;
    s.referrals.perYear = 5000;
    s.services[1]!.next = { long: 1 };
    s.services[2]!.next = { short: 1 - 1e-6 };
    for (const svc of s.services.slice(1, 3)) {
      svc.dropoutShare = 0;
      svc.stayDays = { dist: 'fixed', value: 0 };
    }
    const path = join(dir, 'loop.kapasim.json');
    writeFileSync(path, JSON.stringify(s));
    const out = await runCli(['run', path], { timeoutMs: 20_000 });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('simulation events, more than the limit of 2.00e9');
    expect(out.stderr).toContain('a next loop that is rarely left, with short stays');
  });
});

describe.skipIf(process.platform !== 'linux')('kapasim run: cancelling', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} stops every worker within a second; no thread or process is left`, async () => {
      if (!existsSync(join(root, 'dist/cli/worker.js'))) throw new Error('the CLI is not built: run "node scripts/build-cli.mjs"');
      const dir = tempDir();
      // About a minute of work on two workers: long enough never to finish by itself here.
      const s = exampleScenario();
      s.horizonDays = 36_500;
      s.replications = 60;
      const path = join(dir, 'long.kapasim.json');
      writeFileSync(path, JSON.stringify(s));
      const child = spawn(process.execPath, [bin, 'run', path, '--workers', '2', '--out', join(dir, 'out.json')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: Date.now() })));
      const pid = child.pid!;

      // Wait until both workers are busy: a Node process idles with 7 threads; each worker adds some.
      const idle = 7;
      let busy = 0;
      for (let i = 0; i < 200 && busy < idle + 2; i++) {
        await new Promise((r) => setTimeout(r, 50));
        busy = threads(pid) ?? 0;
      }
      expect(busy).toBeGreaterThanOrEqual(idle + 2);
      await new Promise((r) => setTimeout(r, 300)); // well into a replication

      const sent = Date.now();
      child.kill(signal);
      const { code, at } = await exited;
      expect(at - sent).toBeLessThan(1000);
      expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(stderr).toContain(`interrupted by ${signal === 'SIGINT' ? 'Ctrl-C' : 'SIGTERM'}; the workers were stopped and nothing was written`);
      expect(stderr).not.toMatch(STACK_LINE);
      expect(existsSync(join(dir, 'out.json'))).toBe(false);
      // The process and its worker threads are gone, and it started no other process.
      await new Promise((r) => setTimeout(r, 100));
      expect(threads(pid)).toBeUndefined();
      expect(children(pid)).toEqual([]);
    });
  }
});

describe('files written by a newer Kapasim', () => {
  it('validate, run and replay say so (exit 2) instead of dropping the fields they do not know', async () => {
    const dir = tempDir();
    const newer = (name: string, doc: Record<string, unknown>) => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify({ ...doc, fieldFromTheFuture: { x: 1 } }));
      return path;
    };
    const scenario = newer('future.kapasim.json', { ...exampleScenario(), schema: 'kapasim/scenario@2' });
    const study = newer('future.kapasim-study.json', { schema: 'kapasim/study@2', name: 'x', baseline: { file: 'future.kapasim.json' }, variants: [] });
    const result = newer('future.kapasim-run.json', { schema: 'kapasim/result@3', scenario: exampleScenario() });

    const v = await runCli(['validate', scenario, study, result]);
    expect(v.code).toBe(2);
    const lines = v.stdout.trim().split('\n');
    expect(lines).toEqual([
      `${scenario}: schema: this file was written by a newer version of Kapasim (schema kapasim/scenario@2); this version reads kapasim/scenario@1 (got "kapasim/scenario@2")`,
      `${study}: schema: this file was written by a newer version of Kapasim (schema kapasim/study@2); this version reads kapasim/study@1 (got "kapasim/study@2")`,
      // The study's baseline file is read too, and is itself newer.
      `${study}: baseline.file "future.kapasim.json": ${scenario}: schema: this file was written by a newer version of Kapasim (schema kapasim/scenario@2); this version reads kapasim/scenario@1 (got "kapasim/scenario@2")`,
      `${result}: schema: this file was written by a newer version of Kapasim (schema kapasim/result@3); this version reads kapasim/result@1 (got "kapasim/result@3")`,
      '3 files: 0 valid, 3 invalid',
    ]);

    const run = await runCli(['run', scenario]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('this file was written by a newer version of Kapasim (schema kapasim/scenario@2)');

    const replay = await runCli(['replay', result]);
    expect(replay.code).toBe(2);
    expect(replay.stderr).toContain('this file was written by a newer version of Kapasim (schema kapasim/result@3)');
  });

  it('a small valid run still runs after the size check', async () => {
    const dir = tempDir();
    const out = await runCli(['run', writeSmallScenario(dir), '--format', 'csv'], { timeoutMs: 30_000 });
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
  });
});
