import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../sim/model/simulate';
import { loadScenario, variant } from '../../support/scenarios';

// MODEL.md, "Initial state": patients in service at time 0 have a remaining stay of U × planned
// stay; waiting patients join the list at time 0 with referral time 0.
describe('initial state', () => {
  const base = variant(loadScenario('mmc.kapasim.json'), (s) => {
    s.referrals.perYear = 0;
    s.horizonDays = 140;
    s.warmupDays = 0;
    s.services[0].beds = 1000;
    s.services[0].stayDays = { dist: 'fixed', value: 98 };
  });

  it('patients in service leave within their planned stay, uniformly: 500 × 98/2 bed-days in all', () => {
    const s = variant(base, (x) => (x.initialState = { inService: { ward: 500 } }));
    const r = simulateReplication(s, 0);
    const inUse = r.series.values['services.ward.inUse'];
    expect(inUse[0]).toBeGreaterThan(450);
    expect(inUse[14]).toBe(0); // weeks 14–19 (days 98–140): everyone has left
    const bedDays = inUse.reduce((a, v) => a + 7 * v, 0);
    // Sum of 500 uniform remaining stays on (0, 98): mean 24,500, sd ≈ 98·√(500/12) ≈ 633.
    expect(Math.abs(bedDays - 24_500)).toBeLessThan(4 * 633);
  });

  it('waiting patients start as beds free up and count their wait from time 0', () => {
    const s = variant(base, (x) => {
      x.services[0].beds = 10;
      x.initialState = { inService: { ward: 10 }, waiting: { ward: 5 } };
    });
    const r = simulateReplication(s, 0);
    expect(r.metrics.meanWaitDays).toBeGreaterThan(0);
    expect(r.metrics.meanWaitDays).toBeLessThan(98);
    expect(r.metrics['services.ward.startsPerYear']! * (140 / 365)).toBeCloseTo(5 + 0, 5);
  });
});
