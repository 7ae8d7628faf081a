import { describe, expect, it } from 'vitest';
import { adviseReplications } from '../../../sim/advice/replications';
import { KEY_METRICS } from '../../../sim/metrics/keys';
import type { RunResult } from '../../../sim/run/types';
import { summarize } from '../../../sim/stats/summary';
import { replicationAdviceTable, warmupAdvice } from '../../../sim/study/advice';

/** A run with a weekly waiting list that fills over `fillWeeks` weeks and then stays level. */
function fakeRun(warmupDays: number, fillWeeks: number, weeks = 200): Pick<RunResult, 'series' | 'scenario' | 'metrics'> {
  const mean = Array.from({ length: weeks }, (_, w) => 100 * Math.min(1, w / fillWeeks) + (w % 2 === 0 ? 0.5 : -0.5));
  return {
    scenario: { warmupDays } as RunResult['scenario'],
    series: { weekStartDays: mean.map((_, w) => 7 * w), values: { waitingList: { mean, lo: mean, hi: mean } } },
    metrics: {
      meanWaitDays: summarize([30, 31, 29, 30.5, 29.5]),
      deadlineBreachShare: summarize([0.01, 0.05, 0.02, 0.04, 0.03]),
      referralsPerYear: summarize([1500, 1510]),
    },
  };
}

describe('run-count advice table', () => {
  it('lists the key KPIs the run has, in order, each with Hoad et al.’s advice', () => {
    const run = fakeRun(0, 10);
    const rows = replicationAdviceTable(run);
    expect(rows.map((r) => r.key)).toEqual(['meanWaitDays', 'deadlineBreachShare']);
    expect(rows.map((r) => r.key).every((k) => (KEY_METRICS as string[]).includes(k))).toBe(true);
    expect(rows[0]).toEqual({ key: 'meanWaitDays', ...adviseReplications(run.metrics.meanWaitDays!.values, 0.05) });
    expect(rows[0]!.met).toBe(true);
    // A share that swings between 1 % and 5 % is far from ±5 % precision with 5 replications.
    expect(rows[1]!.met).toBe(false);
    expect(rows[1]!.advised!).toBeGreaterThan(100);
    const custom = replicationAdviceTable(run, { keys: ['referralsPerYear'], target: 0.001 });
    expect(custom.map((r) => [r.key, r.target])).toEqual([['referralsPerYear', 0.001]]);
  });
});

describe('warm-up advice', () => {
  it('suggests a warm-up once the waiting list has filled, and warns when the scenario’s is shorter', () => {
    const short = warmupAdvice(fakeRun(70, 30))!;
    expect(short.seriesKey).toBe('waitingList');
    expect(short.suggestedWarmupDays).not.toBeNull();
    // Filled after 30 weeks (210 days); the moving average settles around then.
    expect(short.suggestedWarmupDays!).toBeGreaterThanOrEqual(150);
    expect(short.suggestedWarmupDays!).toBeLessThanOrEqual(300);
    expect(short.scenarioWarmupDays).toBe(70);
    expect(short.status).toBe('shorter');
    expect(warmupAdvice(fakeRun(365, 30))!.status).toBe('enough');
  });

  it('says when the series never settles, and gives nothing without a series', () => {
    expect(warmupAdvice(fakeRun(365, 400))!.status).toBe('notSettled');
    expect(warmupAdvice(fakeRun(365, 400))!.suggestedWarmupDays).toBeNull();
    expect(warmupAdvice(fakeRun(365, 30), { seriesKey: 'nope' })).toBeNull();
  });
});
