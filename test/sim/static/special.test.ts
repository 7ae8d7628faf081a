/** The special functions behind exact mean stays: log-gamma, the incomplete gamma function and Φ. */
import { describe, expect, it } from 'vitest';
import { gammaP, logGamma, normalCdf, normalPdf } from '../../../sim/static/special';

describe('special functions', () => {
  it('logGamma matches factorials and Γ(1/2) = √π', () => {
    let f = 1;
    for (let n = 1; n <= 30; n++) {
      expect(logGamma(n)).toBeCloseTo(Math.log(f), 10);
      f *= n;
    }
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 12);
  });

  it('gammaP for whole shapes is 1 − e^(−x) Σ x^k / k!', () => {
    for (const a of [1, 2, 5, 20]) {
      for (const x of [0.01, 0.5, 1, 3, 10, 30, 60]) {
        let term = 1;
        let sum = 1;
        for (let k = 1; k < a; k++) {
          term *= x / k;
          sum += term;
        }
        const exact = 1 - Math.exp(-x) * sum;
        expect(Math.abs(gammaP(a, x) - exact), `P(${a}, ${x})`).toBeLessThan(1e-13);
      }
    }
    expect(gammaP(3, 0)).toBe(0);
    expect(gammaP(3, Infinity)).toBe(1);
    expect(() => gammaP(0, 1)).toThrow(RangeError);
  });

  it('gammaP is accurate for large shapes (many terms or continued-fraction steps)', () => {
    // The median of a gamma with large shape k is close to k − 1/3.
    for (const k of [1e3, 1e5]) expect(gammaP(k, k - 1 / 3)).toBeCloseTo(0.5, 4);
  });

  it('normalCdf matches tabulated values to 1e-14', () => {
    const table: [number, number][] = [
      [0, 0.5],
      [1, 0.8413447460685429],
      [-1, 0.15865525393145707],
      [1.959963984540054, 0.975],
      [-3, 0.0013498980316300946],
      [5, 0.9999997133484281],
      [-8, 6.22096057427178e-16],
    ];
    for (const [z, p] of table) expect(Math.abs(normalCdf(z) - p), `Φ(${z})`).toBeLessThan(Math.max(1e-14, p * 1e-10));
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalPdf(0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 15);
  });
});
