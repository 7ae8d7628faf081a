import { describe, expect, it } from 'vitest';
import { formatNumberInput, parseNumberText, shiftDecimal } from '../../../renderer/editor/model/numbers';

describe('numbers typed in either locale', () => {
  it('reads Norwegian decimal commas and space-grouped thousands', () => {
    expect(parseNumberText('7,5', 'nb')).toBe(7.5);
    expect(parseNumberText('7.5', 'nb')).toBe(7.5);
    expect(parseNumberText('1 400', 'nb')).toBe(1400);
    expect(parseNumberText('1\u00a0400,25', 'nb')).toBe(1400.25);
    expect(parseNumberText('1\u202f400', 'nb')).toBe(1400);
    expect(parseNumberText('\u22123', 'nb')).toBe(-3);
    expect(parseNumberText(' 42 ', 'nb')).toBe(42);
  });

  it('reads English decimals and comma-grouped thousands', () => {
    expect(parseNumberText('1,400', 'en')).toBe(1400);
    expect(parseNumberText('12,345.5', 'en')).toBe(12345.5);
    expect(parseNumberText('0.25', 'en')).toBe(0.25);
    expect(parseNumberText('-0', 'en')).toBe(0);
    expect(Object.is(parseNumberText('-0', 'en'), -0)).toBe(false);
  });

  it('keeps text that is not a number as typed, and empty as undefined', () => {
    expect(parseNumberText('abc', 'nb')).toBe('abc');
    expect(parseNumberText('1,5', 'en')).toBe('1,5');
    expect(parseNumberText('1.400,5', 'nb')).toBe('1.400,5');
    expect(parseNumberText('12 dager', 'nb')).toBe('12 dager');
    expect(parseNumberText('-', 'en')).toBe('-');
    expect(parseNumberText('', 'nb')).toBeUndefined();
    expect(parseNumberText('   ', 'en')).toBeUndefined();
    expect(formatNumberInput('abc', 'nb')).toBe('abc');
    expect(formatNumberInput(undefined, 'nb')).toBe('');
    expect(formatNumberInput(null, 'en')).toBe('');
  });

  it('shows numbers with the locale decimal mark', () => {
    expect(formatNumberInput(1400.5, 'nb')).toBe('1400,5');
    expect(formatNumberInput(1400.5, 'en')).toBe('1400.5');
  });
});

describe('shares edited as percentages', () => {
  it('moves the decimal point exactly', () => {
    expect(shiftDecimal('0.07', 2)).toBe('7');
    expect(shiftDecimal('7', -2)).toBe('0.07');
    expect(shiftDecimal('14.5', -2)).toBe('0.145');
    expect(shiftDecimal('1e-7', 2)).toBe('0.00001');
    expect(shiftDecimal('-3.25', -2)).toBe('-0.0325');
  });

  it('stores "7" as exactly 0.07, in both locales', () => {
    expect(parseNumberText('7', 'nb', true)).toBe(0.07);
    expect(parseNumberText('7', 'en', true)).toBe(0.07);
    expect(parseNumberText('14,5', 'nb', true)).toBe(0.145);
    expect(parseNumberText('0,1', 'nb', true)).toBe(0.001);
    expect(parseNumberText('100', 'en', true)).toBe(1);
    expect(parseNumberText('33.333', 'en', true)).toBe(0.33333);
    expect(parseNumberText('sju', 'nb', true)).toBe('sju');
  });

  it('shows 0.07 as "7" and 0.145 as "14,5"', () => {
    expect(formatNumberInput(0.07, 'en', true)).toBe('7');
    expect(formatNumberInput(0.145, 'nb', true)).toBe('14,5');
    expect(formatNumberInput(0.1 + 0.2, 'en', true)).toBe('30.000000000000004');
    expect(formatNumberInput(1, 'nb', true)).toBe('100');
  });

  it('round-trips every share through its percentage text', () => {
    const shares = [0, 1, 0.07, 0.12, 0.35, 0.145, 0.0001, 1e-7, 0.1 + 0.2, 2 / 3, 0.999999];
    for (let i = 0; i <= 1000; i++) shares.push(i / 1000, Math.round(i * 7.3) / 10000);
    let x = 0.123456789;
    for (let i = 0; i < 200; i++) shares.push((x = (x * 9301 + 49297) % 1));
    for (const lang of ['nb', 'en'] as const) {
      for (const share of shares) expect(parseNumberText(formatNumberInput(share, lang, true), lang, true)).toBe(share);
    }
  });

  it('round-trips plain numbers too', () => {
    for (const lang of ['nb', 'en'] as const) {
      for (const n of [0, 1400, 2555, 7900.5, 0.3, 1e-9, 123456.789]) expect(parseNumberText(formatNumberInput(n, lang), lang)).toBe(n);
    }
  });
});
