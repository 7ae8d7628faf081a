/**
 * The same M/M/c in SimPy (bench/simpy_mmc.py), run with Debian's /usr/bin/python3 and
 * python3-simpy3. If `import simpy` fails, installs the package with apt-get (after apt-get
 * update); if that fails too, says why and the bench goes on without SimPy.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './mmc-engine';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('../../bench/simpy_mmc.py', import.meta.url));
/** SimPy takes seconds per run; three runs give a median without making the bench slow. */
export const SIMPY_RUNS = 3;

export type SimpyBench =
  | { ok: true; seconds: number; allSeconds: number[]; customers: number; meanWaitDays: number; simpyVersion: string; python: string }
  | { ok: false; reason: string };

function hasSimpy(): boolean {
  return spawnSync(PYTHON, ['-c', 'import simpy'], { stdio: 'ignore' }).status === 0;
}

function lastLines(text: string, n = 3): string {
  return text.trim().split('\n').slice(-n).join(' / ');
}

/** Makes `import simpy` work, or returns why it cannot. */
function ensureSimpy(log: (line: string) => void): string | null {
  if (spawnSync(PYTHON, ['--version'], { stdio: 'ignore' }).status !== 0) return `${PYTHON} is not available`;
  if (hasSimpy()) return null;
  log('SimPy is not installed: running apt-get update && apt-get install -y python3-simpy3 …');
  for (const args of [['update'], ['install', '-y', 'python3-simpy3']]) {
    const r = spawnSync('apt-get', args, { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 600_000 });
    if (r.error) return `apt-get ${args[0]} could not run: ${r.error.message}`;
    if (r.status !== 0) return `apt-get ${args.join(' ')} failed (exit ${r.status}): ${lastLines(r.stderr || r.stdout)}`;
  }
  return hasSimpy() ? null : 'python3-simpy3 installed, but `import simpy` still fails';
}

export function benchSimpy(servers: number, arrivalsPerDay: number, meanStayDays: number, horizonDays: number, log: (line: string) => void): SimpyBench {
  const problem = ensureSimpy(log);
  if (problem) return { ok: false, reason: problem };
  const r = spawnSync(PYTHON, [SCRIPT, String(servers), String(arrivalsPerDay), String(meanStayDays), String(horizonDays), String(SIMPY_RUNS)], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (r.error || r.status !== 0) return { ok: false, reason: `simpy_mmc.py failed: ${r.error?.message ?? lastLines(r.stderr)}` };
  const runs = r.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { customers: number; seconds: number; meanWaitDays: number; simpy: string; python: string });
  const seconds = runs.map((x) => x.seconds);
  const mid = median(seconds);
  const at = runs.reduce((best, x) => (Math.abs(x.seconds - mid) < Math.abs(best.seconds - mid) ? x : best));
  return {
    ok: true,
    seconds: mid,
    allSeconds: seconds,
    customers: at.customers,
    meanWaitDays: runs.reduce((a, x) => a + x.meanWaitDays, 0) / runs.length,
    simpyVersion: at.simpy,
    python: at.python,
  };
}
