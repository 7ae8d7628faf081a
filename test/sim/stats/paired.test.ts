import { describe, expect, it } from 'vitest';
import { clearChange, pairedDifference, verdict, welchDifference } from '../../../sim/stats/paired';
import type { Summary } from '../../../sim/run/types';

const withCi = (lo: number, hi: number): Summary => ({ mean: (lo + hi) / 2, sd: 1, ci95: [lo, hi], n: 5, values: [] });

describe('pairedDifference', () => {
  it('summarises per-replication differences (matches scipy ttest_rel)', () => {
    const d = pairedDifference([10.5, 12, 9.75, 11], [10, 11, 10, 10]);
    expect(d.values).toEqual([0.5, 1, -0.25, 1]);
    expect(d.mean).toBeCloseTo(0.5625, 14);
    expect(d.ci95![0]).toBeCloseTo(-0.3774784049512264, 12);
    expect(d.ci95![1]).toBeCloseTo(1.5024784049512263, 12);
  });

  it('skips replications where either value is missing', () => {
    const d = pairedDifference([1, null, 3, 4], [0, 2, null, 1]);
    expect(d.values).toEqual([1, null, null, 3]);
    expect(d.n).toBe(2);
    expect(d.mean).toBe(2);
  });

  it('gives a tight CI when common random numbers make the differences constant', () => {
    const d = pairedDifference([5, 9, 2], [4, 8, 1]);
    expect(d.ci95).toEqual([1, 1]);
    expect(verdict(d, 'lower')).toBe('worse');
  });

  it('refuses arrays of different lengths', () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow(/one per replication/);
  });
});

describe('welchDifference', () => {
  it('matches scipy ttest_ind(equal_var=False)', () => {
    const d = welchDifference([5, 7, 6, 9], [3, 4, 2, 6, 5]);
    expect(d.mean).toBeCloseTo(2.75, 14);
    expect(d.ci95![0]).toBeCloseTo(0.0684009103454426, 12);
    expect(d.ci95![1]).toBeCloseTo(5.431599089654558, 12);
    expect(d.sd).toBeNull();
    expect(d.values).toEqual([]);
    expect(d.n).toBe(9);
  });

  it('handles one side without spread and missing values', () => {
    const d = welchDifference([5, 7, null, 6, 9], [4, 4, 4]);
    expect(d.ci95![0]).toBeCloseTo(0.03246911620398496, 12);
    expect(d.ci95![1]).toBeCloseTo(5.467530883796015, 12);
    expect(welchDifference([3, 3], [1, 1]).ci95).toEqual([2, 2]);
    expect(welchDifference([3], [1, 2]).ci95).toBeNull();
    expect(welchDifference([], [1, 2]).mean).toBeNull();
  });
});

describe('verdict and clearChange', () => {
  it('is clear only when the CI excludes zero', () => {
    expect(verdict(withCi(-3, -1), 'lower')).toBe('better');
    expect(verdict(withCi(-3, -1), 'higher')).toBe('worse');
    expect(verdict(withCi(1, 3), 'lower')).toBe('worse');
    expect(verdict(withCi(1, 3), 'higher')).toBe('better');
    expect(verdict(withCi(-1, 2), 'lower')).toBe('noClearDifference');
    expect(verdict(withCi(0, 2), 'lower')).toBe('noClearDifference');
    expect(verdict({ mean: 1, sd: null, ci95: null, n: 1, values: [1] }, 'lower')).toBe('noClearDifference');
    expect(clearChange(withCi(0.1, 2))).toBe('increase');
    expect(clearChange(withCi(-2, -0.1))).toBe('decrease');
    expect(clearChange(withCi(0, 0))).toBe('noClearDifference');
  });
});
