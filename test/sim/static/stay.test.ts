/**
 * Mean realised stays: E[min(X, max)] exactly for every distribution kind, checked against
 * quadrature of the quantile function (lognormal), closed forms and the simulation's own
 * samplers; dropout at U × planned halves the dropouts' stays.
 */
import { describe, expect, it } from 'vitest';
import { createSampler, distributionMean, lognormalParams } from '../../../sim/random/distributions';
import { normalQuantile } from '../../../sim/random/normal';
import { createStreams } from '../../../sim/random/streams';
import type { Distribution } from '../../../sim/scenario/types';
import { meanCutAt, meanRealisedStay } from '../../../sim/static/stay';

/** E[min(X, m)] by Monte Carlo with the simulation's sampler: mean and standard error. */
function monteCarlo(d: Distribution, m: number, n = 200_000): { mean: number; se: number } {
  const rng = createStreams(7, 0).stays;
  const draw = createSampler(d);
  let sum = 0;
  let sum2 = 0;
  for (let i = 0; i < n; i++) {
    const x = Math.min(draw(rng), m);
    sum += x;
    sum2 += x * x;
  }
  const mean = sum / n;
  return { mean, se: Math.sqrt((sum2 / n - mean * mean) / n) };
}

/** E[min(Q(U), m)] by the midpoint rule on u, for a lognormal (its quantile is explicit). */
function lognormalQuadrature(mean: number, sd: number, m: number, steps = 400_000): number {
  const { mu, sigma } = lognormalParams(mean, sd);
  let sum = 0;
  for (let i = 0; i < steps; i++) sum += Math.min(Math.exp(mu + sigma * normalQuantile((i + 0.5) / steps)), m);
  return sum / steps;
}

const CASES: [string, Distribution, number][] = [
  ['exponential', { dist: 'exponential', mean: 30 }, 45],
  ['lognormal (short-term unit)', { dist: 'lognormal', mean: 55, sd: 25 }, 92],
  ['lognormal (long-term unit)', { dist: 'lognormal', mean: 180, sd: 70 }, 365],
  ['lognormal, heavy cut', { dist: 'lognormal', mean: 8, sd: 5 }, 5],
  ['gamma', { dist: 'gamma', mean: 90, sd: 45 }, 100],
  ['gamma, shape < 1', { dist: 'gamma', mean: 20, sd: 40 }, 30],
  ['uniform', { dist: 'uniform', min: 7, max: 21 }, 12],
  ['triangular, cut below the mode', { dist: 'triangular', min: 7, mode: 14, max: 60 }, 10],
  ['triangular, cut above the mode', { dist: 'triangular', min: 7, mode: 14, max: 60 }, 40],
  ['triangular, mode at min', { dist: 'triangular', min: 0, mode: 0, max: 10 }, 6],
  ['triangular, mode at max', { dist: 'triangular', min: 0, mode: 10, max: 10 }, 6],
];

describe('E[min(X, max)]', () => {
  for (const [name, d, m] of CASES) {
    it(`${name}: agrees with the simulation's sampler`, () => {
      const mc = monteCarlo(d, m);
      expect(Math.abs(meanCutAt(d, m) - mc.mean), `exact ${meanCutAt(d, m)} vs ${mc.mean} ± ${mc.se}`).toBeLessThan(4 * mc.se + 1e-9);
    });
  }

  it('lognormal: agrees with quadrature of the quantile function to 1e-5', () => {
    for (const [mean, sd, m] of [[55, 25, 92], [180, 70, 365], [8, 5, 30], [150, 100, 200]] as const) {
      const exact = meanCutAt({ dist: 'lognormal', mean, sd }, m);
      expect(Math.abs(exact - lognormalQuadrature(mean, sd, m)) / exact).toBeLessThan(1e-5);
    }
  });

  it('closed forms: exponential μ(1 − e^(−m/μ)), fixed min(v, m), uniform and empirical', () => {
    expect(meanCutAt({ dist: 'exponential', mean: 1 }, 2)).toBeCloseTo(1 - Math.exp(-2), 15);
    expect(meanCutAt({ dist: 'fixed', value: 14 }, 10)).toBe(10);
    expect(meanCutAt({ dist: 'fixed', value: 14 }, 20)).toBe(14);
    // Uniform on [0, 10] cut at 5: ∫₀⁵ (1 − x/10) dx = 3.75.
    expect(meanCutAt({ dist: 'uniform', min: 0, max: 10 }, 5)).toBeCloseTo(3.75, 14);
    expect(meanCutAt({ dist: 'uniform', min: 7, max: 21 }, 3)).toBe(3);
    expect(meanCutAt({ dist: 'empirical', values: [2, 4, 12] }, 5)).toBeCloseTo(11 / 3, 14);
  });

  it('without a cut (or a cut beyond every draw) it is the mean', () => {
    const all: Distribution[] = [
      { dist: 'exponential', mean: 30 }, { dist: 'lognormal', mean: 90, sd: 45 }, { dist: 'gamma', mean: 90, sd: 45 },
      { dist: 'fixed', value: 14 }, { dist: 'uniform', min: 7, max: 21 }, { dist: 'triangular', min: 7, mode: 14, max: 60 },
      { dist: 'empirical', values: [3, 5, 9] }, { dist: 'lognormal', mean: 90, sd: 0 }, { dist: 'gamma', mean: 90, sd: 0 },
    ];
    for (const d of all) {
      expect(meanCutAt(d, null)).toBeCloseTo(distributionMean(d), 12);
      expect(meanCutAt(d, undefined)).toBeCloseTo(distributionMean(d), 12);
    }
    expect(meanCutAt({ dist: 'triangular', min: 7, mode: 14, max: 60 }, 60)).toBeCloseTo(27, 12);
    expect(meanCutAt({ dist: 'lognormal', mean: 90, sd: 45 }, 1e6)).toBeCloseTo(90, 9);
    expect(meanCutAt({ dist: 'gamma', mean: 90, sd: 45 }, 1e4)).toBeCloseTo(90, 9);
  });

  it('a gamma with a huge shape is treated as normal, and still agrees', () => {
    const d: Distribution = { dist: 'gamma', mean: 100, sd: 0.05 };
    expect(meanCutAt(d, 100)).toBeCloseTo(100 - 0.05 / Math.sqrt(2 * Math.PI), 6);
    expect(meanCutAt(d, 200)).toBeCloseTo(100, 9);
  });

  it('a cut at 0 gives 0', () => {
    expect(meanCutAt({ dist: 'exponential', mean: 3 }, 0)).toBe(0);
  });
});

describe('mean realised stay', () => {
  it('dropout ends the stay at U × planned, so the mean falls by dropoutShare / 2', () => {
    const d: Distribution = { dist: 'lognormal', mean: 55, sd: 25 };
    expect(meanRealisedStay(d, 92, 0.3)).toBeCloseTo(meanCutAt(d, 92) * 0.85, 12);
    expect(meanRealisedStay(d, null, 0)).toBeCloseTo(55, 12);
    expect(meanRealisedStay({ dist: 'fixed', value: 10 }, null, 1)).toBe(5);
  });
});
