/**
 * referralRate: the rate of new referrals at day t. Without a population table it is bit for
 * bit the formula the simulation used before (so the same arrivals are drawn); with one, the
 * table's demographic factor multiplies it, and maxPerDay bounds it for thinning.
 */
import { describe, expect, it } from 'vitest';
import { pow } from '../../../sim/math/portable';
import { meanReferralsPerYear, referralRate } from '../../../sim/model/referral-rate';
import type { PopulationTable, Scenario } from '../../../sim/scenario/types';

/** The rate as sim/model/simulate.ts computed it before population tables (MODEL.md "Referral rate"). */
function previousRate(r: Scenario['referrals'], t: number): number {
  let rate = r.perYear / 365;
  if (r.seasonality) rate *= r.seasonality[Math.floor((12 * (t % 365)) / 365)]!;
  if ((r.growth ?? 0) !== 0) rate *= pow(1 + r.growth!, t / 365);
  return rate;
}
function previousMax(r: Scenario['referrals'], horizon: number): number {
  const peakSeason = r.seasonality ? Math.max(...r.seasonality) : 1;
  const peakGrowth = Math.max(1, pow(1 + (r.growth ?? 0), horizon / 365));
  return (r.perYear / 365) * peakSeason * peakGrowth;
}

const SEASON = [1.2, 1.1, 1, 0.9, 0.8, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3]; // mean 1

const TABLE: PopulationTable = {
  baseYear: 2025,
  ratesPer1000: { young: 6, old: 1 },
  rows: [
    { year: 2025, ageBand: 'young', population: 100_000 }, // D = 600 + 100 = 700
    { year: 2025, ageBand: 'old', population: 100_000 },
    { year: 2030, ageBand: 'young', population: 90_000 }, // D = 540 + 130 = 670
    { year: 2030, ageBand: 'old', population: 130_000 },
    { year: 2035, ageBand: 'young', population: 110_000 }, // D = 660 + 140 = 800
    { year: 2035, ageBand: 'old', population: 140_000 },
  ],
};

describe('referralRate without a population table', () => {
  const cases: Scenario['referrals'][] = [
    { perYear: 1510, seasonality: null, growth: 0 },
    { perYear: 1510, seasonality: SEASON, growth: 0 },
    { perYear: 1400, seasonality: null, growth: 0.02 },
    { perYear: 1234.5, seasonality: SEASON, growth: -0.03 },
    { perYear: 1510, seasonality: null, growth: 0, population: null },
  ];
  it('is bit for bit the rate and the thinning bound the simulation used', () => {
    for (const r of cases) {
      const rate = referralRate(r);
      for (let t = 0; t < 3000; t += 7.37) expect(rate.perDay(t)).toBe(previousRate(r, t));
      expect(rate.maxPerDay(2555)).toBe(previousMax(r, 2555));
      expect(rate.constant).toBe(!r.seasonality && !r.growth);
    }
  });

  it('meanReferralsPerYear: perYear when constant; the integral otherwise', () => {
    expect(meanReferralsPerYear(cases[0]!, 1460, 2555)).toBe(1510);
    // Seasonality averages to 1 over whole years (up to the month steps falling between days).
    expect(meanReferralsPerYear(cases[1]!, 0, 365 * 4)).toBeCloseTo(1510, 0);
    expect(meanReferralsPerYear(cases[2]!, 365, 730)).toBeCloseTo((1400 * (1.02 ** 2 - 1.02)) / Math.log(1.02), 2);
  });
});

describe('referralRate with a population table', () => {
  const referrals: Scenario['referrals'] = { perYear: 1400, seasonality: null, growth: 0, population: TABLE };

  it('scales perYear by D(baseYear + t/365) / D(baseYear), linear between table years', () => {
    const rate = referralRate(referrals);
    expect(rate.constant).toBe(false);
    expect(rate.perDay(0)).toBeCloseTo(1400 / 365, 12);
    expect(rate.perDay(5 * 365)).toBeCloseTo((1400 / 365) * (670 / 700), 12);
    expect(rate.perDay(2.5 * 365)).toBeCloseTo((1400 / 365) * (685 / 700), 12);
    expect(rate.perDay(10 * 365)).toBeCloseTo((1400 / 365) * (800 / 700), 12);
    // After the last table year the population stays at its last value.
    expect(rate.perDay(20 * 365)).toBeCloseTo((1400 / 365) * (800 / 700), 12);
  });

  it('a base year between table years is interpolated; before the first year the first holds', () => {
    const rate = referralRate({ ...referrals, population: { ...TABLE, baseYear: 2020 } });
    // D(2020) = D(2025) = 700 (held constant before the first year).
    expect(rate.perDay(0)).toBeCloseTo(1400 / 365, 12);
    expect(rate.perDay(5 * 365)).toBeCloseTo(1400 / 365, 12);
    expect(rate.perDay(10 * 365)).toBeCloseTo((1400 / 365) * (670 / 700), 12);
  });

  it('combines with seasonality and growth as factors', () => {
    const r = { ...referrals, seasonality: SEASON, growth: 0.01 };
    const rate = referralRate(r);
    const plain = referralRate({ ...r, population: null });
    const table = referralRate({ ...referrals });
    for (const t of [0, 100, 1000, 2000, 4000]) expect(rate.perDay(t)).toBeCloseTo((plain.perDay(t) * table.perDay(t)) / (1400 / 365), 12);
  });

  it('maxPerDay bounds the rate over the horizon (thinning stays exact), and is tight', () => {
    for (const horizon of [365, 5 * 365, 8 * 365, 12 * 365, 30 * 365]) {
      for (const r of [referrals, { ...referrals, seasonality: SEASON, growth: 0.02 }, { ...referrals, growth: -0.05 }]) {
        const rate = referralRate(r);
        const max = rate.maxPerDay(horizon);
        let seen = 0;
        for (let t = 0; t <= horizon; t += 0.5) seen = Math.max(seen, rate.perDay(t));
        expect(max).toBeGreaterThanOrEqual(seen);
        if (!r.seasonality && !r.growth) expect(max).toBeCloseTo(seen, 9);
      }
    }
  });

  it('the mean over a window is perYear × the mean factor', () => {
    // Years 2025–2030: D falls linearly from 700 to 670, mean 685.
    expect(meanReferralsPerYear(referrals, 0, 5 * 365)).toBeCloseTo((1400 * 685) / 700, 6);
  });

  it('is deterministic arithmetic: the same bits every call', () => {
    const a = referralRate(referrals);
    const b = referralRate(structuredClone(referrals));
    for (let t = 0; t < 5000; t += 13.1) expect(a.perDay(t)).toBe(b.perDay(t));
  });
});
