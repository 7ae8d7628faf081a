/**
 * The optional population table `referrals.population` (docs/population.md): a base year,
 * referral rates per 1,000 by age band, and rows (year, age band, population). Every year
 * must have one row for each age band, every band of the rows a rate, and the base year must
 * expect some referrals (it is the divisor of the demographic factor).
 */
import { checkNumber, checkObject, checkText, checkUnknownFields, copyFreeText, has, join, own, setOwn, valueKind, type Json, type NumberSpec } from './check';
import { POPULATION_FIELDS, POPULATION_ROW_FIELDS } from './fields';
import type { IssueList } from './issues';
import { AGE_BAND_PATTERN, LIMITS, RESERVED_IDS } from './limits';
import type { PopulationRow, PopulationTable } from './types';
import { demandAt, demandCurve } from '../demography/table';

const YEAR: NumberSpec = { min: LIMITS.minYear, max: LIMITS.maxYear, integer: true };
const POPULATION: NumberSpec = { min: 0, max: LIMITS.maxPopulation, integer: true };
const RATE: NumberSpec = { min: 0, max: 1000 };

/** A valid age-band name, or undefined after reporting why not. */
function checkBand(issues: IssueList, path: string, value: unknown): string | undefined {
  const band = checkText(issues, path, value, 'ageBand');
  if (band === undefined) return undefined;
  if (!AGE_BAND_PATTERN.test(band) || band.length > LIMITS.maxBandLength || RESERVED_IDS.has(band)) {
    issues.error(path, 'population.bandName', { maxLength: LIMITS.maxBandLength }, band);
    return undefined;
  }
  return band;
}

/** Checks `referrals.population`; absent or null gives null (no table). */
export function checkPopulation(issues: IssueList, value: unknown): PopulationTable | null | undefined {
  if (value === undefined || value === null) return null;
  const path = 'referrals.population';
  const obj = checkObject(issues, path, value, 'population');
  if (obj === undefined) return undefined;
  checkUnknownFields(issues, path, obj, POPULATION_FIELDS, 'population');
  const before = issues.errorCount;
  const out: Json = {};
  out.baseYear = checkNumber(issues, join(path, 'baseYear'), own(obj, 'baseYear'), YEAR);
  const rates = checkRates(issues, join(path, 'ratesPer1000'), own(obj, 'ratesPer1000'));
  out.ratesPer1000 = rates;
  const rows = checkRows(issues, join(path, 'rows'), own(obj, 'rows'));
  out.rows = rows;
  copyFreeText(issues, path, obj, out);
  if (issues.errorCount !== before || rates === undefined || rows === undefined) return undefined;
  checkCompleteness(issues, path, rates, rows);
  if (issues.errorCount !== before) return undefined;
  const table = out as unknown as PopulationTable;
  const base = demandAt(demandCurve(table), table.baseYear);
  if (!(base > 0)) issues.error(join(path, 'baseYear'), 'population.baseZero', { baseYear: table.baseYear }, table.baseYear);
  return issues.errorCount === before ? table : undefined;
}

function checkRates(issues: IssueList, path: string, value: unknown): Record<string, number> | undefined {
  const obj = checkObject(issues, path, value, 'ratesPer1000');
  if (obj === undefined) return undefined;
  const out: Json = {};
  let ok = true;
  for (const key of Object.keys(obj)) {
    const at = join(path, key);
    if (checkBand(issues, at, key) === undefined) {
      ok = false;
      continue;
    }
    const rate = checkNumber(issues, at, obj[key], RATE);
    if (rate === undefined) ok = false;
    else setOwn(out, key, rate);
  }
  return ok ? (out as Record<string, number>) : undefined;
}

function checkRows(issues: IssueList, path: string, value: unknown): PopulationRow[] | undefined {
  const max = LIMITS.maxPopulationRows;
  if (value === undefined) {
    issues.error(path, 'list.required', { items: 'populationRows', max });
    return undefined;
  }
  if (!Array.isArray(value)) {
    issues.error(path, 'list.type', { items: 'populationRows', kind: valueKind(value), max }, value);
    return undefined;
  }
  if (value.length === 0) {
    issues.error(path, 'list.empty', { items: 'populationRows', max });
    return undefined;
  }
  if (value.length > max) {
    issues.error(path, 'list.tooLong', { items: 'populationRows', max, count: value.length });
    return undefined;
  }
  const before = issues.errorCount;
  const rows: PopulationRow[] = [];
  const seen = new Map<string, number>();
  value.forEach((item: unknown, i) => {
    const at = join(path, i);
    const row = checkObject(issues, at, item, 'populationRow');
    if (row === undefined) return;
    checkUnknownFields(issues, at, row, POPULATION_ROW_FIELDS, 'populationRow');
    const year = checkNumber(issues, join(at, 'year'), own(row, 'year'), YEAR);
    const ageBand = checkBand(issues, join(at, 'ageBand'), own(row, 'ageBand'));
    const population = checkNumber(issues, join(at, 'population'), own(row, 'population'), POPULATION);
    if (year === undefined || ageBand === undefined || population === undefined) return;
    const key = `${year}\u0000${ageBand}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.error(at, 'population.duplicateRow', { year, band: ageBand, other: join(path, first) });
      return;
    }
    seen.set(key, i);
    const clean: Json = { year, ageBand, population };
    copyFreeText(issues, at, row, clean);
    rows.push(clean as unknown as PopulationRow);
  });
  return issues.errorCount === before ? rows : undefined;
}

/** Every year has a row for every band, every band of the rows has a rate; a rate no row uses is a warning. */
function checkCompleteness(issues: IssueList, path: string, rates: Record<string, number>, rows: readonly PopulationRow[]): void {
  const bands = new Set(rows.map((r) => r.ageBand));
  const reported = new Set<string>();
  rows.forEach((r, i) => {
    if (has(rates, r.ageBand) || reported.has(r.ageBand)) return;
    reported.add(r.ageBand);
    issues.error(join(join(join(path, 'rows'), i), 'ageBand'), 'population.bandNoRate', { band: r.ageBand }, r.ageBand);
  });
  const byYear = new Map<number, Set<string>>();
  for (const r of rows) (byYear.get(r.year) ?? byYear.set(r.year, new Set()).get(r.year)!).add(r.ageBand);
  for (const [year, have] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const missing = [...bands].filter((b) => !have.has(b));
    if (missing.length > 0) issues.error(join(path, 'rows'), 'population.yearMissingBand', { year, bands: missing });
  }
  for (const band of Object.keys(rates)) {
    if (!bands.has(band)) issues.warn(join(join(path, 'ratesPer1000'), band), 'population.rateNoRows', { band });
  }
}

