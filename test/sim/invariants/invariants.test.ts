/**
 * Invariants on random VALID scenarios (arbitrary.ts): conservation at every weekly sample,
 * no negative count, occupancy ≤ 1, waits ≥ 0, shares in [0, 1], and determinism (a
 * replication re-run gives identical metrics and series; the run digest is the same).
 * Seeded: a failure prints fast-check's seed and path; set KAPASIM_INVARIANT_SEED to replay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../sim/model/simulate';
import { aggregateRun } from '../../../sim/run/aggregate';
import { estimateRunSize } from '../../../sim/scenario/size-estimate';
import { validScenario } from './arbitrary';
import { checkReplication } from './invariants';

const SEED = Number(process.env.KAPASIM_INVARIANT_SEED ?? 20260808);
const RUNS = Number(process.env.KAPASIM_INVARIANT_RUNS ?? 500);

describe(`invariants on ${RUNS} random valid scenarios (seed ${SEED})`, () => {
  it('conservation every week, no negative counts, capacities kept, metrics in range, events within the size estimate', () => {
    let weeks = 0;
    fc.assert(
      fc.property(validScenario(), fc.nat(3), (scenario, replication) => {
        const r = checkReplication(scenario, replication);
        weeks += r.weeks;
        expect(r.weeks).toBeGreaterThanOrEqual(Math.floor((scenario.horizonDays - 1) / 7));
        expect(r.problems).toEqual([]);
        // Bounded work: the events stay within the size estimate that runs are checked against.
        expect(r.result.events).toBeLessThanOrEqual(3 * estimateRunSize(scenario).eventsPerReplication + 200);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(weeks).toBeGreaterThan(RUNS);
  });

  it('determinism: a replication re-run is identical, and so is the run digest', () => {
    fc.assert(
      fc.property(validScenario({ maxHorizon: 200 }), (scenario) => {
        const first = [0, 1].map((i) => simulateReplication(scenario, i));
        // Another replication in between must not change anything (no shared state).
        simulateReplication(scenario, 5);
        const again = [1, 0].map((i) => simulateReplication(scenario, i)).reverse();
        expect(again.map((r) => r.metrics)).toEqual(first.map((r) => r.metrics));
        expect(again.map((r) => r.series)).toEqual(first.map((r) => r.series));
        expect(aggregateRun(scenario, again).digest).toBe(aggregateRun(scenario, first).digest);
      }),
      { seed: SEED + 1, numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
