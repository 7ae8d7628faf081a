import { describe, expect, it } from 'vitest';
import { meanAndSd, summarize, tInterval95 } from '../../../sim/stats/summary';

describe('summarize', () => {
  it('gives mean, sample sd and the t-based 95 % CI', () => {
    // scipy.stats.t.interval(0.95, 7, loc=5, scale=sd/sqrt(8)) = (3.21251208176379, 6.787487918236209)
    const s = summarize([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s.n).toBe(8);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(s.ci95![0]).toBeCloseTo(3.21251208176379, 12);
    expect(s.ci95![1]).toBeCloseTo(6.787487918236209, 12);
  });

  it('matches scipy for two values (df = 1)', () => {
    // values 1, 3: sd √2, standard error 1, t(0.975, 1) = 12.706204736174694 (scipy)
    const s = summarize([1, 3]);
    expect(s.mean).toBe(2);
    expect(s.sd).toBeCloseTo(Math.SQRT2, 14);
    expect(s.ci95![0]).toBeCloseTo(2 - 12.706204736174694, 10);
    expect(s.ci95![1]).toBeCloseTo(2 + 12.706204736174694, 10);
  });

  it('skips nulls but keeps them in place in values', () => {
    const s = summarize([null, 1, null, 3]);
    expect(s.n).toBe(2);
    expect(s.mean).toBe(2);
    expect(s.values).toEqual([null, 1, null, 3]);
  });

  it('has no sd or CI with one value, and no mean with none', () => {
    expect(summarize([4.5])).toEqual({ mean: 4.5, sd: null, ci95: null, n: 1, values: [4.5] });
    expect(summarize([null, null])).toEqual({ mean: null, sd: null, ci95: null, n: 0, values: [null, null] });
    expect(summarize([])).toEqual({ mean: null, sd: null, ci95: null, n: 0, values: [] });
  });

  it('gives a zero-width CI exactly at the value when all values agree', () => {
    const s = summarize([0.1, 0.1, 0.1, null, 0.1]);
    expect(s.mean).toBe(0.1);
    expect(s.sd).toBe(0);
    expect(s.ci95).toEqual([0.1, 0.1]);
  });

  it('does not share the input array', () => {
    const input = [1, 2];
    const s = summarize(input);
    input[0] = 99;
    expect(s.values).toEqual([1, 2]);
  });
});

describe('helpers', () => {
  it('tInterval95 is null without a usable standard error or df', () => {
    expect(tInterval95(1, Number.NaN, 3)).toBeNull();
    expect(tInterval95(1, 1, 0)).toBeNull();
    expect(tInterval95(1, 0, 3)).toEqual([1, 1]);
  });

  it('meanAndSd of one value has no sd', () => {
    expect(meanAndSd([3])).toEqual({ mean: 3, sd: null });
  });
});
