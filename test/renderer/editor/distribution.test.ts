import { describe, expect, it } from 'vitest';
import { distributionMean, distributionSd } from '../../../sim';
import { convertDistribution, readDistribution, roundNice } from '../../../renderer/editor/model/distribution';
import { previewDistribution } from '../../../renderer/editor/model/preview';

describe('reading a draft distribution', () => {
  it('accepts only what can be sampled', () => {
    expect(readDistribution({ dist: 'lognormal', mean: 90, sd: 45 })).toEqual({ dist: 'lognormal', mean: 90, sd: 45 });
    expect(readDistribution({ dist: 'lognormal', mean: '90', sd: 45 })).toBeNull();
    expect(readDistribution({ dist: 'exponential', mean: 0 })).toBeNull();
    expect(readDistribution({ dist: 'uniform', min: 10, max: 5 })).toBeNull();
    expect(readDistribution({ dist: 'triangular', min: 1, mode: 9, max: 5 })).toBeNull();
    expect(readDistribution({ dist: 'empirical', values: [1, 'x'] })).toBeNull();
    expect(readDistribution({ dist: 'weibull', mean: 3 })).toBeNull();
    expect(readDistribution(null)).toBeNull();
  });
});

describe('switching the kind keeps mean and spread', () => {
  const from = { dist: 'lognormal', mean: 90, sd: 45 };
  it('carries mean and sd over', () => {
    expect(convertDistribution(from, 'gamma')).toEqual({ dist: 'gamma', mean: 90, sd: 45 });
    expect(convertDistribution(from, 'exponential')).toEqual({ dist: 'exponential', mean: 90 });
    expect(convertDistribution(from, 'fixed')).toEqual({ dist: 'fixed', value: 90 });
  });

  it('keeps the mean for bounded kinds, never going below 0 days', () => {
    for (const kind of ['uniform', 'triangular'] as const) {
      const d = readDistribution(convertDistribution(from, kind))!;
      expect(d).not.toBeNull();
      expect(distributionMean(d)).toBeCloseTo(90, 0);
      expect(distributionSd(d)).toBeGreaterThan(20);
      const low = readDistribution(convertDistribution({ dist: 'exponential', mean: 10 }, kind))!;
      expect(Object.values(low).filter((v) => typeof v === 'number').every((v) => (v as number) >= 0)).toBe(true);
    }
  });

  it('starts from a sensible default when nothing can be read', () => {
    expect(readDistribution(convertDistribution(undefined, 'lognormal'))).toEqual({ dist: 'lognormal', mean: 14, sd: 7 });
    expect(readDistribution(convertDistribution({ dist: 'uniform', min: 'a' }, 'empirical'))).not.toBeNull();
  });

  it('rounds to planner-friendly figures', () => {
    expect(roundNice(77.94228634)).toBe(77.9);
    expect(roundNice(3.14159)).toBe(3.14);
    expect(roundNice(1234.5)).toBe(1230);
  });
});

describe('distribution preview', () => {
  it('is the same every time and matches the distribution', () => {
    const d = { dist: 'lognormal', mean: 90, sd: 45 } as const;
    const a = previewDistribution(d);
    expect(previewDistribution(d)).toEqual(a);
    const sigma2 = Math.log(1 + 0.25);
    const median = 90 * Math.exp(-sigma2 / 2);
    expect(a.mean).toBe(90);
    expect(a.median).toBeGreaterThan(median * 0.97);
    expect(a.median).toBeLessThan(median * 1.03);
    expect(a.p90).toBeGreaterThan(a.median);
    const mass = a.bins.reduce((s, b) => s + b.density * (b.x1 - b.x0), 0);
    expect(mass + a.tailShare).toBeCloseTo(1, 9);
    expect(a.domain[0]).toBe(0);
  });

  it('shows a fixed value as one spike', () => {
    const p = previewDistribution({ dist: 'fixed', value: 14 });
    expect(p.median).toBe(14);
    expect(p.p90).toBe(14);
    expect(p.bins.filter((b) => b.density > 0)).toHaveLength(1);
  });
});
