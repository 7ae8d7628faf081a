/**
 * Demographic growth of referrals from a population table (docs/population.md).
 *
 * A table holds rows (year, age band, population) and a referral rate per 1,000 inhabitants
 * for each age band. Its **expected referrals** in a table year y are
 *
 *   D(y) = Σ over bands a of population(y, a) × ratesPer1000[a] / 1000,
 *
 * and between table years D is interpolated linearly (before the first year and after the
 * last it stays at the nearest year's value). Simulation day t falls in calendar year
 * baseYear + t / 365 (day 0 is 1 January of baseYear, and population figures are taken as
 * of 1 January, as Statistics Norway gives them). The table scales the scenario's own level:
 *
 *   referrals per year at t = perYear × D(baseYear + t/365) / D(baseYear)
 *
 * (times seasonality and the yearly `growth`, as without a table). So `perYear` stays the
 * referral rate in the base year, as the planner calibrated it, and the table gives how
 * demography moves it: the rates per 1,000 weigh the age bands against each other.
 *
 * Only IEEE arithmetic (+, −, ×, ÷) is used, so the factor is the same on every machine.
 */
import type { PopulationTable } from '../scenario/types';

/** Expected referrals per table year: years ascending, each with D(year). */
export interface DemandCurve {
  years: number[];
  /** D(year) = Σ population × rate / 1000, in the order of `years`. */
  demand: number[];
}

/**
 * D(y) for every year of the table. Bands without a rate count as 0; a year lacking a band's
 * row counts that band as 0 (validation refuses such tables, so this only matters for drafts).
 */
export function demandCurve(table: Pick<PopulationTable, 'rows' | 'ratesPer1000'>): DemandCurve {
  const byYear = new Map<number, number>();
  for (const row of table.rows) {
    const rate = Object.prototype.hasOwnProperty.call(table.ratesPer1000, row.ageBand) ? table.ratesPer1000[row.ageBand]! : 0;
    byYear.set(row.year, (byYear.get(row.year) ?? 0) + (row.population * rate) / 1000);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return { years, demand: years.map((y) => byYear.get(y)!) };
}

/** D at a (fractional) calendar year: linear between table years, constant outside them. */
export function demandAt(curve: DemandCurve, year: number): number {
  const { years, demand } = curve;
  const n = years.length;
  if (n === 0) return 0;
  if (year <= years[0]!) return demand[0]!;
  if (year >= years[n - 1]!) return demand[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (years[mid]! <= year) lo = mid;
    else hi = mid;
  }
  const y0 = years[lo]!;
  const y1 = years[hi]!;
  const w = (year - y0) / (y1 - y0);
  return demand[lo]! + (demand[hi]! - demand[lo]!) * w;
}

/**
 * The demographic factor as a function of simulation day: D(baseYear + t/365) / D(baseYear).
 * Returns null when D(baseYear) is not positive (validation refuses such a table).
 */
export function demographicFactor(table: PopulationTable): ((t: number) => number) | null {
  const curve = demandCurve(table);
  const base = demandAt(curve, table.baseYear);
  if (!(base > 0) || !Number.isFinite(base)) return null;
  return (t) => demandAt(curve, table.baseYear + t / 365) / base;
}

/** The largest demographic factor on [0, horizon] days: at an end or at a table year between. */
export function maxDemographicFactor(table: PopulationTable, horizonDays: number): number {
  const factor = demographicFactor(table);
  if (factor === null) return 0;
  let max = Math.max(factor(0), factor(horizonDays));
  const end = table.baseYear + horizonDays / 365;
  for (const y of demandCurve(table).years) {
    if (y > table.baseYear && y < end) max = Math.max(max, factor((y - table.baseYear) * 365));
  }
  return max;
}

/** One calendar year of a projection: its expected new referrals and the factor against the base year. */
export interface ReferralYear {
  year: number;
  /** Mean of the demographic factor over the year (1 January to 31 December). */
  factor: number;
  /** perYear × factor: expected new referrals in that year (seasonality averages out; `growth` not included). */
  referrals: number;
  /** D(year) of the table itself on 1 January: Σ population × rate / 1000. */
  tableReferrals: number;
}

/**
 * Expected new referrals for each calendar year from the base year on, `years` of them: the
 * table's factor averaged over each year (midpoint rule on 5-day steps: exact on a linear
 * piece, and off by far less than a referral where a table year falls inside) times perYear.
 */
export function referralsByYear(table: PopulationTable, perYear: number, years: number): ReferralYear[] {
  const factor = demographicFactor(table);
  const curve = demandCurve(table);
  const out: ReferralYear[] = [];
  for (let k = 0; k < years; k++) {
    let mean = 0;
    if (factor !== null) {
      const steps = 73; // 5-day steps: 73 × 5 = 365
      let sum = 0;
      for (let i = 0; i < steps; i++) sum += factor(365 * k + 5 * i + 2.5);
      mean = sum / steps;
    }
    out.push({ year: table.baseYear + k, factor: mean, referrals: perYear * mean, tableReferrals: demandAt(curve, table.baseYear + k) });
  }
  return out;
}
