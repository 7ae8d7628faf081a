/**
 * Reads a population table from CSV text (docs/population.md): one row per year and age band,
 *
 *   year,age_band,population,referrals_per_1000
 *   2025,18-22,31000,5.0
 *
 * The rate column is optional (the rates can be typed in the editor instead); where it is
 * given, the rows of one age band must agree on it (blank cells are allowed). Comma,
 * semicolon or tab separated (as the header line shows); with semicolons a decimal comma is
 * read too (Norwegian spreadsheets). Spaces inside a population are digit groups
 * ("31 000"). Lines starting with "#" and blank lines are skipped. Column names are matched
 * without regard to case, spaces, "_" and "-", in English or Norwegian.
 *
 * Every problem names its row (the line of the file, as a spreadsheet numbers it: the header
 * is row 1 when it is the first line) and column, e.g. `row 7, column population: expected a whole number ≥ 0, got -3`. Problems
 * carry a code and params, so that the app can word them in the planner's language.
 */
import { AGE_BAND_PATTERN, LIMITS, RESERVED_IDS } from '../scenario/limits';
import type { PopulationRow } from '../scenario/types';

export type CsvColumn = 'year' | 'ageBand' | 'population' | 'rate';

/** The names each column is known by, compared after lower-casing and dropping spaces, "_", "-" and ".". */
export const CSV_COLUMN_NAMES: Readonly<Record<CsvColumn, readonly string[]>> = {
  year: ['year', 'år', 'aar'],
  ageBand: ['ageband', 'agegroup', 'age', 'aldersgruppe', 'alder', 'aldersgrupper'],
  population: ['population', 'befolkning', 'folkemengde', 'personer', 'antall'],
  rate: ['referralsper1000', 'rateper1000', 'ratesper1000', 'per1000', 'henvisningerper1000', 'rate'],
};

/** Every kind of CSV problem, with its English text. */
export const CSV_MESSAGES = {
  empty: () => 'the file has no header line and no rows',
  missingColumn: (p: { column: string; found: string }) => `no column ${p.column} in the header (found: ${p.found})`,
  fieldCount: (p: { count: number; expected: number }) => `has ${p.count} fields, but the header has ${p.expected}`,
  unclosedQuote: () => 'a quoted field is not closed',
  year: (p: { got: string; min: number; max: number }) => `expected a year from ${p.min} to ${p.max}, got ${p.got}`,
  population: (p: { got: string; max: number }) => `expected a whole number ≥ 0, got ${p.got}`,
  rate: (p: { got: string }) => `expected a number from 0 to 1000 (referrals a year per 1,000 inhabitants), got ${p.got}`,
  band: (p: { got: string; maxLength: number }) => `expected an age band such as 18-22 or 67+ (letters, digits, "_", "+", "-", "–", at most ${p.maxLength} characters), got ${p.got}`,
  duplicate: (p: { year: number; band: string; other: number }) => `a second row for ${p.year}, age band ${p.band} (the first is row ${p.other})`,
  rateConflict: (p: { band: string; got: string; other: number; rate: string }) => `age band ${p.band} has rate ${p.got} here but ${p.rate} in row ${p.other}`,
  missingBand: (p: { year: number; bands: string }) => `the year ${p.year} has no row for age band ${p.bands}`,
  noRate: (p: { band: string }) => `age band ${p.band} has no rate in any row`,
  tooManyRows: (p: { max: number }) => `the table has more than ${p.max} rows`,
} as const;

export type CsvErrorCode = keyof typeof CSV_MESSAGES;

export interface CsvError {
  /** The row: the line of the file, as a spreadsheet numbers it; null for the file as a whole. */
  row: number | null;
  /** The column as the header names it (or the standard name when it is missing); null for a whole row. */
  column: string | null;
  code: CsvErrorCode;
  params: Record<string, string | number>;
  /** English: `row 7, column population: expected a whole number ≥ 0, got -3`. */
  message: string;
}

export interface CsvImport {
  rows: PopulationRow[];
  /** Rates by band from the rate column, or null when the file has none. */
  ratesPer1000: Record<string, number> | null;
  errors: CsvError[];
  delimiter: ',' | ';' | '\t';
}

