import { describe, expect, it } from 'vitest';
import { tQuantile, tUpperTail } from '../../../sim/stats/t-distribution';

/** Relative error, the accuracy measure the quantile promises (≤ 1e-8; in practice ~1e-12). */
const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe('tQuantile', () => {
  it('matches printed t tables at p = 0.975', () => {
    const table: [number, number][] = [
      [1, 12.7062047],
      [2, 4.30265273],
      [4, 2.77644511],
      [9, 2.26215716],
      [29, 2.04522964],
      [99, 1.98421695],
      [1000, 1.96233908],
    ];
    for (const [df, want] of table) expect(tQuantile(0.975, df)).toBeCloseTo(want, 7);
  });

  // References computed with mpmath at 50 digits (inverting the regularized incomplete beta).
  it.each([
    [0.975, 3.7, 2.8675207071911885],
    [0.95, 1.5, 3.7051808200967493],
    [1e-10, 5, -156.82559270889432],
    [1e-300, 2.5, -8.7654378822799919e119],
    [1e-300, 1.0001, -2.9710586560080604e299],
    [0.6, 50.5, 0.25468591402667756],
    [0.5000001, 7, 2.5974602742784955e-7],
    [0.999, 25000, 3.0905583428387137],
    [1e-12, 99999, -7.0353717512737916],
    [0.975, 1e5, 1.9599877075346093],
    [0.975, 3e8, 1.9599639924476247],
  ])('p = %s, df = %s is accurate to 1e-11 relative', (p, df, want) => {
    expect(rel(tQuantile(p, df), want)).toBeLessThan(1e-11);
  });

  it('uses the exact Cauchy and df = 2 forms', () => {
    // cot(π p) from mpmath: the tail form, where tan(π(p − ½)) itself would lose digits.
    expect(rel(tQuantile(1e-9, 1), -318309886.18379065)).toBeLessThan(1e-14);
    expect(rel(tQuantile(0.99, 1), 31.820515953773957)).toBeLessThan(1e-13);
    for (const p of [0.3, 0.49999, 0.7]) expect(rel(tQuantile(p, 1), Math.tan(Math.PI * (p - 0.5)))).toBeLessThan(1e-14);
    for (const p of [1e-9, 0.01, 0.3, 0.49999, 0.7, 0.975]) {
      const two = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
      expect(rel(tQuantile(p, 2), two)).toBeLessThan(1e-13);
    }
  });

  it('is antisymmetric about p = 1/2 and monotone in p and df', () => {
    for (const df of [1, 1.7, 3, 12.5, 300, 2e5]) {
      expect(tQuantile(0.5, df)).toBe(0);
      for (const p of [0.001, 0.1, 0.4]) expect(tQuantile(p, df)).toBeCloseTo(-tQuantile(1 - p, df), 12);
      expect(tQuantile(0.9, df)).toBeLessThan(tQuantile(0.95, df));
    }
    expect(tQuantile(0.975, 10)).toBeGreaterThan(tQuantile(0.975, 10.5));
  });

  it('inverts tUpperTail across many df and p', () => {
    for (const df of [1.2, 2.5, 3, 6.6, 17, 80.25, 4000]) {
      for (const p of [1e-8, 0.02, 0.3, 0.55, 0.9, 0.999]) {
        // Compare the smaller tail, so that 1 − x does not eat the digits.
        const t = tQuantile(p, df);
        if (p < 0.5) expect(rel(tUpperTail(-t, df), p)).toBeLessThan(1e-12);
        else expect(rel(tUpperTail(t, df), 1 - p)).toBeLessThan(1e-12);
      }
    }
  });

  it('approaches the normal quantile and handles the ends', () => {
    expect(tQuantile(0.975, Infinity)).toBeCloseTo(1.959963984540054, 14);
    expect(tQuantile(0, 5)).toBe(-Infinity);
    expect(tQuantile(1, 5)).toBe(Infinity);
    expect(() => tQuantile(1.1, 5)).toThrow(RangeError);
    expect(() => tQuantile(Number.NaN, 5)).toThrow(RangeError);
    expect(() => tQuantile(0.9, 0.5)).toThrow(RangeError);
  });
});

describe('tUpperTail', () => {
  it.each([
    [2, 3, 0.069662984279421588],
    [0.1, 10, 0.46116035928220416],
    [40, 4.5, 3.2247826064604991e-7],
    [1e60, 3, 1.1026577908435842e-180],
    [2.5, 1e5, 0.0062104595962795227],
  ])('P(T > %s; df = %s) matches mpmath', (t, df, want) => {
    expect(rel(tUpperTail(t, df), want)).toBeLessThan(1e-12);
  });

  it('stays within 1e-10 at df = 1e6, where the continued fraction is long', () => {
    expect(rel(tUpperTail(2.5, 1e6), 0.0062097447510816231)).toBeLessThan(1e-10);
  });

  it('is symmetric and handles edge values', () => {
    expect(tUpperTail(0, 4)).toBe(0.5);
    expect(tUpperTail(-2, 3)).toBeCloseTo(1 - 0.069662984279421588, 15);
    expect(tUpperTail(Infinity, 3)).toBe(0);
    expect(tUpperTail(-Infinity, 3)).toBe(1);
    expect(tUpperTail(1, 0)).toBeNaN();
  });
});
