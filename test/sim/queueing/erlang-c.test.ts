import { describe, expect, it } from 'vitest';
import {
  erlangB,
  erlangC,
  mmcMeanNumberInSystem,
  mmcMeanQueueLength,
  mmcMeanWaitInQueue,
  mmcUtilization,
  mmcWaitProbabilityExceeds,
  mmcWaitQuantile,
} from '../../../sim/queueing/erlang-c';

/**
 * Erlang C straight from its textbook formula, summed in log space so it does not overflow:
 * C = (a^c / c!)·(c / (c − a)) / (Σ_{k<c} a^k / k! + (a^c / c!)·(c / (c − a))).
 * An independent route to the same number, to check the recursion at large c.
 */
function erlangCDirect(c: number, a: number): number {
  const logTerms: number[] = [];
  let logTerm = 0; // log(a^k / k!) at k = 0
  for (let k = 0; k < c; k++) {
    logTerms.push(logTerm);
    logTerm += Math.log(a) - Math.log(k + 1);
  }
  const logLast = logTerm + Math.log(c / (c - a));
  const top = Math.max(logLast, ...logTerms);
  let sum = Math.exp(logLast - top);
  for (const t of logTerms) sum += Math.exp(t - top);
  return Math.exp(logLast - top) / sum;
}

describe('Erlang B and C', () => {
  it('match known values', () => {
    // c = 20 servers, λ = 18, μ = 1 (the shipped M/M/c scenario).
    expect(erlangC(20, 18)).toBeCloseTo(0.55077, 5);
    expect(mmcMeanWaitInQueue(18, 1, 20)).toBeCloseTo(0.27538, 5);
    // Erlang B tables: B(10, 5 erlangs) = 0.01838; B(1, a) = a / (1 + a).
    expect(erlangB(10, 5)).toBeCloseTo(0.018385, 6);
    expect(erlangB(1, 3)).toBeCloseTo(0.75, 14);
    expect(erlangB(1, 0)).toBe(0);
  });

  it('reduce to M/M/1 and M/M/2 closed forms', () => {
    for (const rho of [0.1, 0.5, 0.9, 0.99]) {
      const mu = 2.5;
      const lambda = rho * mu;
      // M/M/1: P(wait) = ρ, Wq = ρ / (μ − λ), Lq = ρ² / (1 − ρ).
      expect(erlangC(1, rho)).toBeCloseTo(rho, 14);
      expect(mmcMeanWaitInQueue(lambda, mu, 1)).toBeCloseTo(rho / (mu - lambda), 10);
      expect(mmcMeanQueueLength(lambda, mu, 1)).toBeCloseTo((rho * rho) / (1 - rho), 9);
      expect(mmcMeanNumberInSystem(lambda, mu, 1)).toBeCloseTo(rho / (1 - rho), 9);
      // M/M/2: P(wait) = 2ρ² / (1 + ρ).
      expect(erlangC(2, 2 * rho)).toBeCloseTo((2 * rho * rho) / (1 + rho), 14);
    }
  });

  it('agree with the direct formula up to c = 1000 without overflow', () => {
    for (const c of [1, 7, 50, 200, 1000]) {
      for (const rho of [0.3, 0.8, 0.95, 0.999]) {
        const a = rho * c;
        const value = erlangC(c, a);
        expect(Number.isFinite(value)).toBe(true);
        expect(value).toBeGreaterThan(0);
        expect(value).toBeLessThan(1);
        expect(Math.abs(value - erlangCDirect(c, a))).toBeLessThan(1e-11);
      }
    }
  });

  it('hold Little’s law Lq = λ·Wq and give ρ', () => {
    for (const [lambda, mu, c] of [
      [0.5, 1, 1],
      [47.5, 1, 50],
      [950, 1, 1000],
      [3, 0.2, 20],
    ]) {
      expect(mmcMeanQueueLength(lambda, mu, c)).toBeCloseTo(lambda * mmcMeanWaitInQueue(lambda, mu, c), 10);
      expect(mmcUtilization(lambda, mu, c)).toBeCloseTo(lambda / (c * mu), 14);
    }
  });

  it('give the wait tail P(Wq > t) = C·e^{−(cμ−λ)t} and its quantiles', () => {
    const [lambda, mu, c] = [18, 1, 20];
    const C = erlangC(c, lambda / mu);
    expect(mmcWaitProbabilityExceeds(0, lambda, mu, c)).toBeCloseTo(C, 14);
    expect(mmcWaitProbabilityExceeds(-1, lambda, mu, c)).toBe(1);
    expect(mmcWaitProbabilityExceeds(1, lambda, mu, c)).toBeCloseTo(C * Math.exp(-2), 14);
    // The quantile inverts the tail; below the atom at zero (P = 1 − C) it is 0.
    for (const p of [0.5, 0.9, 0.99]) {
      const t = mmcWaitQuantile(p, lambda, mu, c);
      expect(mmcWaitProbabilityExceeds(t, lambda, mu, c)).toBeCloseTo(1 - p, 12);
    }
    expect(mmcWaitQuantile(0.4, lambda, mu, c)).toBe(0);
    // The mean of the tail integrates to Wq: ∫ P(Wq > t) dt = C / (cμ − λ).
    expect(C / (c * mu - lambda)).toBeCloseTo(mmcMeanWaitInQueue(lambda, mu, c), 14);
  });

  it('report no steady state at or above full load, and reject bad input', () => {
    expect(erlangC(5, 5)).toBe(1);
    expect(erlangC(5, 6)).toBe(1);
    expect(mmcMeanWaitInQueue(5, 1, 5)).toBe(Infinity);
    expect(mmcMeanQueueLength(6, 1, 5)).toBe(Infinity);
    expect(erlangC(3, 0)).toBe(0);
    expect(() => erlangC(0, 1)).toThrow(RangeError);
    expect(() => erlangC(2.5, 1)).toThrow(RangeError);
    expect(() => erlangC(2, -1)).toThrow(RangeError);
    expect(() => mmcMeanWaitInQueue(1, 0, 2)).toThrow(RangeError);
  });
});
