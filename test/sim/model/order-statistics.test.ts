import { describe, expect, it } from 'vitest';
import { quantilesOfNonNegative } from '../../../sim/model/order-statistics';
import { quantileUnsorted } from '../../../sim/stats/quantile';

const PS = [0, 0.1, 0.5, 0.9, 0.975, 1];

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

/** As metrics.ts did: one copy, reordered by each selection in turn (it matters only for ±0). */
function expectSameAsSelection(values: Float64Array): void {
  const selected = values.slice();
  const expected = PS.map((p) => quantileUnsorted(selected, p));
  const copy = values.slice();
  const got = quantilesOfNonNegative(copy, PS);
  for (let i = 0; i < PS.length; i++) expect(Object.is(got[i], expected[i]), `p = ${PS[i]}: ${got[i]} vs ${expected[i]}`).toBe(true);
  expect(copy).toEqual(values); // left as it is
}

describe('quantilesOfNonNegative (radix selection)', () => {
  it('gives the same bits as quantileUnsorted on waits with many ties and zeros', () => {
    const u = lcg(7);
    for (const n of [1, 2, 3, 10, 255, 256, 1000, 20_000, 200_001]) {
      const xs = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const r = u();
        xs[i] = r < 0.45 ? 0 : r < 0.5 ? 7 : r < 0.55 ? Math.floor(u() * 50) : -Math.log(u()) * 30;
      }
      expectSameAsSelection(xs);
    }
  });

  it('separates values that differ only in their last bits, and huge and tiny magnitudes', () => {
    const u = lcg(11);
    const n = 50_000;
    const xs = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const r = u();
      xs[i] = r < 0.5 ? 1 + Math.floor(u() * 1000) * 2 ** -52 : r < 0.7 ? u() * 1e-310 : r < 0.9 ? u() * 1e300 : 2 ** -1074 * Math.floor(u() * 4);
    }
    expectSameAsSelection(xs);
    expectSameAsSelection(new Float64Array(5000).fill(3.5));
  });

  it('falls back to selection for negative values, −0 and infinities', () => {
    expectSameAsSelection(Float64Array.from([3, -1, 2, 0, 5, -7.5, 1]));
    expectSameAsSelection(Float64Array.from([0, -0, 0, 1, 2]));
    expectSameAsSelection(Float64Array.from([1, Infinity, 2, 3]));
  });

  it('refuses no values and p outside [0, 1]', () => {
    expect(() => quantilesOfNonNegative(new Float64Array(0), [0.5])).toThrow(RangeError);
    expect(() => quantilesOfNonNegative(Float64Array.from([1, 2]), [1.5])).toThrow(RangeError);
  });
});
