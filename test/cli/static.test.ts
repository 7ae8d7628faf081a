/** `kapasim run`: the static estimate in the table and as `staticEstimate` in the json output; `--static-target`. */
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../sim/run/types';
import type { StaticEstimate } from '../../sim/static/estimate';
import { targetOption } from '../../cli/commands/run';
import { mmcPath, runCli } from './helpers';

describe('kapasim run: the static estimate', () => {
  it('the table has the static section: capacity, estimate at the target, load, and the simulated wait', async () => {
    const out = await runCli(['run', mmcPath, '-n', '3', '-w', '1']);
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n');
    const head = lines.findIndex((l) => l.startsWith('Static estimate (as the national projection model computes it): expected load ÷ target utilisation 85 %'));
    expect(head).toBeGreaterThan(0);
    expect(lines[head + 2]).toMatch(/^Service\s+Capacity\s+Static at 85 %\s+Load in use\s+Load\/capacity\s+Starts\/yr static\s+Starts\/yr sim\.\s+Sim\. wait \(days\)$/);
    // λ = 18 a day, mean stay 1 day: load 18 beds, 18 / 0.85 = 21.2 → 22 beds; 20 beds carry 90 %.
    const ward = lines[head + 4]!.split(/\s{2,}/);
    expect(ward.slice(0, 7)).toEqual(['Ward (M/M/20)', '20 beds', '22', '18.0', '90 %', '6,570', ward[6]]);
    expect(Number(ward[6]!.replace(',', ''))).toBeGreaterThan(6000);
    expect(Number(ward[7])).toBeGreaterThan(0);
    expect(lines[head + 5]).toMatch(/^Municipal aftercare\s+0 places\s+0\s+0\.0\s+–\s+0\s+–\s+–$/);
    expect(out.stdout).toMatch(/Simulated at the scenario's capacity: mean wait [\d.]+ days \(95 % CI [\d.]+ – [\d.]+\), 90th percentile [\d.]+ days/);
    // The section comes before the advice and the footer, which still ends the output.
    expect(out.stdout.indexOf('Static estimate')).toBeLessThan(out.stdout.indexOf('Digest:'));
  });

  it('json output carries staticEstimate beside the result file, and --static-target sets the target', async () => {
    const out = await runCli(['run', mmcPath, '-n', '2', '--format', 'json', '--static-target', '90%']);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as RunResult & { staticEstimate: StaticEstimate };
    expect(json.schema).toBe('kapasim/result@1');
    expect(json.staticEstimate.target).toBe(0.9);
    const ward = json.staticEstimate.services[0]!;
    expect(ward).toMatchObject({ id: 'ward', kind: 'inpatient', capacity: 20, startsPerYear: 6570, meanStayDays: 1, meanInUse: 18, neededWhole: 20 });
    expect(ward.needed).toBe(18 / 0.9);
    // The result file itself is unchanged: replay reads it and checks the digest.
    expect(json.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('csv output has no static section', async () => {
    const out = await runCli(['run', mmcPath, '-n', '2', '--format', 'csv']);
    expect(out.code).toBe(0);
    expect(out.stdout).not.toContain('Static');
  });

  it('a bad --static-target is a user error before anything runs', async () => {
    for (const bad of ['0', '1.5', '85', 'high', '-0.5', '0%']) {
      const out = await runCli(['run', mmcPath, `--static-target=${bad}`]);
      expect(out.code, bad).toBe(2);
      expect(out.stderr).toContain('--static-target must be a number above 0 and at most 1, or a percentage such as 85%');
    }
  });

  it('targetOption reads shares and percentages', () => {
    expect(targetOption(undefined)).toBe(0.85);
    expect(targetOption('0.9')).toBe(0.9);
    expect(targetOption(' 92.5 % ')).toBeCloseTo(0.925, 15);
    expect(targetOption('1')).toBe(1);
    expect(targetOption('100%')).toBe(1);
  });
});
