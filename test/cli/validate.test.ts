import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mmcPath, runCli, STACK_LINE, tempDir, writeSmallScenario } from './helpers';

describe('kapasim validate', () => {
  it('a valid scenario: OK and exit 0', async () => {
    const out = await runCli(['validate', mmcPath]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^OK {2}.*mmc\.kapasim\.json \(scenario "M\/M\/c check/m);
  });

  it('several files with one invalid: each is reported, exit 2', async () => {
    const dir = tempDir();
    const good = writeSmallScenario(dir, 'good.kapasim.json');
    const bad = writeSmallScenario(dir, 'bad.kapasim.json', (s) => {
      (s.services as { beds: number }[])[0].beds = -3;
      s.horizonDays = 'long';
    });
    const out = await runCli(['validate', good, bad]);
    expect(out.code).toBe(2);
    expect(out.stdout).toContain(`OK  ${good} (scenario`);
    expect(out.stdout).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: services\\.ward\\.beds: .*-3`, 'm'));
    expect(out.stdout).toMatch(/bad\.kapasim\.json: horizonDays: .*"long"/);
    expect(out.stdout).toContain('2 files: 1 valid, 1 invalid');
    expect(out.stdout + out.stderr).not.toMatch(STACK_LINE);
  });

  it('invalid JSON: exit 2 with line and column', async () => {
    const dir = tempDir();
    const path = join(dir, 'broken.kapasim.json');
    writeFileSync(path, '{\n  "schema": "kapasim/scenario@1",\n  "name": "x",,\n}\n');
    const out = await runCli(['validate', path]);
    expect(out.code).toBe(2);
    expect(out.stdout).toMatch(/broken\.kapasim\.json: .*line 3, column \d+/);
  });

  it('an unknown or missing schema: exit 2, saying what was expected', async () => {
    const dir = tempDir();
    const unknown = join(dir, 'unknown.json');
    const missing = join(dir, 'missing-schema.json');
    writeFileSync(unknown, JSON.stringify({ schema: 'someone/else@3', name: 'x' }));
    writeFileSync(missing, JSON.stringify({ name: 'x' }));
    const out = await runCli(['validate', unknown, missing]);
    expect(out.code).toBe(2);
    expect(out.stdout).toMatch(/unknown\.json: schema: unknown file kind \(got "someone\/else@3"\); expected one of "kapasim\/scenario@1", "kapasim\/study@1", "kapasim\/result@1"/);
    expect(out.stdout).toMatch(/missing-schema\.json: schema: .*it has none.*kapasim\/scenario@1/);
  });

  it('a missing file: exit 2 with a clear message', async () => {
    const out = await runCli(['validate', 'no/such/file.kapasim.json']);
    expect(out.code).toBe(2);
    expect(out.stdout).toContain('cannot read no/such/file.kapasim.json: no such file or directory');
    expect(out.stdout + out.stderr).not.toMatch(STACK_LINE);
  });

  it('a study with a baseline file: the baseline is read relative to the study and checked too', async () => {
    const dir = tempDir();
    writeSmallScenario(dir, 'base.kapasim.json');
    const study = (file: string, changes: Record<string, unknown> = { 'services.ward.beds': 22 }) => ({
      schema: 'kapasim/study@1',
      name: 'More beds',
      baseline: { file },
      variants: [{ name: '22 beds', changes }],
      sweeps: [],
    });
    const good = join(dir, 'good.kapasim-study.json');
    writeFileSync(good, JSON.stringify(study('base.kapasim.json')));
    const ok = await runCli(['validate', good], { cwd: '/' });
    expect(ok.stdout).toContain(`OK  ${good} (study "More beds"`);
    expect(ok.code).toBe(0);

    const badBase = writeSmallScenario(dir, 'bad-base.kapasim.json', (s) => {
      s.warmupDays = -1;
    });
    const bad = join(dir, 'bad.kapasim-study.json');
    writeFileSync(bad, JSON.stringify(study('bad-base.kapasim.json')));
    const gone = join(dir, 'gone.kapasim-study.json');
    writeFileSync(gone, JSON.stringify(study('nowhere.kapasim.json')));
    const change = join(dir, 'change.kapasim-study.json');
    writeFileSync(change, JSON.stringify(study('base.kapasim.json', { 'services.wrad.beds': 22 })));
    const out = await runCli(['validate', bad, gone, change]);
    expect(out.code).toBe(2);
    // A change path that does not fit the baseline read from its file is an error of the study.
    expect(out.stdout).toMatch(/change\.kapasim-study\.json: .*wrad/);
    expect(out.stdout).toContain('3 files: 0 valid, 3 invalid');
    expect(out.stdout).toContain(badBase);
    expect(out.stdout).toMatch(/bad\.kapasim-study\.json: baseline\.file "bad-base\.kapasim\.json": .*warmupDays: /);
    expect(out.stdout).toMatch(/gone\.kapasim-study\.json: baseline\.file "nowhere\.kapasim\.json": cannot read .*nowhere\.kapasim\.json: no such file/);
  });
});