/** `row 7, column population: …` — the place of a problem, then its text. */
export function csvPlace(row: number | null, column: string | null): string {
  if (row === null) return column === null ? '' : `column ${column}: `;
  return column === null ? `row ${row}: ` : `row ${row}, column ${column}: `;
}

function makeError(row: number | null, column: string | null, code: CsvErrorCode, params: Record<string, string | number> = {}): CsvError {
  const text = (CSV_MESSAGES[code] as (p: Record<string, string | number>) => string)(params);
  return { row, column, code, params, message: `${csvPlace(row, column)}${text}` };
}

/** Splits CSV text into records of fields (RFC 4180 quoting), each with its row number. */
function records(text: string, delimiter: string): { row: number; fields: string[]; unclosed: boolean }[] {
  const out: { row: number; fields: string[]; unclosed: boolean }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let row = 1;
  let start = 1;
  let i = 0;
  const push = (): void => {
    fields.push(field);
    field = '';
  };
  const endRecord = (unclosed = false): void => {
    push();
    out.push({ row: start, fields, unclosed });
    fields = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (ch === delimiter) push();
    else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row++;
      start = row;
    } else field += ch;
    i++;
  }
  if (quoted) endRecord(true);
  else if (field !== '' || fields.length > 0) endRecord();
  return out;
}

/** The delimiter the header line uses most: comma, semicolon or tab. */
function detectDelimiter(line: string): ',' | ';' | '\t' {
  const count = (c: string) => line.split(c).length - 1;
  const candidates = [',', ';', '\t'] as const;
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ',' as ',' | ';' | '\t');
}

/** A column name as compared: lower case without spaces, "_", "-", "." and quotes. */
export function normaliseColumnName(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.'"]/g, '');
}

const show = (s: string): string => (s.trim() === '' ? '(empty)' : s.trim());

