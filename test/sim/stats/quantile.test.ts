import { describe, expect, it } from 'vitest';
import { quantileSorted } from '../../../sim/stats/quantile';

describe('quantileSorted (type 7)', () => {
  // Expected values from numpy.quantile (default method "linear").
  it.each([
    [[1, 2, 3, 4], 0.9, 3.7],
    [[15, 20, 35, 40, 50], 0.4, 29],
    [[15, 20, 35, 40, 50], 0.1, 17],
    [[3.5], 0.3, 3.5],
    [[0, 10], 0.25, 2.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1],
    [[2.5, 2.5, 7, 11.25, 40], 0.75, 11.25],
    [[-5, -1, 0, 3], 1 / 3, -1],
  ])('%j at p = %s is %s', (xs, p, want) => {
    expect(quantileSorted(xs, p)).toBeCloseTo(want, 12);
  });

  it('returns the extremes at p = 0 and 1', () => {
    expect(quantileSorted([2, 4, 9], 0)).toBe(2);
    expect(quantileSorted([2, 4, 9], 1)).toBe(9);
  });

  it('accepts a sorted Float64Array', () => {
    const xs = Float64Array.from([10, 1, 4, 7]).sort();
    expect(quantileSorted(xs, 0.5)).toBe(5.5);
    expect(quantileSorted(xs, 0.9)).toBeCloseTo(9.1, 12);
  });

  it('rejects empty input and p outside [0, 1]', () => {
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
    expect(() => quantileSorted([1], 1.5)).toThrow(RangeError);
    expect(() => quantileSorted([1], Number.NaN)).toThrow(RangeError);
  });
});

import { quantileUnsorted } from '../../../sim/stats/quantile';

describe('quantileUnsorted (selection)', () => {
  it('equals the sorted type-7 quantile on random data', () => {
    let s = 7;
    for (const n of [1, 2, 3, 10, 101, 5000]) {
      const xs = Float64Array.from({ length: n }, () => ((s = (s * 16807) % 2147483647) / 2147483647) * 100);
      const sorted = Float64Array.from(xs).sort();
      for (const p of [0, 0.1, 0.5, 0.9, 0.975, 1]) expect(quantileUnsorted(Float64Array.from(xs), p)).toBe(quantileSorted(sorted, p));
    }
  });
});
