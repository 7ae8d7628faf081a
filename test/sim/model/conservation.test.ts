import { describe, expect, it } from 'vitest';
import { simulateReplication, type Census, type ConsistencyCheck } from '../../../sim/model/simulate';
import type { Scenario } from '../../../sim/scenario/types';
import { exampleScenario, variant } from '../../support/scenarios';

/** Runs one replication and checks, at every week boundary, that every patient is somewhere. */
function checkEveryWeek(scenario: Scenario, replication = 0): number {
  let checks = 0;
  const problems: string[] = [];
  simulateReplication(scenario, replication, {
    onWeek(c: Census, k: ConsistencyCheck) {
      checks++;
      const present = c.inAssessment + c.waiting + c.inService + c.waitingForAftercare + c.awaitingReReferral;
      if (present + c.left !== c.created) problems.push(`t=${c.time}: ${present} present + ${c.left} left ≠ ${c.created} referred`);
      // The running counts agree with a census rebuilt by scanning every patient record.
      for (const key of Object.keys(c) as (keyof Census)[]) {
        if (c[key] !== k.rebuilt[key]) problems.push(`t=${c.time}: ${key} ${c[key]} counted, ${k.rebuilt[key]} rebuilt`);
      }
      const waiting = k.waitingPerService.reduce((a, b) => a + b, 0);
      if (waiting !== c.waiting) problems.push(`t=${c.time}: lists hold ${waiting}, census says ${c.waiting} waiting`);
      const inUse = k.inUsePerService.reduce((a, b) => a + b, 0);
      if (inUse !== c.inService + k.delayedInBed) problems.push(`t=${c.time}: ${inUse} beds/slots in use ≠ ${c.inService} in service + ${k.delayedInBed} in bed waiting`);
      k.inUsePerService.forEach((n, s) => {
        if (n < 0 || n > k.capacity[s]) problems.push(`t=${c.time}: service ${s} has ${n} in use of ${k.capacity[s]}`);
      });
      if (k.aftercareInUse < 0 || k.aftercareInUse > k.aftercarePlaces) problems.push(`t=${c.time}: aftercare ${k.aftercareInUse} of ${k.aftercarePlaces}`);
      for (const v of Object.values(c)) if (v < 0) problems.push(`t=${c.time}: a negative count`);
    },
  });
  expect(problems.slice(0, 10)).toEqual([]);
  return checks;
}

describe('patient conservation: referred = waiting + in service + waiting for aftercare + left, every week', () => {
  const base = exampleScenario();
  const cases: [string, Scenario][] = [
    ['the MODEL.md example (earliest deadline, reneging, aftercare full, wait in bed)', base],
    ['fifo, no reneging, aftercare discharge when full', variant(base, (s) => {
      s.waitingList = { discipline: 'fifo', meanPatienceDays: null };
      s.aftercare.whenFull = 'discharge';
    })],
    ['scarce aftercare that outpatients wait for', variant(base, (s) => {
      s.aftercare.places = 20;
      s.aftercare.needShare = { inpatient: 0.9, outpatient: 0.9 };
    })],
    ['seasonality, growth and an initial state', variant(base, (s) => {
      s.referrals.seasonality = [1.2, 1.1, 1, 1, 0.9, 0.7, 0.6, 0.9, 1.1, 1.2, 1.2, 1.1];
      s.referrals.growth = 0.03;
      s.initialState = { waiting: { short: 80, outpatient: 300 }, inService: { long: 90, detox: 10, outpatient: 700 } };
      s.warmupDays = 0;
    })],
    ['tight capacity everywhere (long lists)', variant(base, (s) => {
      for (const svc of s.services) {
        if (svc.beds !== undefined) svc.beds = Math.round(svc.beds / 3);
        if (svc.slots !== undefined) svc.slots = 300;
      }
    })],
  ];
  for (const [name, scenario] of cases) {
    it(name, () => {
      expect(checkEveryWeek(scenario)).toBeGreaterThanOrEqual(Math.ceil(scenario.horizonDays / 7));
    });
  }
});

describe('reproducibility', () => {
  it('the same seed and replication give identical results', () => {
    const s = exampleScenario();
    expect(simulateReplication(s, 3)).toEqual(simulateReplication(s, 3));
  });

  it('replications differ from each other', () => {
    const s = exampleScenario();
    expect(simulateReplication(s, 0).metrics.meanWaitDays).not.toBe(simulateReplication(s, 1).metrics.meanWaitDays);
  });

  it('a replication does not depend on which replications ran before it', () => {
    const s = exampleScenario();
    const alone = simulateReplication(s, 5);
    simulateReplication(s, 2);
    simulateReplication(s, 7);
    expect(simulateReplication(s, 5)).toEqual(alone);
  });

  it('a scenario changed in place between replications is compiled afresh (the compiled-model cache)', () => {
    const s = exampleScenario();
    const before = simulateReplication(s, 1);
    s.services[0].beds = 5;
    s.services[0].stayDays = { dist: 'exponential', mean: 20 };
    const changed = simulateReplication(s, 1);
    expect(changed).toEqual(simulateReplication(structuredClone(s), 1));
    expect(changed.metrics.meanWaitDays).not.toBe(before.metrics.meanWaitDays);
  });
});
