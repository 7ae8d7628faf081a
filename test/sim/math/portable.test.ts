import { describe, expect, it } from 'vitest';
import { exp, log, pow } from '../../../sim/math/portable';

/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
  const v = new BigInt64Array(new Float64Array([a, b]).buffer);
  const d = v[0] - v[1];
  return Number(d < 0n ? -d : d);
}

function* uniforms(n: number): Generator<number> {
  let s = 12345;
  for (let i = 0; i < n; i++) {
    s = (s * 16807) % 2147483647;
    yield s / 2147483647;
  }
}

describe('portable log and exp (fdlibm)', () => {
  it('log is within 1 ulp of Math.log across magnitudes', () => {
    let worst = 0;
    for (const u of uniforms(200_000)) {
      for (const x of [u, u * 1e6, u * 1e-300, 1 + u * 1e-7, u * u * u, 1 / u]) worst = Math.max(worst, ulps(log(x), Math.log(x)));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('exp is within 1 ulp of Math.exp over its whole range', () => {
    let worst = 0;
    for (const u of uniforms(200_000)) {
      for (const x of [u * 20 - 10, u * 1400 - 700, (u - 0.5) * 1e-9, u * 0.7, 709 + u * 0.78]) worst = Math.max(worst, ulps(exp(x), Math.exp(x)));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('handles the special values as IEEE does', () => {
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(NaN)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log(1)).toBe(0);
    expect(log(5e-324)).toBeCloseTo(-744.4400719213812, 12);
    expect(exp(0)).toBe(1);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-800)).toBe(0);
    expect(exp(709.78)).toBeCloseTo(Math.exp(709.78), -290);
    expect(pow(1.02, 3)).toBeCloseTo(1.061208, 14);
    expect(pow(7, 0)).toBe(1);
  });
});
