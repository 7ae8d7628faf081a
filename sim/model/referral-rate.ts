/**
 * The rate of new referrals at simulation day t (shared/MODEL.md, "Referral rate"), with the
 * optional population table (docs/population.md):
 *
 *   rate(t) = perYear / 365 × seasonality[m] × (1 + growth)^(t / 365) × D(baseYear + t/365) / D(baseYear)
 *
 * with m = floor(12 × (t mod 365) / 365), and the last factor 1 without a table. D is the
 * table's expected referrals (Σ population × rate per 1,000 / 1000), linear between its years.
 *
 * Pure and deterministic: `perDay` does its multiplications in the same order as the
 * simulation did before tables existed (so a scenario without a table draws exactly the same
 * arrivals), uses the portable pow, and the table factor uses only +, −, ×, ÷.
 */
import { pow } from '../math/portable';
import { demographicFactor, maxDemographicFactor } from '../demography/table';
import type { Scenario } from '../scenario/types';

export interface ReferralRate {
  /** New referrals per day at day t. */
  perDay(t: number): number;
  /**
   * An upper bound of perDay on [0, horizonDays], for thinning: the largest seasonal factor
   * × the largest growth factor × the largest demographic factor (each ≥ its true maximum).
   */
  maxPerDay(horizonDays: number): number;
  /** True when the rate never changes (no seasonality, no growth, no table): no thinning needed. */
  constant: boolean;
}

/** The referral rate of a validated scenario's `referrals`. */
export function referralRate(referrals: Scenario['referrals']): ReferralRate {
  const perDayBase = referrals.perYear / 365;
  const seasonality = referrals.seasonality ?? null;
  const growth = referrals.growth ?? 0;
  const table = referrals.population ?? null;
  const demography = table ? demographicFactor(table) : null;
  return {
    perDay(t: number): number {
      let rate = perDayBase;
      if (seasonality) rate *= seasonality[Math.floor((12 * (t % 365)) / 365)]!;
      if (growth !== 0) rate *= pow(1 + growth, t / 365);
      if (demography) rate *= demography(t);
      return rate;
    },
    maxPerDay(horizonDays: number): number {
      let peakSeason = 1;
      if (seasonality) peakSeason = Math.max(...seasonality);
      const peakGrowth = Math.max(1, pow(1 + growth, horizonDays / 365));
      const peak = perDayBase * peakSeason * peakGrowth;
      return table ? peak * maxDemographicFactor(table, horizonDays) : peak;
    },
    constant: seasonality === null && growth === 0 && demography === null,
  };
}

/**
 * Mean new referrals per year over [from, to) days: the rate integrated by the midpoint rule
 * on steps of at most one day (exact for a constant rate; seasonality steps fall on its
 * month boundaries only approximately, which moves the mean by far less than a referral).
 */
export function meanReferralsPerYear(referrals: Scenario['referrals'], from: number, to: number): number {
  const rate = referralRate(referrals);
  if (rate.constant) return referrals.perYear;
  if (!(to > from)) return rate.perDay(from) * 365;
  const steps = Math.max(1, Math.ceil(to - from));
  const h = (to - from) / steps;
  let sum = 0;
  for (let i = 0; i < steps; i++) sum += rate.perDay(from + (i + 0.5) * h);
  return (sum / steps) * 365;
}
