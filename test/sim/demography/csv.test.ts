/**
 * Importing a population table from CSV: the shipped example reads cleanly, and every kind of
 * bad input is reported with the row (as a spreadsheet numbers it) and the column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_MESSAGES, parsePopulationCsv, populationCsv } from '../../../sim/demography/csv';
import { demandAt, demandCurve } from '../../../sim/demography/table';

const EXAMPLE = readFileSync(new URL('../../../scenarios/example-population.csv', import.meta.url), 'utf8');

const HEADER = 'year,age_band,population,referrals_per_1000';

function messages(text: string): string[] {
  return parsePopulationCsv(text).errors.map((e) => e.message);
}

describe('the shipped example table', () => {
  it('is marked as illustrative, not SSB figures', () => {
    expect(EXAMPLE.split('\n')[0]).toMatch(/^# Illustrative .*NOT real figures from Statistics Norway \(SSB\)/);
  });

  it('reads without errors: 5 years × 8 age bands, with rates', () => {
    const r = parsePopulationCsv(EXAMPLE);
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(40);
    expect(new Set(r.rows.map((x) => x.year))).toEqual(new Set([2025, 2030, 2035, 2040, 2045]));
    expect(Object.keys(r.ratesPer1000!)).toHaveLength(8);
    // Its base year expects about the default's 1,510 new referrals.
    const d = demandAt(demandCurve({ rows: r.rows, ratesPer1000: r.ratesPer1000! }), 2025);
    expect(d).toBeCloseTo(1509.9, 6);
  });

  it('round-trips through populationCsv', () => {
    const r = parsePopulationCsv(EXAMPLE);
    const again = parsePopulationCsv(populationCsv(r.rows, r.ratesPer1000!));
    expect(again.errors).toEqual([]);
    expect(again.rows).toEqual(r.rows);
    expect(again.ratesPer1000).toEqual(r.ratesPer1000);
  });
});

describe('CSV errors name the row and the column', () => {
  it('a negative population: "row 7, column population: expected a whole number ≥ 0, got -3"', () => {
    const text = [HEADER, '2025,0-17,100,1', '2025,18-22,200,2', '2030,0-17,110,', '2030,18-22,210,', '2035,0-17,120,', '2035,18-22,-3,'].join('\n');
    expect(messages(text)).toEqual(['row 7, column population: expected a whole number ≥ 0, got -3']);
    const e = parsePopulationCsv(text).errors[0]!;
    expect(e).toMatchObject({ row: 7, column: 'population', code: 'population', params: { got: '-3' } });
  });

  it('uses the column names as the file writes them, and rows as lines of the file (comments counted)', () => {
    const text = ['# a comment', 'År;Aldersgruppe;Befolkning', '2025;18-22;12,5'].join('\n');
    expect(messages(text)).toEqual(['row 3, column Befolkning: expected a whole number ≥ 0, got 12,5']);
  });

  it('reports every bad cell of a row, and every bad row', () => {
    const text = [HEADER, '20x5,18 22,3.5,abc', '2025,18-22,100,1200', '1800,18-22,100,1'].join('\n');
    expect(messages(text)).toEqual([
      'row 2, column year: expected a year from 1900 to 2200, got 20x5',
      'row 2, column age_band: expected an age band such as 18-22 or 67+ (letters, digits, "_", "+", "-", "–", at most 32 characters), got 18 22',
      'row 2, column population: expected a whole number ≥ 0, got 3.5',
      'row 2, column referrals_per_1000: expected a number from 0 to 1000 (referrals a year per 1,000 inhabitants), got abc',
      'row 3, column referrals_per_1000: expected a number from 0 to 1000 (referrals a year per 1,000 inhabitants), got 1200',
      'row 4, column year: expected a year from 1900 to 2200, got 1800',
    ]);
  });

  it('empty cells say so', () => {
    expect(messages([HEADER, '2025,,100,1'].join('\n'))).toEqual([
      'row 2, column age_band: expected an age band such as 18-22 or 67+ (letters, digits, "_", "+", "-", "–", at most 32 characters), got (empty)',
    ]);
  });

  it('a missing column names what was found', () => {
    expect(messages('year,band,people\n2025,a,1')).toEqual([
      'row 1: no column age_band in the header (found: year, band, people)',
      'row 1: no column population in the header (found: year, band, people)',
    ]);
  });

  it('a row with the wrong number of fields, an unclosed quote, an empty file', () => {
    expect(messages([HEADER, '2025,18-22,100'].join('\n'))).toEqual(['row 2: has 3 fields, but the header has 4']);
    expect(messages([HEADER, '2025,"18-22,100,1'].join('\n'))).toEqual(['row 2: a quoted field is not closed']);
    expect(messages('')).toEqual(['the file has no header line and no rows']);
    expect(messages('# only a comment\n\n')).toEqual(['the file has no header line and no rows']);
  });

  it('duplicates, conflicting rates, bands missing in a year and bands with no rate', () => {
    expect(messages([HEADER, '2025,a,1,1', '2025,a,2,1'].join('\n'))).toEqual(['row 3: a second row for 2025, age band a (the first is row 2)']);
    expect(messages([HEADER, '2025,a,1,1', '2030,a,2,1.5'].join('\n'))).toEqual(['row 3, column referrals_per_1000: age band a has rate 1.5 here but 1 in row 2']);
    expect(messages([HEADER, '2025,a,1,1', '2025,b,1,1', '2030,a,2,'].join('\n'))).toEqual(['column age_band: the year 2030 has no row for age band b']);
    expect(messages([HEADER, '2025,a,1,1', '2025,b,1,'].join('\n'))).toEqual(['column referrals_per_1000: age band b has no rate in any row']);
  });

  it('every error code has an English text', () => {
    for (const code of Object.keys(CSV_MESSAGES)) expect(typeof CSV_MESSAGES[code as keyof typeof CSV_MESSAGES]).toBe('function');
  });
});

describe('what the reader accepts', () => {
  it('semicolons with decimal commas, digit-group spaces, quotes, CRLF, a BOM, and no rate column', () => {
    const text = '\uFEFFår;aldersgruppe;befolkning;henvisninger per 1000\r\n2025;"18-22";"31 000";5,5\r\n2025;67+;80\u00a0000;0,8\r\n';
    const r = parsePopulationCsv(text);
    expect(r.errors).toEqual([]);
    expect(r.delimiter).toBe(';');
    expect(r.rows).toEqual([
      { year: 2025, ageBand: '18-22', population: 31000 },
      { year: 2025, ageBand: '67+', population: 80000 },
    ]);
    expect(r.ratesPer1000).toEqual({ '18-22': 5.5, '67+': 0.8 });
    const plain = parsePopulationCsv('Year\tAge band\tPopulation\n2025\t18-22\t31000\n');
    expect(plain.errors).toEqual([]);
    expect(plain.ratesPer1000).toBeNull();
    expect(plain.delimiter).toBe('\t');
  });

  it('a blank rate cell takes the band’s rate from another row', () => {
    const r = parsePopulationCsv([HEADER, '2025,a,1,2.5', '2030,a,2,'].join('\n'));
    expect(r.errors).toEqual([]);
    expect(r.ratesPer1000).toEqual({ a: 2.5 });
  });
});
