/**
 * The aftercare queue (M/M/c with deterministic patience T): its limits are the textbook
 * queues, and against the simulation with exponential aftercare durations it is close.
 */
import { describe, expect, it } from 'vitest';
import { erlangB, erlangC } from '../../../sim/queueing/erlang-c';
import { aftercareQueue } from '../../../sim/static/aftercare';

describe('aftercareQueue', () => {
  it('with no patience (T = 0) the share turned away is Erlang B', () => {
    for (const [c, a] of [[10, 5], [10, 10], [248, 300], [5, 20]] as const) {
      const q = aftercareQueue(a * 365 / 100, c, 100, 0); // λ = a/100 a day, D = 100 days
      expect(q.offeredLoad).toBeCloseTo(a, 10);
      expect(1 - q.share).toBeCloseTo(erlangB(c, a), 10);
      expect(q.waitShare).toBeCloseTo(erlangB(c, a), 10);
      expect(q.meanWaitDays).toBe(0);
    }
  });

  it('with very long patience and a < c it is M/M/c: P(wait) = Erlang C, mean wait C / (cμ − λ)', () => {
    const c = 20;
    const a = 15;
    const D = 10;
    const q = aftercareQueue((a / D) * 365, c, D, 1e5);
    expect(q.waitShare).toBeCloseTo(erlangC(c, a), 9);
    expect(q.meanWaitDays).toBeCloseTo(erlangC(c, a) / (c / D - a / D), 9);
    expect(q.share).toBeCloseTo(1, 12);
  });

  it('in heavy overload with a long patience only c of a get a place, and everyone waits about T', () => {
    const q = aftercareQueue((400 / 180) * 365, 248, 180, 30_000);
    expect(q.share).toBeCloseTo(248 / 400, 6);
    expect(q.meanWaitDays).toBeGreaterThan(0.99 * 30_000 * (1 - 248 / 400));
    expect(Number.isFinite(q.meanWaitDays)).toBe(true);
  });

  it('edge cases: no one needing aftercare, no places, far more places than load', () => {
    expect(aftercareQueue(0, 10, 100, 30)).toMatchObject({ share: 1, waitShare: 0, meanWaitDays: 0 });
    expect(aftercareQueue(100, 0, 100, 30)).toMatchObject({ share: 0, waitShare: 1, meanWaitDays: 30 });
    expect(aftercareQueue(10, 5000, 100, 30)).toMatchObject({ share: 1, waitShare: 0, meanWaitDays: 0 });
  });

  it('shares are monotone in the places', () => {
    let last = -1;
    for (let c = 200; c <= 400; c += 10) {
      const q = aftercareQueue(612, c, 180, 30);
      expect(q.share).toBeGreaterThanOrEqual(last);
      last = q.share;
    }
  });
});
