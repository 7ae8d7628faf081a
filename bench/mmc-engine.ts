/**
 * The M/M/c yardstick (c = 20, λ = 18/day, mean stay 1 day, 200,000 expected customers) run
 * twice: through Kapasim's full model (`simulateReplication` on scenarios/mmc.kapasim.json, with
 * every metric, weekly series and the wait histogram it always computes) and through the
 * hand-written typed-array loop of reference-mmc.ts. Both draw the same streams, so they follow
 * the same sample path and must report the same mean wait.
 */
import { readFileSync } from 'node:fs';
import { simulateReplication } from '../sim/model/simulate';
import { mmcMeanWaitInQueue } from '../sim/queueing/erlang-c';
import type { Scenario } from '../sim/scenario/types';
import { referenceMmc, type MmcSpec } from './reference-mmc';

export const MMC = { servers: 20, arrivalsPerDay: 18, meanStayDays: 1, customers: 200_000 } as const;
/** Alternating timed runs of each; the machine is shared, so the median of many says more. */
export const TIMED_RUNS = 15;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface Timing {
  /** Median wall time of the timed runs (ms). */
  ms: number;
  allMs: number[];
  customers: number;
  events: number;
  meanWaitDays: number;
}

export interface MmcBench {
  horizonDays: number;
  reference: Timing;
  /** The reference loop on the engine's own streams (sim/random/streams.ts). */
  referenceOnEngineStreams: Timing;
  engine: Timing;
  /**
   * Median over the timed rounds of reference time ÷ engine time in the same round: the two ran
   * back to back, so a slow spell of the shared machine touches both.
   */
  pairedRatio: number;
  erlangCWaitDays: number;
}

/** The shipped M/M/c scenario with its horizon set for `customers` expected arrivals, no warm-up. */
export function mmcScenario(customers: number): Scenario {
  const scenario = JSON.parse(readFileSync(new URL('../../scenarios/mmc.kapasim.json', import.meta.url), 'utf8')) as Scenario;
  const days = customers / MMC.arrivalsPerDay;
  scenario.horizonDays = days;
  // No warm-up, so that every wait counts, as in the reference loop (for the same mean wait).
  scenario.warmupDays = 0;
  scenario.referrals.perYear = MMC.arrivalsPerDay * 365;
  scenario.services[0].beds = MMC.servers;
  return scenario;
}

function specFor(scenario: Scenario, streams: MmcSpec['streams'] = 'seedrandom'): MmcSpec {
  return {
    streams,
    servers: MMC.servers,
    arrivalsPerDay: MMC.arrivalsPerDay,
    meanStayDays: MMC.meanStayDays,
    horizonDays: scenario.horizonDays,
    seed: scenario.seed,
    replication: 0,
  };
}

function runEngine(scenario: Scenario): Omit<Timing, 'ms' | 'allMs'> {
  const r = simulateReplication(scenario, 0);
  const wait = r.metrics.meanWaitDays;
  return { customers: r.patients, events: r.events, meanWaitDays: wait ?? NaN };
}

function runReference(scenario: Scenario, streams: MmcSpec['streams'] = 'seedrandom'): Omit<Timing, 'ms' | 'allMs'> {
  return referenceMmc(specFor(scenario, streams));
}

export function benchMmc(): MmcBench {
  const scenario = mmcScenario(MMC.customers);
  // JIT warm-up on a small run of each.
  const small = mmcScenario(20_000);
  for (let k = 0; k < 3; k++) {
    runEngine(small);
    runReference(small);
    runReference(small, 'kapasim');
  }
  const engineMs: number[] = [];
  const referenceMs: number[] = [];
  const onStreamsMs: number[] = [];
  let engine = runEngine(scenario);
  let reference = runReference(scenario);
  let onStreams = runReference(scenario, 'kapasim');
  // Alternate them, so that any drift of the machine's speed touches all alike.
  for (let k = 0; k < TIMED_RUNS; k++) {
    let t0 = performance.now();
    reference = runReference(scenario);
    referenceMs.push(performance.now() - t0);
    t0 = performance.now();
    engine = runEngine(scenario);
    engineMs.push(performance.now() - t0);
    t0 = performance.now();
    onStreams = runReference(scenario, 'kapasim');
    onStreamsMs.push(performance.now() - t0);
  }
  return {
    horizonDays: scenario.horizonDays,
    reference: { ...reference, ms: median(referenceMs), allMs: referenceMs },
    referenceOnEngineStreams: { ...onStreams, ms: median(onStreamsMs), allMs: onStreamsMs },
    engine: { ...engine, ms: median(engineMs), allMs: engineMs },
    pairedRatio: median(referenceMs.map((r, k) => r / engineMs[k])),
    erlangCWaitDays: mmcMeanWaitInQueue(MMC.arrivalsPerDay, 1 / MMC.meanStayDays, MMC.servers),
  };
}
