import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../sim/model/simulate';
import { validateScenario } from '../../../sim/scenario/validate';
import type { Scenario } from '../../../sim/scenario/types';
import { loadScenario, variant } from '../../support/scenarios';

// The engine draws referrals from the population table (docs/population.md): a population that
// doubles over four years doubles the referral rate, and no table leaves the run unchanged.
describe('referrals that follow a population table', () => {
  const base = variant(loadScenario('mmc.kapasim.json'), (s) => {
    s.referrals.perYear = 3650;
    s.horizonDays = 365 * 5;
    s.services[0].beds = 1000;
  });
  const withTable = (warmupDays: number, horizonDays: number): Scenario => {
    const s = variant(base, (x) => {
      x.warmupDays = warmupDays;
      x.horizonDays = horizonDays;
      x.referrals.population = {
        baseYear: 2025,
        ratesPer1000: { all: 1 },
        rows: [
          { year: 2025, ageBand: 'all', population: 100_000 },
          { year: 2029, ageBand: 'all', population: 200_000 },
        ],
      } as never;
    });
    const checked = validateScenario(s);
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    return checked.value;
  };

  it('doubles the referral rate when the population doubles', () => {
    const first = simulateReplication(withTable(0, 365), 0).metrics.referralsPerYear!;
    const fifth = simulateReplication(withTable(365 * 4, 365 * 5), 0).metrics.referralsPerYear!;
    // Year 1 averages a factor of about 1.125 (linear from 1 to 1.25), year 5 stays at 2.
    expect(first / 3650).toBeGreaterThan(1.05);
    expect(first / 3650).toBeLessThan(1.2);
    expect(fifth / 3650).toBeGreaterThan(1.9);
    expect(fifth / 3650).toBeLessThan(2.1);
  });

  it('without a table the referrals are exactly as before', () => {
    const a = simulateReplication(base, 0).metrics;
    const b = simulateReplication(variant(base, (x) => (x.referrals.population = null as never)), 0).metrics;
    expect(b).toEqual(a);
  });
});