/** Reads a population table from CSV text; never throws. */
export function parsePopulationCsv(input: string): CsvImport {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const lines = text.split(/\r\n|\r|\n/);
  const headerLine = lines.find((l) => l.trim() !== '' && !l.trimStart().startsWith('#')) ?? '';
  const delimiter = detectDelimiter(headerLine);
  const errors: CsvError[] = [];
  const result: CsvImport = { rows: [], ratesPer1000: null, errors, delimiter };
  const all = records(text, delimiter).filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === '') && !r.fields[0]!.trimStart().startsWith('#'));
  if (all.length === 0) {
    errors.push(makeError(null, null, 'empty'));
    return result;
  }
  const header = all[0]!;
  const names = header.fields.map((f) => f.trim());
  const column: Partial<Record<CsvColumn, number>> = {};
  names.forEach((name, i) => {
    const n = normaliseColumnName(name);
    for (const [key, known] of Object.entries(CSV_COLUMN_NAMES) as [CsvColumn, readonly string[]][]) {
      if (column[key] === undefined && known.includes(n)) column[key] = i;
    }
  });
  const standard: Record<CsvColumn, string> = { year: 'year', ageBand: 'age_band', population: 'population', rate: 'referrals_per_1000' };
  for (const key of ['year', 'ageBand', 'population'] as const) {
    if (column[key] === undefined) errors.push(makeError(header.row, null, 'missingColumn', { column: standard[key], found: names.filter((n) => n !== '').join(', ') || '(nothing)' }));
  }
  if (errors.length > 0) return result;
  const nameOf = (key: CsvColumn): string => names[column[key]!] || standard[key];
  const body = all.slice(1);
  if (body.length > LIMITS.maxPopulationRows) {
    errors.push(makeError(null, null, 'tooManyRows', { max: LIMITS.maxPopulationRows }));
    return result;
  }
  const hasRate = column.rate !== undefined;
  const rates = new Map<string, { rate: number; text: string; row: number }>();
  const seen = new Map<string, number>();
  const bandsSeen = new Set<string>();
  const years = new Map<number, Set<string>>();
  for (const rec of body) {
    if (rec.unclosed) {
      errors.push(makeError(rec.row, null, 'unclosedQuote'));
      continue;
    }
    if (rec.fields.length !== names.length) {
      errors.push(makeError(rec.row, null, 'fieldCount', { count: rec.fields.length, expected: names.length }));
      continue;
    }
    const cell = (key: CsvColumn): string => rec.fields[column[key]!]!.trim();
    const before = errors.length;
    const year = parseYear(cell('year'));
    if (year === undefined) errors.push(makeError(rec.row, nameOf('year'), 'year', { got: show(cell('year')), min: LIMITS.minYear, max: LIMITS.maxYear }));
    const band = cell('ageBand');
    const bandOk = AGE_BAND_PATTERN.test(band) && band.length <= LIMITS.maxBandLength && !RESERVED_IDS.has(band);
    if (!bandOk) errors.push(makeError(rec.row, nameOf('ageBand'), 'band', { got: show(band), maxLength: LIMITS.maxBandLength }));
    const population = parseWhole(cell('population'));
    if (population === undefined) errors.push(makeError(rec.row, nameOf('population'), 'population', { got: show(cell('population')), max: LIMITS.maxPopulation }));
    let rate: number | undefined;
    if (hasRate && cell('rate') !== '') {
      rate = parseRate(cell('rate'), delimiter === ';');
      if (rate === undefined) errors.push(makeError(rec.row, nameOf('rate'), 'rate', { got: show(cell('rate')) }));
    }
    if (errors.length !== before) continue;
    bandsSeen.add(band);
    if (rate !== undefined) {
      const first = rates.get(band);
      if (first === undefined) rates.set(band, { rate, text: cell('rate'), row: rec.row });
      else if (first.rate !== rate) {
        errors.push(makeError(rec.row, nameOf('rate'), 'rateConflict', { band, got: cell('rate'), other: first.row, rate: first.text }));
        continue;
      }
    }
    const key = `${year}\u0000${band}`;
    const other = seen.get(key);
    if (other !== undefined) {
      errors.push(makeError(rec.row, null, 'duplicate', { year: year!, band, other }));
      continue;
    }
    seen.set(key, rec.row);
    (years.get(year!) ?? years.set(year!, new Set()).get(year!)!).add(band);
    result.rows.push({ year: year!, ageBand: band, population: population! });
  }
  if (errors.length === 0) {
    for (const [year, have] of [...years].sort((a, b) => a[0] - b[0])) {
      const missing = [...bandsSeen].filter((b) => !have.has(b));
      if (missing.length > 0) errors.push(makeError(null, nameOf('ageBand'), 'missingBand', { year, bands: missing.join(', ') }));
    }
    if (hasRate) {
      for (const band of bandsSeen) if (!rates.has(band)) errors.push(makeError(null, nameOf('rate'), 'noRate', { band }));
    }
  }
  if (hasRate) result.ratesPer1000 = Object.fromEntries([...rates].map(([band, r]) => [band, r.rate]));
  return result;
}

function parseYear(text: string): number | undefined {
  if (!/^\d{4}$/.test(text)) return undefined;
  const y = Number(text);
  return y >= LIMITS.minYear && y <= LIMITS.maxYear ? y : undefined;
}

/** A whole number ≥ 0, with spaces (also no-break and thin) allowed between digit groups. */
function parseWhole(text: string): number | undefined {
  const t = text.replace(/[\s\u00a0\u202f\u2009]/g, '');
  if (!/^\+?\d+$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isSafeInteger(n) && n <= LIMITS.maxPopulation ? n : undefined;
}

/** A rate from 0 to 1000; with a semicolon-separated file a decimal comma is read as a point. */
function parseRate(text: string, decimalComma: boolean): number | undefined {
  let t = text.replace(/[\s\u00a0\u202f\u2009]/g, '');
  if (decimalComma && /^\+?\d*,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^\+?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 && n <= 1000 ? n : undefined;
}

/** The table as CSV text (comma separated, with the rate column), as parsePopulationCsv reads it. */
export function populationCsv(rows: readonly PopulationRow[], ratesPer1000: Readonly<Record<string, number>>): string {
  const lines = ['year,age_band,population,referrals_per_1000'];
  for (const r of rows) lines.push(`${r.year},${r.ageBand},${r.population},${ratesPer1000[r.ageBand] ?? ''}`);
  return `${lines.join('\n')}\n`;
}
