import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../sim/model/simulate';
import {
  mmcMeanQueueLength,
  mmcMeanWaitInQueue,
  mmcWaitProbabilityExceeds,
  mmcWaitQuantile,
} from '../../../sim/queueing/erlang-c';
import type { Scenario } from '../../../sim/scenario/types';
import { summarize } from '../../../sim/stats/summary';
import { loadScenario, variant } from '../../support/scenarios';

/**
 * The whole model, reduced to M/M/c (scenarios/mmc.kapasim.json: Poisson referrals, no
 * assessment delay, one inpatient service, exponential stays, fifo, nothing else), must give
 * the exact Erlang C results: the t-based 95 % confidence interval of the mean over
 * independent replications must cover the exact mean wait Wq, mean number waiting Lq and
 * occupancy ρ.
 *
 * Run lengths. Each replication starts empty; the queue forgets that start on the time scale of
 * its relaxation time τ = 1 / (cμ (1 − √ρ)²) (M/M/1 with ρ = 0.95: τ ≈ 1560 days), so warm-up
 * is 10 τ (the remaining bias is of order e^{−10} of the initial deficit) and the observed
 * window is at least 60 τ, so that each replication's mean is close to normal. The window
 * lengths are set so that the CI half-width is a few per cent of the exact value: a model error
 * of 10 % would show.
 *
 * Seeds are fixed: case i uses seed i + 1 and replications 0 … R − 1, so cases are independent
 * of each other. They were chosen by that rule before any result was seen, never tuned.
 *
 * Note on chance: this file makes 22 checks at 95 % each, so even with an exact model about
 * one of them may miss by chance. A miss is investigated and documented (`knownMiss`), not
 * hidden by another seed.
 */

const MU = 1; // the mmc scenario's stays are exponential with mean 1 day
const REPLICATIONS = 20;

interface MmcCase {
  c: number;
  rho: number;
  /** Length of the observed window after warm-up (days). */
  windowDays: number;
  /** Why this case's interval misses with its fixed seed; the case then runs as an expected failure. */
  knownMiss?: string;
}

const CASES: MmcCase[] = [
  { c: 1, rho: 0.5, windowDays: 25_000 },
  { c: 2, rho: 0.8, windowDays: 20_000 },
  { c: 5, rho: 0.9, windowDays: 20_000 },
  { c: 10, rho: 0.7, windowDays: 5_000 },
  { c: 20, rho: 0.9, windowDays: 5_000 },
  {
    c: 50,
    rho: 0.95,
    windowDays: 3_000,
    // Its seed (6) was fixed by the rule above before any run, and it is not changed to make the
    // case pass. With it, the 20 arrival streams are together 2.5 sd sparse and the stay streams
    // 1.7 sd short, so the realised load is 0.9475, not 0.95; at this load the wait is steep in ρ
    // (−0.27 % load → −7 % Wq), and the mean wait comes out 0.2225 ± 0.012 against Wq = 0.2516
    // (t = −4.9), occupancy 0.9475 ± 0.0016 (t = −3.3). Erlang C at the realised load, 0.2334,
    // lies inside the interval. Over seeds 6–76 (71 seeds, 1,420 replications) this case's mean
    // wait is 0.2508 (standard error 0.0010): no bias. But the 95 % t-interval of 20 replications
    // of 3,000 days missed 7 times in 71 (about 10 %, six of them low): per-replication mean
    // waits are right-skewed at this load (skewness ≈ 0.6), so the interval under-covers on the
    // low side. Seed 6 is the most extreme of the 71. The random streams themselves showed no
    // correlation between replications or purposes (checked over 1,000 seeds).
    knownMiss: 'seed 6: realised load 0.9475 (arrival and stay streams 2.5 and 1.7 sd off), see the comment',
  },
  { c: 1, rho: 0.95, windowDays: 100_000 },
];

/** Relaxation time of M/M/c in days: 1 / (cμ (1 − √ρ)²). */
function relaxationDays(k: MmcCase): number {
  return 1 / (k.c * MU * (1 - Math.sqrt(k.rho)) ** 2);
}

/** Ten relaxation times, rounded up to 100 days, at least 100. */
function warmupDays(k: MmcCase): number {
  return Math.max(100, Math.ceil((10 * relaxationDays(k)) / 100) * 100);
}

function mmcScenario(base: Scenario, k: MmcCase, seed: number): Scenario {
  return variant(base, (s) => {
    s.services[0].beds = k.c;
    s.referrals.perYear = k.rho * k.c * MU * 365;
    s.warmupDays = warmupDays(k);
    s.horizonDays = s.warmupDays + k.windowDays;
    s.seed = seed;
    s.replications = REPLICATIONS;
  });
}

interface Estimate {
  mean: number;
  lo: number;
  hi: number;
}

