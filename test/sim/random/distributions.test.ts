import { describe, expect, it } from 'vitest';
import { createSampler, distributionMean, distributionSd, gammaParams, lognormalParams } from '../../../sim/random/distributions';
import { normalQuantile } from '../../../sim/random/normal';
import { createStream } from '../../../sim/random/streams';
import type { Distribution } from '../../../sim/scenario/types';

const N = 200_000;

function moments(d: Distribution, seed = 7) {
  const rng = createStream(seed, 0, 'stays');
  const draw = createSampler(d);
  let sum = 0;
  let sumSq = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < N; i++) {
    const x = draw(rng);
    sum += x;
    sumSq += x * x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const mean = sum / N;
  const sd = Math.sqrt((sumSq - N * mean * mean) / (N - 1));
  return { mean, sd, min, max };
}

// Sampled moments must match the exact ones within a few standard errors. The standard error of
// the mean is sd/√N; of the sd roughly sd·√((κ − 1)/(4N)) with κ the kurtosis, so the sd
// tolerance is wider for heavy-tailed distributions.
const cases: [string, Distribution, number][] = [
  ['exponential', { dist: 'exponential', mean: 30 }, 0.02],
  ['lognormal', { dist: 'lognormal', mean: 90, sd: 45 }, 0.03],
  ['lognormal, heavy tail', { dist: 'lognormal', mean: 240, sd: 150 }, 0.05],
  ['gamma, shape > 1', { dist: 'gamma', mean: 90, sd: 45 }, 0.02],
  ['gamma, shape < 1', { dist: 'gamma', mean: 10, sd: 20 }, 0.05],
  ['uniform', { dist: 'uniform', min: 7, max: 21 }, 0.01],
  ['triangular', { dist: 'triangular', min: 7, mode: 14, max: 60 }, 0.01],
  ['empirical', { dist: 'empirical', values: [1, 2, 2, 10, 40] }, 0.01],
];

describe('distributions by mean and sd', () => {
  for (const [name, d, sdTolerance] of cases) {
    it(`${name}: sampled mean and sd match the exact ones`, () => {
      const exactMean = distributionMean(d);
      const exactSd = distributionSd(d);
      const m = moments(d);
      const seMean = exactSd / Math.sqrt(N);
      expect(Math.abs(m.mean - exactMean)).toBeLessThan(4 * seMean);
      expect(Math.abs(m.sd - exactSd) / exactSd).toBeLessThan(sdTolerance);
      expect(m.min).toBeGreaterThanOrEqual(0);
    });
  }

  it('fixed always gives its value', () => {
    const m = moments({ dist: 'fixed', value: 14 });
    expect([m.mean, m.min, m.max]).toEqual([14, 14, 14]);
  });

  it('bounded distributions stay inside their bounds', () => {
    const u = moments({ dist: 'uniform', min: 7, max: 21 });
    expect(u.min).toBeGreaterThanOrEqual(7);
    expect(u.max).toBeLessThanOrEqual(21);
    const t = moments({ dist: 'triangular', min: 7, mode: 14, max: 60 });
    expect(t.min).toBeGreaterThanOrEqual(7);
    expect(t.max).toBeLessThanOrEqual(60);
  });

  it('converts lognormal mean/sd to mu/sigma exactly', () => {
    const { mu, sigma } = lognormalParams(90, 45);
    expect(Math.exp(mu + (sigma * sigma) / 2)).toBeCloseTo(90, 10);
    expect(Math.sqrt((Math.exp(sigma * sigma) - 1) * Math.exp(2 * mu + sigma * sigma))).toBeCloseTo(45, 10);
  });

  it('converts gamma mean/sd to shape/scale exactly', () => {
    const { shape, scale } = gammaParams(90, 45);
    expect(shape * scale).toBeCloseTo(90, 10);
    expect(Math.sqrt(shape) * scale).toBeCloseTo(45, 10);
  });

  it('a zero sd gives the mean itself', () => {
    expect(moments({ dist: 'lognormal', mean: 5, sd: 0 }).max).toBe(5);
    expect(moments({ dist: 'gamma', mean: 5, sd: 0 }).min).toBe(5);
  });
});

describe('normal quantile (AS 241)', () => {
  it('matches known quantiles', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 12);
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446004, 12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 9);
  });
});

describe('seeded streams', () => {
  it('repeat exactly for the same seed, replication and purpose', () => {
    const a = createStream(42, 3, 'arrivals');
    const b = createStream(42, 3, 'arrivals');
    for (let i = 0; i < 1000; i++) expect(a.next()).toBe(b.next());
  });

  it('differ between purposes, replications and seeds', () => {
    const first = (s: ReturnType<typeof createStream>) => s.next();
    const base = first(createStream(42, 3, 'arrivals'));
    expect(first(createStream(42, 3, 'stays'))).not.toBe(base);
    expect(first(createStream(42, 4, 'arrivals'))).not.toBe(base);
    expect(first(createStream(43, 3, 'arrivals'))).not.toBe(base);
  });

  it('draw strictly inside (0, 1) with a uniform mean', () => {
    const s = createStream(1, 0, 'routing');
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < N; i++) {
      const u = s.next();
      if (!(u > 0 && u < 1)) outside++;
      sum += u;
    }
    expect(outside).toBe(0);
    expect(Math.abs(sum / N - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / N));
  });
});
