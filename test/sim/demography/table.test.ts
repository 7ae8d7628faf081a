/** Expected referrals by year from a population table: D(y), interpolation, and the yearly projection. */
import { describe, expect, it } from 'vitest';
import { demandAt, demandCurve, demographicFactor, maxDemographicFactor, referralsByYear } from '../../../sim/demography/table';
import type { PopulationTable } from '../../../sim/scenario/types';

const TABLE: PopulationTable = {
  baseYear: 2025,
  ratesPer1000: { young: 6, old: 1 },
  rows: [
    { year: 2030, ageBand: 'young', population: 90_000 },
    { year: 2025, ageBand: 'young', population: 100_000 },
    { year: 2025, ageBand: 'old', population: 100_000 },
    { year: 2030, ageBand: 'old', population: 130_000 },
  ],
};

describe('population tables', () => {
  it('D(year) = Σ population × rate / 1000, by year ascending', () => {
    expect(demandCurve(TABLE)).toEqual({ years: [2025, 2030], demand: [700, 670] });
  });

  it('D is linear between table years and constant outside them', () => {
    const c = demandCurve(TABLE);
    expect(demandAt(c, 2027.5)).toBeCloseTo(685, 12);
    expect(demandAt(c, 2000)).toBe(700);
    expect(demandAt(c, 2100)).toBe(670);
    expect(demandAt({ years: [], demand: [] }, 2025)).toBe(0);
  });

  it('the factor is D(baseYear + t/365) / D(baseYear); null when the base year expects none', () => {
    const f = demographicFactor(TABLE)!;
    expect(f(0)).toBe(1);
    expect(f(5 * 365)).toBeCloseTo(670 / 700, 14);
    expect(demographicFactor({ ...TABLE, ratesPer1000: { young: 0, old: 0 } })).toBeNull();
    expect(maxDemographicFactor(TABLE, 10 * 365)).toBe(1);
  });

  it('referralsByYear: perYear × the mean factor of each calendar year', () => {
    const years = referralsByYear(TABLE, 1400, 7);
    expect(years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    // 2025: D falls from 700 to 694 over the year, mean 697.
    expect(years[0]!.referrals).toBeCloseTo((1400 * 697) / 700, 9);
    expect(years[0]!.tableReferrals).toBe(700);
    expect(years[6]!.referrals).toBeCloseTo((1400 * 670) / 700, 9);
  });
});
