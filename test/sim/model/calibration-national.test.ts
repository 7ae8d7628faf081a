/**
 * The national scenario (scenarios/norway.kapasim.json: all trusts as one system) lands inside
 * the national rows of shared/CALIBRATION.md. It runs a few of its replications in process: each
 * is ~31,000 referrals a year for 10 years, so the mean of 8 is already close to that of 100
 * (`kapasim run scenarios/norway.kapasim.json` gives the full figures quoted in its notes).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../sim/model/simulate';
import { validateScenario } from '../../../sim/scenario/index';
import type { Scenario } from '../../../sim/scenario/types';
import { summarize } from '../../../sim/stats/summary';
import { loadScenario } from '../../support/scenarios';

const REPLICATIONS = 8;

/** CALIBRATION.md "National figures": [metric, lo, hi, row]. */
const NATIONAL: [string, number, number, string][] = [
  ['meanWaitDays', 28, 34, 'mean waiting time, all TSB: 28–34 days (2017–24)'],
  ['deadlineBreachShare', 0.016, 0.031, 'deadline breaches 1.6–3.1 % (2015–16), 2.5 % (2020)'],
  ['meanWaitPlannedInpatientDays', 60, 77, 'waiting for inpatient care specifically: 77 days (2014)'],
  ['meanInpatientStayDays', 41, 43, 'mean length of stay ~43 (2014), 41 days (2018)'],
  ['admissionsPerYear', 14_000, 16_500, 'admissions: 15,405 (2018)'],
  ['bedOccupancy', 0.85, 0.95, 'bed occupancy ~90 %'],
  ['firstStartOutpatientShare', 0.75, 0.8, 'new patients to outpatient care 76 % (2014), ~80 % (2021)'],
  ['readmission365Share', 0.45, 0.55, 'readmission within 1 year: just under 50 % (2015), over 50 % (2018)'],
];

describe('the national scenario (norway.kapasim.json) lands inside the national figures', () => {
  const scenario: Scenario = loadScenario('norway.kapasim.json');
  const values: Record<string, (number | null)[]> = {};

  beforeAll(() => {
    for (let r = 0; r < REPLICATIONS; r++) {
      const m = simulateReplication(scenario, r).metrics;
      for (const [k, v] of Object.entries(m)) (values[k] ??= []).push(v);
    }
  });

  it('is valid: 1,847 beds, 10 years, 100 replications', () => {
    const checked = validateScenario(scenario);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    const beds = scenario.services.filter((s) => s.kind === 'inpatient').reduce((a, s) => a + (s.beds ?? 0), 0);
    expect(beds).toBe(1847);
    expect(scenario.horizonDays).toBe(3650);
    expect(scenario.replications).toBe(100);
  });

  it('treats about 33,000 persons a year: ~31,000 referrals with re-referrals', () => {
    const s = summarize(values.referralsPerYear!);
    expect(s.mean).toBeGreaterThan(28_000);
    expect(s.mean).toBeLessThan(34_000);
  });

  it.each(NATIONAL)('%s lies in %d–%d (%s)', (key, lo, hi) => {
    const s = summarize(values[key]!);
    expect(s.n, `${key} has a value in every replication`).toBe(REPLICATIONS);
    expect(s.mean).toBeGreaterThanOrEqual(lo);
    expect(s.mean).toBeLessThanOrEqual(hi);
  });
});
