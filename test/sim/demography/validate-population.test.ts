/** Validation of the optional `referrals.population` table. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePopulationCsv } from '../../../sim/demography/csv';
import { applyChanges } from '../../../sim/scenario/changes';
import { formatIssue } from '../../../sim/scenario/issues';
import { validateScenario } from '../../../sim/scenario/validate';

const DEFAULT = JSON.parse(readFileSync(new URL('../../../scenarios/default.kapasim.json', import.meta.url), 'utf8'));
const CSV = parsePopulationCsv(readFileSync(new URL('../../../scenarios/example-population.csv', import.meta.url), 'utf8'));
const TABLE = { baseYear: 2025, ratesPer1000: CSV.ratesPer1000!, rows: CSV.rows };

function withTable(population: unknown): unknown {
  const s = structuredClone(DEFAULT);
  s.referrals.population = population;
  return s;
}

function lines(population: unknown): string[] {
  const r = validateScenario(withTable(population));
  return (r.ok ? r.warnings : r.issues).map(formatIssue);
}

describe('referrals.population', () => {
  it('is optional: a scenario without it validates to the same value as before (no new key)', () => {
    const r = validateScenario(DEFAULT);
    expect(r.ok).toBe(true);
    if (r.ok) expect('population' in r.value.referrals).toBe(false);
    const nulled = validateScenario(withTable(null));
    expect(nulled.ok && nulled.value.referrals.population).toBeNull();
  });

  it('accepts the example table and keeps it (a fresh copy)', () => {
    const r = validateScenario(withTable(TABLE));
    expect(r.ok, JSON.stringify(!r.ok && r.issues)).toBe(true);
    if (!r.ok) return;
    expect(r.value.referrals.population).toEqual(TABLE);
    expect(r.value.referrals.population!.rows).not.toBe(TABLE.rows);
  });

  it('reports bad fields at their path', () => {
    expect(lines({ ...TABLE, baseYear: 1850 })).toEqual(['referrals.population.baseYear: must be a whole number ≥ 1900 (got 1850; allowed: whole number 1900 to 2200)']);
    expect(lines({ ...TABLE, rows: [] })).toEqual(['referrals.population.rows: must list at least one of the population rows (allowed: 1 to 10000 population rows)']);
    expect(lines({ ...TABLE, ratesPer1000: [] })[0]).toBe('referrals.population.ratesPer1000: must be referrals a year per 1,000 inhabitants by age band, e.g. {"18-22": 6.5}, not an array (got [])');
    const rows = structuredClone(TABLE.rows);
    rows[6]!.population = -3;
    rows[7] = { ...rows[7]!, ageBand: '67 +' } as never;
    expect(lines({ ...TABLE, rows })).toEqual([
      'referrals.population.rows[6].population: must be a whole number ≥ 0 (got -3; allowed: whole number 0 to 1000000000)',
      'referrals.population.rows[7].ageBand: must be an age-band name such as "18-22" or "67+" (got "67 +"; allowed: letters, digits, "_", "+", "-" and "–", at most 32 characters)',
    ]);
    expect(lines({ ...TABLE, rowz: 1 })).toEqual(['referrals.population.rowz: unknown field in referrals.population; did you mean "rows"?']);
  });

  it('checks the table as a whole: duplicates, bands without a rate, years lacking a band, unused rates, a base year with no referrals', () => {
    expect(lines({ ...TABLE, rows: [...TABLE.rows, { year: 2025, ageBand: '0-17', population: 1 }] })).toEqual([
      'referrals.population.rows[40]: a second row for 2025, age band "0-17" (also referrals.population.rows[0]) (allowed: one row per year and age band)',
    ]);
    const { '67+': _gone, ...fewer } = TABLE.ratesPer1000;
    expect(lines({ ...TABLE, ratesPer1000: fewer })).toEqual([
      'referrals.population.rows[7].ageBand: age band "67+" has no rate in ratesPer1000 (got "67+"; allowed: an age band of ratesPer1000)',
    ]);
    expect(lines({ ...TABLE, rows: TABLE.rows.filter((r) => !(r.year === 2030 && r.ageBand.startsWith('1'))) })).toEqual([
      'referrals.population.rows: the year 2030 has no row for age band "18-22" (allowed: a row for every age band in every year)',
    ]);
    expect(lines({ ...TABLE, ratesPer1000: { ...TABLE.ratesPer1000, '90+': 0.1 } })).toEqual([
      'warning: referrals.population.ratesPer1000["90+"]: no row of the table has age band "90+", so its rate is not used',
    ]);
    const zero = Object.fromEntries(Object.keys(TABLE.ratesPer1000).map((b) => [b, 0]));
    expect(lines({ ...TABLE, ratesPer1000: zero })).toEqual([
      'referrals.population.baseYear: the table expects no referrals in the base year 2025 (population × rate is 0), so it cannot scale perYear (got 2025; allowed: a base year with population × rate > 0)',
    ]);
  });

  it('study change paths reach into the table', () => {
    const base = validateScenario(withTable(TABLE));
    if (!base.ok) throw new Error('invalid');
    const r = applyChanges(base.value, { 'referrals.population.ratesPer1000.18-22': 7, 'referrals.population.baseYear': 2030 });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.referrals.population!.ratesPer1000['18-22']).toBe(7);
      expect(r.value.referrals.population!.baseYear).toBe(2030);
    }
    const bad = applyChanges(base.value, { 'referrals.population.basYear': 2030 });
    expect(!bad.ok && bad.issues.map((i) => i.message)).toEqual(['after the changes: unknown path: there is no field "basYear" in referrals.population; did you mean "baseYear"?']);
  });
});
