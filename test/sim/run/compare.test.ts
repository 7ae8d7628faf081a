import { describe, expect, it } from 'vitest';
import { allMetricKeys } from '../../../sim/metrics/keys';
import { aggregateRun } from '../../../sim/run/aggregate';
import { compareRuns, pairingStatus } from '../../../sim/run/compare';
import { WAIT_HISTOGRAM_EDGES, type ReplicationResult, type RunResult } from '../../../sim/run/types';
import type { Scenario } from '../../../sim/scenario/types';
import { exampleScenario, variant as change } from '../../support/scenarios';

/** A run whose replication i has metric value `values[key][i]`, and 1 elsewhere. */
function run(scenario: Scenario, values: Record<string, number[]>, n = 3): RunResult {
  const reps: ReplicationResult[] = Array.from({ length: n }, (_, i) => {
    const metrics: Record<string, number | null> = {};
    for (const k of allMetricKeys(scenario)) metrics[k] = values[k]?.[i] ?? 1;
    return {
      replication: i,
      metrics,
      series: { weekStartDays: [0], values: {} },
      waitHistogram: new Array<number>(WAIT_HISTOGRAM_EDGES.length).fill(0),
      events: 0,
      patients: 0,
    };
  });
  return aggregateRun(scenario, reps);
}

const base = exampleScenario();
const baseline = run(base, { meanWaitDays: [10, 20, 30], costNokPerYear: [5, 6, 7], bedOccupancy: [0.8, 0.85, 0.9] });
// Common random numbers: each replication shifts by the same amount.
const better = run(base, { meanWaitDays: [9, 19, 29], costNokPerYear: [5.5, 6.5, 7.5], bedOccupancy: [0.85, 0.9, 0.95] });

describe('compareRuns', () => {
  it('pairs runs with the same seed and replication count', () => {
    expect(pairingStatus(better, baseline)).toEqual({ paired: true, reason: null });
    const c = compareRuns(better, baseline);
    const wait = c.meanWaitDays!;
    expect(wait.paired).toBe(true);
    expect(wait.difference.values).toEqual([-1, -1, -1]);
    expect(wait.difference.ci95).toEqual([-1, -1]);
    expect(wait.verdict).toBe('better');
    expect(wait.change).toBe('decrease');
    expect(wait.baseline).toBe(baseline.metrics.meanWaitDays);
    expect(wait.variant).toBe(better.metrics.meanWaitDays);
  });

  it('judges direction per metric and leaves neutral metrics unjudged', () => {
    const c = compareRuns(better, baseline);
    expect(c.costNokPerYear!.verdict).toBe('worse');
    expect(c.costNokPerYear!.change).toBe('increase');
    expect(c.bedOccupancy!.direction).toBe('neutral');
    expect(c.bedOccupancy!.verdict).toBe('neutral');
    expect(c.bedOccupancy!.change).toBe('increase');
    expect(c.dropoutShare!.verdict).toBe('noClearDifference'); // identical values: CI [0, 0]
  });

  it('falls back to Welch, and says so, without common random numbers', () => {
    const otherSeed = run(change(base, (s) => (s.seed = 7)), { meanWaitDays: [9, 19, 29] });
    const status = pairingStatus(otherSeed, baseline);
    expect(status.paired).toBe(false);
    expect(status.reason).toMatch(/different seeds/);
    const wait = compareRuns(otherSeed, baseline).meanWaitDays!;
    expect(wait.paired).toBe(false);
    expect(wait.difference.mean).toBeCloseTo(-1, 12);
    expect(wait.difference.values).toEqual([]);
    // Between-replication spread swamps the shift once the pairing is lost.
    expect(wait.verdict).toBe('noClearDifference');

    const fewer = run(base, { meanWaitDays: [9, 19] }, 2);
    expect(pairingStatus(fewer, baseline).reason).toMatch(/replication counts \(2 and 3\)/);
    expect(compareRuns(fewer, baseline).meanWaitDays!.paired).toBe(false);
  });

  it('covers exactly the keys present in both runs', () => {
    const extra = change(base, (s) => {
      s.services.push({ ...s.services[0]!, id: 'extra' });
    });
    const c = compareRuns(run(extra, {}), baseline);
    expect(Object.keys(c)).toEqual(allMetricKeys(base));
    expect(c['services.detox.occupancy']).toBeDefined();
    expect(c['services.extra.occupancy']).toBeUndefined();
  });
});
