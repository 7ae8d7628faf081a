import { describe, expect, it } from 'vitest';
import { adviseWarmup, welchMovingAverage } from '../../../sim/advice/warmup';

const weeks = (m: number) => Array.from({ length: m }, (_, w) => 7 * w);

describe("Welch's method", () => {
  it('moving average uses symmetric shorter windows at the start', () => {
    expect(welchMovingAverage([1, 2, 3, 4, 5, 6, 7], 2)).toEqual([1, 2, 3, 4, 5]);
    expect(welchMovingAverage([0, 3, 0, 3, 0, 3], 1)).toEqual([0, 1, 2, 1, 2]);
  });

  it('suggests a warm-up where a filling system settles', () => {
    // Level 100 approached with a time constant of 20 weeks: within 5 % after about 60 weeks.
    const m = 400;
    const y = Array.from({ length: m }, (_, w) => 100 * (1 - Math.exp(-w / 20)));
    const a = adviseWarmup(weeks(m), y, { window: 10 });
    expect(a.level).toBeCloseTo(100, 0);
    expect(a.suggestedWarmupDays).toBeGreaterThanOrEqual(7 * 50);
    expect(a.suggestedWarmupDays).toBeLessThanOrEqual(7 * 70);
  });

  it('suggests no warm-up for a series that starts in its steady state', () => {
    const y = Array.from({ length: 200 }, (_, w) => 50 + (w % 2 ? 1 : -1));
    expect(adviseWarmup(weeks(200), y).suggestedWarmupDays).toBe(0);
  });

  it('gives no suggestion when the series never settles', () => {
    const y = Array.from({ length: 200 }, (_, w) => w);
    expect(adviseWarmup(weeks(200), y).suggestedWarmupDays).toBeNull();
  });
});
