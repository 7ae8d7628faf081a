/** The static panel's strings: the same keys in both languages, the same placeholders, and a text for every CSV problem. */
import { describe, expect, it } from 'vitest';
import { CSV_MESSAGES, parsePopulationCsv } from '../../../sim/demography/csv';
import { staticTexts as en } from '../../../renderer/i18n/en/static';
import { staticTexts as nb } from '../../../renderer/i18n/nb/static';
import { en as allEn } from '../../../renderer/i18n/en';
import { csvErrorText } from '../../../renderer/static/PopulationField';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const translate = (dict: Record<string, string>) => (key: string, vars?: Record<string, string | number>) =>
  (dict[key] ?? key).replace(/\{(\w+)\}/g, (m, name: string) => (vars && name in vars ? String(vars[name]) : m));

describe('static panel strings', () => {
  it('bokmål has exactly the English keys, each with the same placeholders', () => {
    expect(Object.keys(nb).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(placeholders(nb[key]), key).toEqual(placeholders(en[key]));
  });

  it('are all in the app’s dictionary, under static.*', () => {
    for (const key of Object.keys(en)) {
      expect(key.startsWith('static.')).toBe(true);
      expect(key in allEn, key).toBe(true);
    }
  });

  it('every CSV problem code has a text (static.csv.<code>), and no other codes do', () => {
    const codes = Object.keys(CSV_MESSAGES).sort();
    const keys = Object.keys(en)
      .filter((k) => k.startsWith('static.csv.') && !k.startsWith('static.csv.place.'))
      .map((k) => k.slice('static.csv.'.length))
      .sort();
    expect(keys).toEqual(codes);
  });

  it('a CSV problem reads the same in the app’s English as in the reader’s, and in bokmål names row and column', () => {
    const text = ['year,age_band,population,referrals_per_1000', '2025,a,1,1', '2025,a,-3,x', '2030,b,1,1', 'x'].join('\n');
    const errors = parsePopulationCsv(text).errors;
    expect(errors.length).toBeGreaterThan(2);
    for (const e of errors) expect(csvErrorText(e, translate(en) as never)).toBe(e.message);
    expect(csvErrorText(errors[0]!, translate(nb) as never)).toBe('rad 3, kolonne population: ventet et heltall ≥ 0, fikk -3');
  });
});
