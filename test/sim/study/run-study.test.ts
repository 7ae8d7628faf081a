import { beforeAll, describe, expect, it } from 'vitest';
import { KEY_METRICS } from '../../../sim/metrics/keys';
import type { Scenario } from '../../../sim/scenario/types';
import { expandStudySpec } from '../../../sim/study/spec';
import { runStudy } from '../../../sim/study/run-study';
import { caseRows, fullComparison, sweepLine } from '../../../sim/study/tables';
import type { PlannedCase, StudyResult } from '../../../sim/study/types';
import { runInProcess, smallDefault } from './helpers';

describe('runStudy', () => {
  let base: Scenario;
  let result: StudyResult;
  const progress: number[][] = [];

  beforeAll(async () => {
    base = smallDefault(4);
    const planned = expandStudySpec(
      {
        schema: 'kapasim/study@1',
        name: 'small',
        baseline: { file: 'x' },
        variants: [
          // The baseline again, by a change to a free-text field: must differ by exactly 0.
          { name: 'same as baseline', changes: { description: 'unchanged numbers' } },
          { name: 'fewer long-term beds', changes: { 'services.long.beds': 60 } },
        ],
        sweeps: [{ path: 'services.long.beds', values: [70, 100] }],
      },
      base,
    );
    if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
    result = await runStudy(planned.value, runInProcess, { name: 'small', onProgress: (d, t, i) => progress.push([d, t, i]) });
  });

  it('compares every case with the baseline, paired over common random numbers', () => {
    expect(result.schema).toBe('kapasim/study-result@1');
    expect(result.name).toBe('small');
    expect(result.seed).toBe(base.seed);
    expect(result.replications).toBe(4);
    expect(result.cases.map((c) => [c.index, c.kind, c.name])).toEqual([
      [0, 'variant', 'same as baseline'],
      [1, 'variant', 'fewer long-term beds'],
      [2, 'sweep', 'services.long.beds = 70'],
      [3, 'sweep', 'services.long.beds = 100'],
    ]);
    for (const c of result.cases) {
      expect(c.paired).toBe(true);
      expect(c.run.seed).toBe(base.seed);
      expect(c.run.replications).toBe(4);
      for (const key of Object.keys(c.comparison)) expect(c.comparison[key]!.paired, key).toBe(true);
    }
    expect(progress).toHaveLength(5);
    expect(progress.map((p) => p[0])).toEqual([1, 2, 3, 4, 5]);
  });

  it('a case identical to the baseline differs by exactly 0, with CI [0, 0], on every metric', () => {
    const same = result.cases[0]!;
    expect(same.run.digest).toBe(result.baseline.digest);
    let checked = 0;
    for (const [key, cmp] of Object.entries(same.comparison)) {
      if (cmp.difference.mean === null) continue; // a ratio with no denominator in every replication
      expect(cmp.difference.mean, key).toBe(0);
      expect(cmp.difference.ci95, key).toEqual([0, 0]);
      expect(cmp.change, key).toBe('noClearDifference');
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('a real change gives a paired difference equal to the per-replication differences', () => {
    const fewer = result.cases[1]!;
    const key = 'meanWaitInpatientDays';
    const full = fullComparison(result, fewer, key)!;
    const v = fewer.run.metrics[key]!.values as number[];
    const b = result.baseline.metrics[key]!.values as number[];
    expect(full.difference.values).toEqual(v.map((x, i) => x - b[i]!));
    expect(full.difference.mean).toBeCloseTo(v.reduce((a, x) => a + x, 0) / 4 - b.reduce((a, x) => a + x, 0) / 4, 9);
    // 60 instead of 88 long-term beds: a longer wait for inpatient care.
    expect(fewer.comparison[key]!.difference.mean!).toBeGreaterThan(0);
  });

  it('keeps the baseline whole and only the waiting list of each case, and survives JSON', () => {
    expect(Object.keys(result.baseline.series.values).length).toBeGreaterThan(3);
    for (const c of result.cases) expect(Object.keys(c.run.series.values)).toEqual(['waitingList']);
    expect(result.caseSeriesKeys).toEqual(['waitingList']);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    // Comparisons do not repeat the summaries or the per-replication differences.
    const cmp = result.cases[1]!.comparison.meanWaitDays as unknown as Record<string, unknown>;
    expect(cmp.baseline).toBeUndefined();
    expect(cmp.variant).toBeUndefined();
    expect((cmp.difference as Record<string, unknown>).values).toBeUndefined();
  });

  it('lists its sweeps with their cases, for a line chart', () => {
    expect(result.sweeps).toEqual([{ index: 0, name: 'services.long.beds', path: 'services.long.beds', values: [70, 100], caseIndices: [2, 3] }]);
    const line = sweepLine(result, 0, 'meanWaitDays')!;
    expect(line.baselineValue).toBe(88);
    expect(line.points.map((p) => p.value)).toEqual([70, 100]);
    expect(line.points[0]!.mean).toBe(result.cases[2]!.run.metrics.meanWaitDays!.mean);
  });

  it('caseRows gives the baseline and the variants × KPIs with their comparisons', () => {
    const rows = caseRows(result, KEY_METRICS);
    expect(rows.map((r) => r.name)).toEqual(['baseline', 'same as baseline', 'fewer long-term beds']);
    expect(rows[0]!.kpis.meanWaitDays!.comparison).toBeUndefined();
    expect(rows[2]!.kpis.meanWaitDays!.comparison).toBe(result.cases[1]!.comparison.meanWaitDays);
  });

  it('advises on the baseline: replications per key KPI and a warm-up', () => {
    expect(result.advice.replications.map((r) => r.key)).toEqual(KEY_METRICS.filter((k) => k in result.baseline.metrics));
    expect(result.advice.warmup?.seriesKey).toBe('waitingList');
    expect(result.advice.warmup?.scenarioWarmupDays).toBe(180);
  });

  it('a case with another seed is compared unpaired, and says so', async () => {
    const other: PlannedCase = { kind: 'variant', name: 'other seed', changes: {}, scenario: { ...base, seed: base.seed + 1 } };
    const r = await runStudy([{ kind: 'baseline', name: 'baseline', changes: {}, scenario: base }, other], runInProcess);
    expect(r.name).toBe(base.name);
    expect(r.cases[0]!.paired).toBe(false);
    expect(r.cases[0]!.pairingNote).toContain('different seeds');
    expect(r.cases[0]!.comparison.meanWaitDays!.paired).toBe(false);
  });

  it('common random numbers give a narrower CI of a difference than independent seeds', async () => {
    const s = smallDefault(8);
    const more: Scenario = { ...s, services: s.services.map((x) => (x.id === 'long' ? { ...x, beds: 100 } : x)) };
    const baselineCase: PlannedCase = { kind: 'baseline', name: 'baseline', changes: {}, scenario: s };
    const r = await runStudy(
      [baselineCase, { kind: 'variant', name: 'crn', changes: {}, scenario: more }, { kind: 'variant', name: 'independent', changes: {}, scenario: { ...more, seed: s.seed + 7 } }],
      runInProcess,
    );
    const width = (i: number, key: string): number => {
      const ci = r.cases[i]!.comparison[key]!.difference.ci95!;
      return ci[1] - ci[0];
    };
    for (const key of ['meanWaitDays', 'meanWaitInpatientDays', 'meanWaitingList']) expect(width(0, key), key).toBeLessThan(width(1, key));
  });

  it('refuses a list that does not start with the baseline', async () => {
    await expect(runStudy([], runInProcess)).rejects.toThrow(/first case must be the baseline/);
    const c: PlannedCase = { kind: 'variant', name: 'v', changes: {}, scenario: smallDefault(2) };
    await expect(runStudy([c], runInProcess)).rejects.toThrow(/first case must be the baseline/);
  });
});
