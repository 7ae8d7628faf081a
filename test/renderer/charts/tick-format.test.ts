import { describe, expect, it } from 'vitest';
import { decimalsFor, tickFormatter } from '../../../renderer/charts/tick-format';
import { createFormatter } from '../../../renderer/i18n/format';

describe('tickFormatter', () => {
  it('uses as many decimals as the tick step needs, in the locale', () => {
    expect(tickFormatter([0, 0.5, 1], createFormatter('nb'))(0.5)).toBe('0,5');
    expect(tickFormatter([0, 0.5, 1], createFormatter('en'))(0.5)).toBe('0.5');
    expect(tickFormatter([0, 20, 40], createFormatter('en'))(40)).toBe('40');
  });
  it('scales shares to percent first', () => {
    expect(tickFormatter([0, 0.05, 0.1], createFormatter('nb'), 100)(0.05)).toBe('5');
    expect(tickFormatter([0, 0.025, 0.05], createFormatter('nb'), 100)(0.025)).toBe('2,5');
  });
});

describe('decimalsFor', () => {
  it('finds the fewest decimals that show every value exactly', () => {
    expect(decimalsFor([0, 1, 2])).toBe(0);
    expect(decimalsFor([0, 0.2, 0.4000000000000001])).toBe(1);
    expect(decimalsFor([0, 0.25, 0.5])).toBe(2);
  });
});