/** Mean and t-based 95 % CI across replications, as the result file reports them. */
function ci95(values: (number | null)[]): Estimate {
  const summary = summarize(values);
  if (summary.n !== values.length || summary.mean === null || summary.ci95 === null) throw new Error('a replication has no value');
  return { mean: summary.mean, lo: summary.ci95[0], hi: summary.ci95[1] };
}

function describeEstimate(name: string, exact: number, e: Estimate): string {
  const half = (e.hi - e.lo) / 2;
  return `${name}: exact ${exact.toPrecision(5)}, simulated ${e.mean.toPrecision(5)} ± ${half.toPrecision(2)} (95 % CI [${e.lo.toPrecision(5)}, ${e.hi.toPrecision(5)}])`;
}

interface CaseResult {
  scenario: Scenario;
  wait: Estimate;
  waitingList: Estimate;
  occupancy: Estimate;
  p90: Estimate;
}

const cache = new Map<MmcCase, CaseResult>();

function runCase(k: MmcCase): CaseResult {
  const cached = cache.get(k);
  if (cached) return cached;
  const scenario = mmcScenario(loadScenario('mmc.kapasim.json'), k, CASES.indexOf(k) + 1);
  const id = scenario.services[0].id;
  const runs = Array.from({ length: REPLICATIONS }, (_, r) => simulateReplication(scenario, r).metrics);
  const result: CaseResult = {
    scenario,
    wait: ci95(runs.map((m) => m.meanWaitDays)),
    waitingList: ci95(runs.map((m) => m[`services.${id}.meanWaitingList`])),
    occupancy: ci95(runs.map((m) => m[`services.${id}.occupancy`])),
    p90: ci95(runs.map((m) => m.p90WaitDays)),
  };
  cache.set(k, result);
  return result;
}

describe('M/M/c: the model against Erlang C', () => {
  for (const k of CASES) {
    const lambda = k.rho * k.c * MU;
    // A documented miss runs as an expected failure, so it stays visible: should it start to pass
    // (say, after a change in how the model draws numbers), vitest reports it and someone looks.
    const test = k.knownMiss ? it.fails : it;
    test(`c = ${k.c}, ρ = ${k.rho}: mean wait, mean waiting list and occupancy${k.knownMiss ? ` (known miss: ${k.knownMiss})` : ''}`, () => {
      const r = runCase(k);
      const wq = mmcMeanWaitInQueue(lambda, MU, k.c);
      const lq = mmcMeanQueueLength(lambda, MU, k.c);
      const lines = [
        `c = ${k.c}, ρ = ${k.rho}, τ = ${relaxationDays(k).toFixed(1)} d, warm-up ${r.scenario.warmupDays} d, window ${k.windowDays} d, ${REPLICATIONS} replications`,
        describeEstimate('Wq', wq, r.wait),
        describeEstimate('Lq', lq, r.waitingList),
        describeEstimate('ρ', k.rho, r.occupancy),
      ];
      if (process.env.KAPASIM_VERBOSE) console.log(lines.join('\n  '));
      const message = lines.join('; ');
      expect(r.wait.lo, message).toBeLessThanOrEqual(wq);
      expect(r.wait.hi, message).toBeGreaterThanOrEqual(wq);
      expect(r.waitingList.lo, message).toBeLessThanOrEqual(lq);
      expect(r.waitingList.hi, message).toBeGreaterThanOrEqual(lq);
      expect(r.occupancy.lo, message).toBeLessThanOrEqual(k.rho);
      expect(r.occupancy.hi, message).toBeGreaterThanOrEqual(k.rho);
    });
  }

  it('c = 20, ρ = 0.9: the 90th percentile of the wait matches Erlang C, P(Wq > p90) = 0.1', () => {
    // The wait has an atom of 1 − C = 0.45 at zero and an exponential tail, so its 0.9
    // quantile lies in the tail: t90 = ln(C / 0.1) / (cμ − λ).
    const k = CASES.find((x) => x.c === 20 && x.rho === 0.9)!;
    const lambda = k.rho * k.c * MU;
    const r = runCase(k);
    const t90 = mmcWaitQuantile(0.9, lambda, MU, k.c);
    // The tail probability is monotone, so the CI of the quantile maps to one of P(Wq > t).
    const tail = (t: number) => mmcWaitProbabilityExceeds(t, lambda, MU, k.c);
    const message = `${describeEstimate('p90 wait', t90, r.p90)}; P(Wq > simulated p90) = ${tail(r.p90.mean).toFixed(4)} (CI [${tail(r.p90.hi).toFixed(4)}, ${tail(r.p90.lo).toFixed(4)}])`;
    if (process.env.KAPASIM_VERBOSE) console.log(message);
    expect(r.p90.lo, message).toBeLessThanOrEqual(t90);
    expect(r.p90.hi, message).toBeGreaterThanOrEqual(t90);
    expect(tail(r.p90.hi), message).toBeLessThanOrEqual(0.1);
    expect(tail(r.p90.lo), message).toBeGreaterThanOrEqual(0.1);
  });
});
