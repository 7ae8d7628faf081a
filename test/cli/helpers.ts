/** Runs the built `kapasim` command as a child process, as a user would. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const bin = join(root, 'bin/kapasim.js');
export const mmcPath = join(root, 'scenarios/mmc.kapasim.json');

export interface CliOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/kapasim.js …args`; fails the test after `timeoutMs` instead of hanging. */
export function runCli(args: string[], options: { env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {}): Promise<CliOutcome> {
  if (!existsSync(join(root, 'dist/cli/main.js')) || !existsSync(join(root, 'dist/cli/worker.js'))) {
    throw new Error('the CLI is not built: run "node scripts/build-cli.mjs" (npm test does) before these tests');
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? root,
      env: { ...process.env, KAPASIM_DEBUG: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`kapasim ${args.join(' ')} did not finish within ${options.timeoutMs ?? 30_000} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** A fresh temporary directory for one test file. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kapasim-cli-'));
}

/** The M/M/c scenario, shortened so that CLI tests stay fast, written to `dir`. */
export function writeSmallScenario(dir: string, name = 'small.kapasim.json', change: (s: Record<string, unknown>) => void = () => {}): string {
  const s = JSON.parse(readFileSync(mmcPath, 'utf8')) as Record<string, unknown>;
  s.horizonDays = 400;
  s.warmupDays = 50;
  s.replications = 3;
  change(s);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(s, null, 2));
  return path;
}

/** A stack trace line, as Node prints them: "    at fn (file:line:col)". */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
