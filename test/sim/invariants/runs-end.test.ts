/**
 * Runs always end: every edge case either runs to the horizon with a bounded number of events
 * (counted, not timed, so the tests are stable on a slow machine) or is refused up front,
 * by validation or by the size estimate, with a reason. Conservation and the other
 * invariants (invariants.ts) hold in each.
 */
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../sim/model/simulate';
import { checkCasesSize, checkRunSize, estimateRunSize, RUN_SIZE_LIMITS } from '../../../sim/scenario/size-estimate';
import type { Scenario } from '../../../sim/scenario/types';
import { validateScenario } from '../../../sim/scenario/validate';
import { exampleScenario, variant } from '../../support/scenarios';
import { checkReplication } from './invariants';

/** The MODEL.md example, changed, shortened to two years, and validated (it must be valid). */
function scenario(change: (s: Scenario) => void, { horizon = 730, warmup = 100 } = {}): Scenario {
  const s = variant(exampleScenario(), (x) => {
    x.horizonDays = horizon;
    x.warmupDays = warmup;
    x.replications = 3;
    change(x);
  });
  const r = validateScenario(s);
  if (!r.ok) throw new Error(`not valid: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return r.value;
}

/** Runs replication 0, checks the invariants, and that the events stay within the size estimate. */
function runsToTheEnd(s: Scenario): { events: number; metrics: Record<string, number | null> } {
  const { result, weeks, problems } = checkReplication(s, 0);
  expect(problems).toEqual([]);
  expect(weeks).toBeGreaterThanOrEqual(Math.floor((s.horizonDays - 1) / 7));
  const estimate = estimateRunSize(s);
  expect(result.events).toBeLessThanOrEqual(3 * estimate.eventsPerReplication + 200);
  expect(checkRunSize(s).ok).toBe(true);
  return { events: result.events, metrics: result.metrics };
}

const setCapacity = (s: Scenario, n: number) => {
  for (const svc of s.services) {
    if (svc.kind === 'inpatient') svc.beds = n;
    else svc.slots = n;
  }
};

describe('runs to the horizon with bounded events', () => {
  it('zero capacity everywhere: everyone waits (and reneges, with patience)', () => {
    const patient = runsToTheEnd(scenario((s) => setCapacity(s, 0)));
    expect(patient.metrics.renegedShare).toBeGreaterThan(0.5);
    const forever = runsToTheEnd(scenario((s) => {
      setCapacity(s, 0);
      s.waitingList.meanPatienceDays = null;
    }));
    expect(forever.metrics.meanWaitDays).toBeNull(); // no one ever starts
    expect(forever.metrics.meanWaitingList).toBeGreaterThan(100);
  });

  it('zero referrals: only the clock runs (week boundaries, warm-up, end)', () => {
    const none = runsToTheEnd(scenario((s) => (s.referrals.perYear = 0)));
    expect(none.events).toBeLessThanOrEqual(Math.ceil(730 / 7) + 3);
    expect(none.metrics.referralsPerYear).toBe(0);
    // With an initial state, those patients are treated and the run still ends.
    runsToTheEnd(scenario((s) => {
      s.referrals.perYear = 0;
      s.initialState = { waiting: { detox: 30, outpatient: 200 }, inService: { long: 90 } };
    }));
  });

  it('probabilities of 0 and 1: dropout, aftercare need, relapse and re-referral, group shares', () => {
    runsToTheEnd(scenario((s) => s.services.forEach((svc) => (svc.dropoutShare = 1))));
    runsToTheEnd(scenario((s) => s.services.forEach((svc) => (svc.dropoutShare = 0))));
    // Everyone relapses and comes back, every time: bounded by the horizon, not by chance.
    const again = runsToTheEnd(scenario((s) => {
      s.relapse.probability = { completedWithAftercare: 1, completedWithoutAftercare: 1, droppedOut: 1 };
      s.relapse.reReferralShare = 1;
    }));
    expect(again.metrics.readmission30Share).toBeGreaterThan(0);
    // Everyone needs aftercare and there is none: wait in bed 0 days, or leave at once.
    runsToTheEnd(scenario((s) => {
      s.aftercare.needShare = { inpatient: 1, outpatient: 1 };
      s.aftercare.places = 0;
      s.aftercare.maxWaitInBedDays = 0;
    }));
    runsToTheEnd(scenario((s) => {
      s.aftercare.needShare = { inpatient: 1, outpatient: 1 };
      s.aftercare.places = 0;
      s.aftercare.whenFull = 'discharge';
    }));
    runsToTheEnd(scenario((s) => {
      s.groups = [
        { ...s.groups[0]!, share: 1 },
        { ...s.groups[1]!, share: 0 },
      ];
    }));
  });

  it('stays far longer than the horizon: beds fill and stay full', () => {
    const full = runsToTheEnd(scenario((s) => {
      for (const svc of s.services) svc.stayDays = { dist: 'fixed', value: 36_500 };
      for (const svc of s.services) svc.maxStayDays = null;
      s.waitingList.meanPatienceDays = null;
    }));
    expect(full.metrics.bedOccupancy).toBeGreaterThan(0.5); // no bed is ever freed
    expect(full.metrics.bedOccupancy).toBeLessThanOrEqual(1);
  });

  it('a next loop left with probability 1e-6 per pass, with short stays: bounded by the horizon', () => {
    const s = scenario((x) => {
      x.referrals.perYear = 60;
      x.services[1]!.next = { long: 1 };
      x.services[2]!.next = { short: 1 - 1e-6 };
      for (const svc of x.services.slice(1, 3)) {
        svc.dropoutShare = 0;
        svc.stayDays = { dist: 'exponential', mean: 0.5 };
      }
    });
    const { events } = runsToTheEnd(s);
    expect(events).toBeGreaterThan(10_000); // the loop did run
    expect(estimateRunSize(s).visitsPerEpisode).toBeGreaterThan(100);
  });

  it('the same loop with stays that take no time: a few patients run to the end; many are refused by the size estimate', () => {
    const loop = (perYear: number, initial: number) =>
      scenario((x) => {
        x.referrals.perYear = perYear;
        x.initialState = initial > 0 ? { waiting: { short: initial }, inService: {} } : null;
        x.groups.forEach((g) => (g.entry = { short: 1 }));
        x.services[1]!.next = { long: 1 };
        x.services[2]!.next = { short: 1 - 1e-4 };
        for (const svc of x.services.slice(1, 3)) {
          svc.dropoutShare = 0;
          svc.stayDays = { dist: 'fixed', value: 0 };
        }
      }, { horizon: 60, warmup: 0 });
    // One patient: about 10^4 passes in no time, then discharge.
    const one = loop(0, 1);
    const r = simulateReplication(one, 0);
    expect(r.events).toBeLessThan(3 * estimateRunSize(one).eventsPerReplication + 200);
    expect(r.events).toBeGreaterThan(1000);
    // At 1e-6 per pass and 5000 referrals a year for 30 replications: refused, saying why.
    const many = variant(loop(5000, 0), (x) => {
      x.services[2]!.next = { short: 1 - 1e-6 };
      x.replications = 30;
    });
    const check = checkRunSize(many);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.reason).toBe('events');
    expect(check.value).toBeGreaterThan(RUN_SIZE_LIMITS.events);
    expect(check.message).toMatch(/simulation events, more than the limit of 2\.00e9/);
    expect(check.message).toContain('a next loop that is rarely left, with short stays');
  });

  it('a loop that only a vanishing dropout would leave is refused by validation (it would never end)', () => {
    const s = variant(exampleScenario(), (x) => {
      x.services[1]!.next = { long: 1 };
      x.services[2]!.next = { short: 1 };
      x.services[1]!.dropoutShare = 1e-300;
      x.services[2]!.dropoutShare = 0;
    });
    const r = validateScenario(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([['services.short.next', 'next.cycle']]);
    expect(r.issues[0]!.message).toContain('dropoutShare above 1e-9');
    // A self-loop too; a dropout above the tolerance is a way out.
    const self = variant(exampleScenario(), (x) => {
      x.services[2]!.next = { long: 1 };
      x.services[2]!.dropoutShare = 5e-270;
    });
    expect(validateScenario(self).ok).toBe(false);
    expect(validateScenario(variant(self, (x) => (x.services[2]!.dropoutShare = 1e-6))).ok).toBe(true);
  });
});

describe('runs too large for memory are refused before they start', () => {
  it('a million referrals a year for 100 years: the estimate and the limit', () => {
    const s = scenario((x) => (x.referrals.perYear = 1_000_000), { horizon: 36_500, warmup: 365 });
    const check = checkRunSize(s, { workers: 4 });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.reason).toBe('memory');
    expect(check.value).toBeGreaterThan(RUN_SIZE_LIMITS.memoryBytes);
    expect(check.message).toMatch(/^this run would need about [\d.]+ (GiB|TiB) of memory, more than the 2\.00 GiB it may use \(1\.00e8 patients per replication/);
  });

  it('many services over a long horizon and many replications: the kept weekly series', () => {
    const s = scenario((x) => (x.replications = 10_000), { horizon: 36_500, warmup: 365 });
    const check = checkRunSize(s);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toBe('memory');
    // The same with 30 replications fits.
    expect(checkRunSize(variant(s, (x) => (x.replications = 30))).ok).toBe(true);
  });

  it('a study: every case\'s results count; 1,000 cases of a 100-year run do not fit, 3 do', () => {
    const s = scenario(() => {}, { horizon: 36_500, warmup: 365 });
    const long = variant(s, (x) => (x.replications = 100));
    expect(checkCasesSize([long, long, long], { workers: 4 }).ok).toBe(true);
    const many = checkCasesSize(Array.from({ length: 1000 }, () => long), { workers: 4 });
    expect(many.ok).toBe(false);
    if (!many.ok) expect(many.message).toMatch(/^this study would need about [\d.]+ [GT]iB of memory, more than the 2\.00 GiB it may use \(1000 cases, 100000 replications in all\)/);
    expect(checkCasesSize([]).ok).toBe(true);
  });

  it('the estimate itself stays cheap for the largest network: 1,000 services with slowly left loops', () => {
    const s = variant(exampleScenario(), (x) => {
      x.services = Array.from({ length: 1000 }, (_, i) => ({
        id: `s${i}`,
        kind: 'inpatient' as const,
        beds: 5,
        stayDays: { dist: 'exponential' as const, mean: 3 },
        dropoutShare: 0,
        next: Object.fromEntries([1, 7, 31, 101, 499].map((k) => [`s${(i + k) % 1000}`, (1 - 1e-6) / 5])),
      }));
      x.groups = [{ id: 'all', share: 1, deadlineDays: 30, entry: { s0: 1 } }];
    });
    const started = performance.now();
    const e = estimateRunSize(s);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(e.visitsPerEpisode).toBeGreaterThan(100); // cut by the horizon, not 10^6
    expect(Number.isFinite(e.eventsPerReplication)).toBe(true);
  });

  it('the shipped default is far inside both limits, and its estimate is of the right size', () => {
    const s = scenario(() => {}, { horizon: 2555, warmup: 365 });
    const est = estimateRunSize(s);
    const actual = simulateReplication(s, 0);
    expect(est.patientsPerReplication).toBeGreaterThan(actual.patients * 0.8);
    expect(est.patientsPerReplication).toBeLessThan(actual.patients * 1.5);
    expect(est.eventsPerReplication).toBeGreaterThan(actual.events);
    expect(est.eventsPerReplication).toBeLessThan(actual.events * 5);
    expect(est.bytes).toBeLessThan(RUN_SIZE_LIMITS.memoryBytes / 100);
  });
});
