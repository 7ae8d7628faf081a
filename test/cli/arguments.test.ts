import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../sim/version';
import { mmcPath, runCli, STACK_LINE } from './helpers';

describe('kapasim arguments', () => {
  const bad: [string, string[], RegExp][] = [
    ['an unknown command', ['rnu', mmcPath], /unknown command "rnu"\. Did you mean "run"\?/],
    ['--replications 0', ['run', mmcPath, '--replications', '0'], /--replications must be a whole number from 1 to 10000 \(got "0"\)/],
    ['--replications 2.5', ['run', mmcPath, '--replications', '2.5'], /--replications must be a whole number/],
    ['--workers 0', ['run', mmcPath, '--workers', '0'], /--workers must be a whole number ≥ 1/],
    ['--seed=-1', ['run', mmcPath, '--seed=-1'], /--seed must be a whole number ≥ 0/],
    ['--format xml', ['run', mmcPath, '--format', 'xml'], /--format must be one of table, json, csv/],
    ['an unknown option', ['run', mmcPath, '--replicatons', '3'], /unknown option --replicatons; did you mean --replications\?/],
    ['a missing file', ['run', 'no-such.kapasim.json'], /cannot read no-such\.kapasim\.json: no such file or directory/],
    ['no file', ['run'], /run needs a scenario file/],
    ['--out in a missing folder', ['run', mmcPath, '--out', 'no/such/folder/r.json'], /cannot write no\/such\/folder\/r\.json: the folder .* does not exist/],
    ['a file that is not a scenario', ['run', 'package.json'], /package\.json: schema: /],
    ['no command', [], /Usage: kapasim <command>/],
  ];
  for (const [what, args, message] of bad) {
    it(`${what}: exit 2, a clear message, no stack trace`, async () => {
      const out = await runCli(args);
      expect(out.code).toBe(2);
      expect(out.stderr).toMatch(message);
      expect(out.stdout).toBe('');
      expect(out.stderr).not.toMatch(STACK_LINE);
    });
  }

  it('--version prints the package and engine versions', async () => {
    const out = await runCli(['--version']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`^kapasim \\d+\\.\\d+\\.\\d+ \\(engine ${ENGINE_VERSION.replace(/\./g, '\\.')}\\)\n$`));
  });

  it('--help for each command documents its exit codes', async () => {
    for (const cmd of ['run', 'validate', 'replay']) {
      const out = await runCli([cmd, '--help']);
      expect(out.code).toBe(0);
      expect(out.stdout).toContain(`Usage: kapasim ${cmd}`);
      expect(out.stdout).toContain('Exit codes:');
    }
    const replay = await runCli(['help', 'replay']);
    expect(replay.stdout).toMatch(/3 the replay differs/);
  });
});
