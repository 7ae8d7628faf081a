import { describe, expect, it } from 'vitest';
import { adviseReplications, lookAhead } from '../../../sim/advice/replications';
import { tQuantile } from '../../../sim/stats/t-distribution';

/** n values with exactly the given mean and sample sd (symmetric pairs around the mean). */
function exact(n: number, mean: number, sd: number): number[] {
  const half = n / 2;
  const dev = sd * Math.sqrt((n - 1) / n);
  return Array.from({ length: n }, (_, i) => (i < half ? mean - dev : mean + dev));
}

describe('run-count advice (Hoad, Robinson and Davies 2010)', () => {
  it('reports the half-width and relative precision of the 95 % CI', () => {
    const a = adviseReplications(exact(10, 100, 20), 0.05);
    const half = (tQuantile(0.975, 9) * 20) / Math.sqrt(10);
    expect(a.halfWidth).toBeCloseTo(half, 10);
    expect(a.relativeHalfWidth).toBeCloseTo(half / 100, 10);
    expect(a.met).toBe(false);
  });

  it('projects the replications a noisy KPI needs: n ≈ (t·s / (d·x̄))²', () => {
    const a = adviseReplications(exact(10, 100, 20), 0.05);
    // (1.96·20/5)² ≈ 61.5; with t on n − 1 degrees of freedom a little more.
    expect(a.advised).toBeGreaterThanOrEqual(62);
    expect(a.advised).toBeLessThanOrEqual(66);
    const n = a.advised!;
    expect((tQuantile(0.975, n - 1) * 20) / Math.sqrt(n) / 100).toBeLessThanOrEqual(0.05);
    expect((tQuantile(0.975, n - 2) * 20) / Math.sqrt(n - 1) / 100).toBeGreaterThan(0.05);
  });

  it('finds the first n from which the precision holds through the look-ahead', () => {
    // A steady KPI: relative spread ~1 %, so ±5 % holds from the first few replications.
    const xs = Array.from({ length: 30 }, (_, i) => 100 + (i % 2 === 0 ? 1 : -1) * (1 + (i % 3)));
    const a = adviseReplications(xs, 0.05);
    expect(a.met).toBe(true);
    expect(a.sufficientAt).not.toBeNull();
    expect(a.sufficientAt!).toBeLessThanOrEqual(5);
    expect(a.advised).toBe(a.sufficientAt);
  });

  it('does not call a precision sufficient without the look-ahead replications to confirm it', () => {
    const xs = [100, 101, 99, 100];
    const a = adviseReplications(xs, 0.05);
    expect(a.met).toBe(true);
    expect(a.sufficientAt).toBeNull(); // 4 replications cannot cover a look-ahead of 5
    expect(a.advised).toBeGreaterThanOrEqual(4);
  });

  it('explains when no advice can be given', () => {
    expect(adviseReplications([3]).reason).toBe('tooFewValues');
    expect(adviseReplications([null, null]).reason).toBe('tooFewValues');
    expect(adviseReplications([-1, 1, -1, 1]).reason).toBe('zeroMean');
    expect(adviseReplications([5, 5, 5]).reason).toBe('noVariation');
  });

  it('uses a look-ahead of 5 below 100 replications and 5 % above', () => {
    expect(lookAhead(10)).toBe(5);
    expect(lookAhead(200)).toBe(10);
  });

  it('never advises more replications for a looser precision', () => {
    const xs = [12.0, 13.5, 11.2, 14.1, 12.7];
    let previous = Infinity;
    for (const target of [0.01, 0.02, 0.05, 0.1, 0.2, 0.5]) {
      const a = adviseReplications(xs, target);
      expect(a.advised!).toBeLessThanOrEqual(previous);
      previous = a.advised!;
    }
    const loose = adviseReplications(xs, 0.2);
    expect(loose.met).toBe(true);
    expect(loose.advised).toBe(5);
  });
});
