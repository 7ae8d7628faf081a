import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm run fuzz` (scripts/fuzz.mjs): bad options are refused with what was wrong and the usage.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const fuzz = (...args: string[]) => spawnSync(process.execPath, ['scripts/fuzz.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run fuzz: options', () => {
  it('refuses bad options with the option, the value and the usage (exit 2), and prints the usage on --help', () => {
    for (const [args, said] of [
      [['--cases', '0'], '--cases must be a whole number ≥ 1, not "0"'],
      [['--seed', 'x'], '--seed must be a whole number, not "x"'],
      [['--bogus'], "Unknown option '--bogus'"],
    ] as const) {
      const r = fuzz(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(said);
      expect(r.stderr).toContain('usage: npm run fuzz --');
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    const help = fuzz('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: npm run fuzz --');
  }, 60_000);
});
