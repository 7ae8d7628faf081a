import { describe, expect, it } from 'vitest';
import { adviceRows, warmupLines } from '../../cli/format-advice';
import { KEY_METRICS } from '../../sim/metrics/keys';
import type { WarmupAdvice } from '../../sim/study/advice';
import { runCli, tempDir, writeSmallScenario } from './helpers';

function advice(status: WarmupAdvice['status'], suggested: number | null, scenarioWarmupDays: number): WarmupAdvice {
  return {
    seriesKey: 'waitingList',
    welch: { weekStartDays: [], mean: [], movingAverage: [], window: 10, level: 100, suggestedWarmupDays: suggested, tolerance: 0.05 },
    suggestedWarmupDays: suggested,
    scenarioWarmupDays,
    status,
  };
}

describe('advice in the run table', () => {
  it('kapasim run --format table has a run-count row per key KPI and the warm-up, before the footer', async () => {
    const dir = tempDir();
    const path = writeSmallScenario(dir);
    const out = await runCli(['run', path, '--workers', '2']);
    expect(out.code).toBe(0);
    const text = out.stdout;
    const start = text.indexOf('Run-count advice: is each key result');
    expect(start).toBeGreaterThan(text.indexOf('\nServices'));
    expect(start).toBeLessThan(text.indexOf('\nScenario:'));
    const section = text.slice(start, text.indexOf('\nScenario:'));
    expect(section).toContain('with 3 replications?');
    expect(section).toMatch(/Metric\s+Mean\s+95 % CI ±\s+± as % of mean\s+Within ±5\.0 %\s+Replications advised/);
    for (const label of ['Wait, referral to first treatment: mean', 'Bed occupancy (delayed discharge included)', 'Cost of beds, outpatient slots and aftercare']) {
      expect(section).toMatch(new RegExp(`\\n${label.replace(/[()]/g, '\\$&')}\\s+\\S+\\s+\\S+.*\\s(yes|no)\\s+(\\d[\\d,]*|–)\\n`));
    }
    // A ratio with no values in this scenario (no outpatient service) says so instead of a number.
    expect(section).toMatch(/Outpatient slots in use\s+–\s+–\s+no values\s+no\s+–/);
    expect(section).toContain("Warm-up (Welch's method on the weekly waiting list");
    // Only the key KPIs are advised on.
    const rows = section.split('\n').filter((l) => /\s(yes|no)\s+(\d[\d,]*|–)$/.test(l));
    expect(rows).toHaveLength(KEY_METRICS.length);
  });

  it('warns when the scenario’s warm-up is shorter than Welch’s suggestion, and not otherwise', () => {
    const short = warmupLines(advice('shorter', 364, 200)).join('\n');
    expect(short).toContain('suggested 364 days');
    expect(short).toContain("Warning: the scenario's warm-up (200 days) is shorter than the suggested 364 days");
    expect(short).toContain('set "warmupDays" to at least 364');
    const enough = warmupLines(advice('enough', 364, 1460)).join('\n');
    expect(enough).toContain("the scenario's warm-up is 1,460 days: long enough.");
    expect(enough).not.toContain('Warning');
    const unsettled = warmupLines(advice('notSettled', null, 1460)).join('\n');
    expect(unsettled).toContain('no suggestion');
    expect(warmupLines(null)[0]).toContain('too short');
  });

  it('run-count rows: half-width in the metric’s unit, shares in percentage points, and the advice', () => {
    const [wait, share] = adviceRows([
      { key: 'meanWaitDays', n: 30, mean: 31.3, halfWidth: 0.94, relativeHalfWidth: 0.03, target: 0.05, met: true, sufficientAt: 15, advised: 15 },
      { key: 'deadlineBreachShare', n: 30, mean: 0.022, halfWidth: 0.0056, relativeHalfWidth: 0.25, target: 0.05, met: false, sufficientAt: null, advised: 719 },
    ]);
    expect(wait).toEqual(['Wait, referral to first treatment: mean', '31.3', '±0.94', '3.0 %', 'yes', '15']);
    expect(share).toEqual(['First starts after the deadline', '2.2', '±0.6 pp', '25 %', 'no', '719']);
  });
});
