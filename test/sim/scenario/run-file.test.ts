import { describe, expect, it } from 'vitest';
import { allMetricKeys } from '../../../sim/metrics/keys';
import { validateRunFile } from '../../../sim/scenario/run-file';
import { exampleScenario } from './fixtures';
import { expectIssue, issuesOf } from './helpers';

/** A well-formed result file of the example scenario with 3 replications. */
function runFile(): any {
  const scenario = exampleScenario();
  const metrics: Record<string, unknown> = {};
  for (const key of allMetricKeys(scenario)) metrics[key] = { mean: 2, sd: 1, ci95: [-0.48, 4.48], n: 3, values: [1, 2, 3] };
  metrics.readmission365Share = { mean: null, sd: null, ci95: null, n: 0, values: [null, null, null] };
  return {
    schema: 'kapasim/result@1',
    engineVersion: '1.0.0',
    scenario,
    seed: 20121,
    replications: 3,
    metrics,
    series: { weekStartDays: [0, 7], values: { waitingList: { mean: [1, 2], lo: [0, 1], hi: [2, 3] } } },
    waitHistogram: { edgesDays: [0, 7, 14], share: { mean: [0.5, 0.3, 0.2], lo: [0.4, 0.2, 0.1], hi: [0.6, 0.4, 0.3] } },
    digest: 'a'.repeat(64),
  };
}

describe('validateRunFile', () => {
  it('accepts a well-formed result file and returns a checked copy', () => {
    const input = runFile();
    const r = validateRunFile(input);
    expect(r.ok, JSON.stringify(issuesOf(r))).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.value.scenario.name).toBe('Baseline');
    expect(r.value.scenario).not.toBe(input.scenario);
    expect(r.value.metrics.meanWaitDays.values).toEqual([1, 2, 3]);
    expect(r.value.digest).toBe('a'.repeat(64));
  });
  it('checks schema, engine version, seed and replications', () => {
    expectIssue(issuesOf(validateRunFile({ ...runFile(), schema: 'kapasim/result@2' })), 'schema', 'newer version of Kapasim');
    expectIssue(issuesOf(validateRunFile({ ...runFile(), schema: 'kapasim/scenario@1' })), 'schema', 'this is a Kapasim scenario file');
    expectIssue(issuesOf(validateRunFile({ ...runFile(), engineVersion: 1 })), 'engineVersion', 'must be the engine version text');
    expectIssue(issuesOf(validateRunFile({ ...runFile(), seed: -1 })), 'seed', 'must be a whole number ≥ 0');
    expectIssue(issuesOf(validateRunFile({ ...runFile(), replications: 0 })), 'replications', 'must be a whole number ≥ 1');
    expect(issuesOf(validateRunFile('junk'))[0].path).toBe('(file)');
  });
  it('validates the embedded scenario, with paths under scenario', () => {
    const f = runFile();
    f.scenario.services[2].beds = -3;
    expectIssue(issuesOf(validateRunFile(f)), 'scenario.services.long.beds', 'must be a whole number ≥ 0');
    expectIssue(issuesOf(validateRunFile({ ...runFile(), scenario: null })), 'scenario', 'must be a JSON object holding a scenario');
  });
  it('every metric holds one value per replication', () => {
    const f = runFile();
    f.metrics.meanWaitDays.values = [1, 2];
    expectIssue(issuesOf(validateRunFile(f)), 'metrics.meanWaitDays.values', 'one value per replication: 3, not 2');
    const g = runFile();
    g.metrics.p90WaitDays.values = [1, 'x', 3];
    expectIssue(issuesOf(validateRunFile(g)), 'metrics.p90WaitDays.values', 'finite numbers or nulls');
    const h = runFile();
    h.metrics.p90WaitDays.n = 2;
    expectIssue(issuesOf(validateRunFile(h)), 'metrics.p90WaitDays.n', 'must count the values that are not null (3)');
    const k = runFile();
    k.metrics.p90WaitDays.ci95 = [3, 1];
    k.metrics.p90WaitDays.mean = 'x';
    expectIssue(issuesOf(validateRunFile(k)), 'metrics.p90WaitDays.ci95', 'lo ≤ hi');
    expectIssue(issuesOf(validateRunFile(k)), 'metrics.p90WaitDays.mean', 'finite number or null');
  });
  it('a missing metric is a warning', () => {
    const f = runFile();
    delete f.metrics.costNokPerYear;
    const r = validateRunFile(f);
    expect(r.ok).toBe(true);
    if (r.ok) expectIssue(r.warnings, 'metrics', 'lacks 1 metric of this scenario: costNokPerYear');
  });
  it('checks the series and the histogram lengths', () => {
    const f = runFile();
    f.series.values.waitingList.lo = [0];
    f.waitHistogram.share.mean = [1];
    const issues = issuesOf(validateRunFile(f));
    expectIssue(issues, 'series.values.waitingList.lo', 'must be a list of 2 finite numbers');
    expectIssue(issues, 'waitHistogram.share.mean', 'must be a list of 3 finite numbers');
    expectIssue(issuesOf(validateRunFile({ ...runFile(), series: undefined })), 'series', 'is required');
  });
  it('the digest is 64 lowercase hex characters', () => {
    expectIssue(issuesOf(validateRunFile({ ...runFile(), digest: 'abc' })), 'digest', '64 lowercase hex characters');
    expectIssue(issuesOf(validateRunFile({ ...runFile(), digest: 'A'.repeat(64) })), 'digest', '64 lowercase hex characters');
    expectIssue(issuesOf(validateRunFile({ ...runFile(), digest: undefined })), 'digest', 'is required');
  });
  it('keeps fields added by later versions, without touching prototypes', () => {
    const f = JSON.parse(JSON.stringify(runFile()).replace('{', '{"__proto__":{"x":1},"extra":1,'));
    const r = validateRunFile(f);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.value as any).extra).toBe(1);
    expect(Object.keys(r.value)).not.toContain('__proto__');
    expectIssue(r.warnings, '__proto__', 'is ignored');
    expect(({} as any).x).toBeUndefined();
  });
});
