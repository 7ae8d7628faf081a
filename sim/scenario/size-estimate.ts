/**
 * How big a run will be, estimated from a valid scenario before it starts, so that a run that
 * cannot fit in memory (or would take days) is refused up front with the estimate and the
 * limit, instead of failing hours in. Pure and cheap (no simulation): a rough, deliberately
 * generous estimate, documented in docs/robustness.md.
 *
 * Per replication, with H = horizonDays, W = warmupDays, n services, g groups, k = 5 + 2n
 * weekly series, weeks = ⌈H / 7⌉:
 *
 * - new referrals R = perYear / 365 × H × G, where G = ((1 + growth)^(H/365) − 1) /
 *   (ln(1 + growth) × H/365) is the mean growth factor over the horizon (seasonality has
 *   mean 1), times the largest demographic factor of a population table over the horizon;
 *   patients P = R + every initial-state patient;
 * - episodes per patient: 1 / (1 − r) with r = reReferralShare × the largest relapse
 *   probability (each episode may end in a re-referral), at most 1 + H / c, where c is an
 *   episode's least length: mean assessment delay + mean time to relapse (≥ 1 day);
 * - visits per episode V: the expected number of service stays, following the groups' entry
 *   and each service's `next` (× (1 − dropout)) through loops (summed until the mass left is
 *   below 1e-9; a slowly ending loop is summed by its geometric tail), at most what fits in
 *   the horizon at the loop's mean stays: V × min(1, H / T) with T the episode's expected
 *   time in treatment (no cut when stays take no time);
 * - events E = episodes × (4 + 3 V) + weeks + 3 × initial patients (referral, assessment,
 *   relapse and aftercare events; a list entry, start and end per visit);
 * - working memory: every patient ever referred still present (an upper bound: indices are
 *   reused once a patient leaves) at 300 bytes (patient arrays, pending events and list
 *   entries, with the doubling growth of typed arrays), 16 bytes per first treatment start
 *   in the window (kept for the wait quantiles), the weekly series buffer (8 × k × weeks) and
 *   1 MiB of fixed cost;
 * - kept per replication until the run ends: the weekly series (8 × k × weeks), metrics
 *   (64 bytes per key: 23 + 4n + 3g keys) and the wait histogram;
 * - the aggregated result: mean and band of every series (3 × 8 × k × weeks), metric values
 *   (16 per key and replication), and its JSON text at 32 bytes per number.
 *
 * Memory = workers × working memory + replications × kept per replication + aggregated.
 * Limits (RUN_SIZE_LIMITS): 2 GiB of memory, the heap a Node process or a browser tab can
 * count on, and 2e9 events for the whole run (at the engine's 1.5–5 million events a second
 * per core, about 10–20 minutes on one core; the shipped default takes 2e6).
 */
import { maxDemographicFactor } from '../demography/table';
import type { Distribution, Scenario } from './types';
import { distributionMean } from '../random/distributions';

export interface RunSizeEstimate {
  /** New referrals plus initial-state patients, per replication. */
  patientsPerReplication: number;
  /** Referrals and re-referrals, per replication. */
  episodesPerReplication: number;
  /** Service stays per episode (next loops included, cut by the horizon). */
  visitsPerEpisode: number;
  eventsPerReplication: number;
  /** Events of the whole run (every replication). */
  events: number;
  /** Peak memory of the run in bytes (see the formula above). */
  bytes: number;
  parts: { workingBytesPerReplication: number; keptBytesPerReplication: number; aggregateBytes: number; workers: number };
}

/** What a run may use: memory in bytes and events in all. */
export interface RunSizeLimits {
  memoryBytes: number;
  events: number;
}

export const RUN_SIZE_LIMITS: RunSizeLimits = { memoryBytes: 2 * 1024 ** 3, events: 2e9 };

const BYTES_PER_PATIENT = 300;
const BYTES_PER_FIRST_START = 16;
const BYTES_PER_METRIC = 64;
const BYTES_PER_NUMBER_IN_TEXT = 32;
const FIXED_BYTES = 1024 ** 2;

/** Expected stays and time in treatment per episode, following entry and next (with dropout). */
export function expectedVisits(scenario: Scenario): { visits: number; days: number } {
  const services = scenario.services;
  const n = services.length;
  const index = new Map(services.map((s, i) => [s.id, i] as const));
  const stay = services.map((s) => {
    const mean = distributionMean(s.stayDays);
    return s.maxStayDays != null ? Math.min(mean, s.maxStayDays) : mean;
  });
  // The routing as flat edges (from, to, probability of going on), built once.
  const from: number[] = [];
  const to: number[] = [];
  const p: number[] = [];
  services.forEach((s, i) => {
    for (const [id, q] of Object.entries(s.next ?? {})) {
      if (!index.has(id) || !(q > 0)) continue;
      from.push(i);
      to.push(index.get(id)!);
      p.push(q * (1 - (s.dropoutShare ?? 0)));
    }
  });
  let mass = new Float64Array(n);
  for (const g of scenario.groups) for (const [id, q] of Object.entries(g.entry)) if (index.has(id)) mass[index.get(id)!] += g.share * q;
  let visits = 0;
  let days = 0;
  let previous = Infinity;
  // At most about 5e7 steps of work, whatever the network's size.
  const maxSteps = Math.max(50, Math.min(10_000, Math.floor(5e7 / (n + from.length + 1))));
  for (let step = 0; ; step++) {
    let total = 0;
    let stepDays = 0;
    for (let i = 0; i < n; i++) {
      total += mass[i]!;
      stepDays += mass[i]! * stay[i]!;
    }
    if (total < 1e-9) return { visits, days };
    // A loop that ends slowly: its mass falls by a steady ratio; sum the geometric tail at once.
    const ratio = total / previous;
    if ((step >= 200 && ratio > 0.99) || step >= maxSteps) {
      if (!(ratio < 1)) return { visits: Infinity, days: Infinity };
      return { visits: visits + total / (1 - ratio), days: days + stepDays / (1 - ratio) };
    }
    visits += total;
    days += stepDays;
    previous = total;
    const next = new Float64Array(n);
    for (let e = 0; e < from.length; e++) next[to[e]!] += mass[from[e]!]! * p[e]!;
    mass = next;
  }
}

/** The estimated size of a run of this (valid) scenario with `workers` parallel replications. */
export function estimateRunSize(scenario: Scenario, options: { workers?: number } = {}): RunSizeEstimate {
  const H = scenario.horizonDays;
  const W = scenario.warmupDays;
  const n = scenario.services.length;
  const weeks = Math.ceil(H / 7);
  const seriesKeys = 5 + 2 * n;
  const metricKeys = 23 + 4 * n + 3 * scenario.groups.length;
  const reps = scenario.replications;
  const workers = Math.max(1, Math.min(options.workers ?? 1, reps));

  const growth = scenario.referrals.growth ?? 0;
  const years = H / 365;
  const rate = Math.log1p(growth) * years;
  const meanGrowth = rate === 0 ? 1 : Math.expm1(rate) / rate;
  const table = scenario.referrals.population ?? null;
  const demography = table ? maxDemographicFactor(table, H) : 1;
  const referrals = (scenario.referrals.perYear / 365) * H * meanGrowth * demography;
  const initialCount = (m: Record<string, number> | undefined) => Object.values(m ?? {}).reduce((a, b) => a + b, 0);
  const initial = initialCount(scenario.initialState?.waiting) + initialCount(scenario.initialState?.inService);
  const patients = referrals + initial;

  const p = scenario.relapse.probability;
  const r = scenario.relapse.reReferralShare * Math.max(p.completedWithAftercare, p.completedWithoutAftercare, p.droppedOut);
  const cycle = Math.max(1, distributionMean(scenario.assessment.delayDays) + Math.min(distributionMean(scenario.relapse.timeToRelapseDays), scenario.relapse.windowDays));
  const perPatient = Math.min(r < 1 ? 1 / (1 - r) : Infinity, 1 + H / cycle);
  const episodes = patients * perPatient;

  const { visits, days } = expectedVisits(scenario);
  const visitsPerEpisode = days > 0 && Number.isFinite(days) ? visits * Math.min(1, H / days) : days === 0 ? visits : Math.min(visits, H);
  const eventsPerReplication = episodes * (4 + 3 * visitsPerEpisode) + weeks + 3 * initial;

  const firstStarts = episodes * (H > 0 ? (H - W) / H : 0);
  const working = patients * BYTES_PER_PATIENT + firstStarts * BYTES_PER_FIRST_START + 8 * (2 * n + 2) * weeks + FIXED_BYTES;
  const kept = 8 * seriesKeys * weeks + BYTES_PER_METRIC * metricKeys + 8 * 53;
  const aggregate = 3 * 8 * seriesKeys * weeks + 16 * metricKeys * reps + BYTES_PER_NUMBER_IN_TEXT * (3 * seriesKeys * weeks + metricKeys * reps);
  return {
    patientsPerReplication: patients,
    episodesPerReplication: episodes,
    visitsPerEpisode,
    eventsPerReplication,
    events: eventsPerReplication * reps,
    bytes: workers * working + reps * kept + aggregate,
    parts: { workingBytesPerReplication: working, keptBytesPerReplication: kept, aggregateBytes: aggregate, workers },
  };
}

/** Whether the run fits: `reason` says which limit it passes, with both numbers. */
export type RunSizeCheck = { ok: true; estimate: RunSizeEstimate } | { ok: false; reason: 'memory' | 'events'; estimate: RunSizeEstimate; value: number; limit: number; message: string };

/** A byte count for people: `1.4 GiB`. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return Number.isFinite(v) ? `${u === 0 ? Math.round(v) : v.toPrecision(3)} ${units[u]}` : 'unbounded';
}

/** A count for people: `48213`, or `3.21e10` when large. */
const count = (x: number) => (!Number.isFinite(x) ? 'unbounded' : x < 1e6 ? String(Math.round(x)) : x.toExponential(2).replace('e+', 'e'));

/** Checks an estimate against the limits; the message says the estimate, the limit and what to change. */
export function checkRunSize(scenario: Scenario, options: { workers?: number; limits?: RunSizeLimits } = {}): RunSizeCheck {
  const limits = options.limits ?? RUN_SIZE_LIMITS;
  const estimate = estimateRunSize(scenario, options);
  if (!(estimate.bytes <= limits.memoryBytes)) {
    return {
      ok: false,
      reason: 'memory',
      estimate,
      value: estimate.bytes,
      limit: limits.memoryBytes,
      message:
        `this run would need about ${formatBytes(estimate.bytes)} of memory, more than the ${formatBytes(limits.memoryBytes)} it may use ` +
        `(${count(estimate.patientsPerReplication)} patients per replication, ${scenario.services.length} service${scenario.services.length === 1 ? '' : 's'}, ${Math.ceil(scenario.horizonDays / 7)} weeks, ` +
        `${scenario.replications} replications); shorten the horizon, or use fewer replications, services or workers`,
    };
  }
  if (!(estimate.events <= limits.events)) {
    return {
      ok: false,
      reason: 'events',
      estimate,
      value: estimate.events,
      limit: limits.events,
      message:
        `this run would take about ${count(estimate.events)} simulation events, more than the limit of ${count(limits.events)} ` +
        `(${count(estimate.episodesPerReplication)} episodes per replication with ${count(estimate.visitsPerEpisode)} service stays each` +
        `${estimate.visitsPerEpisode > 100 ? ': a next loop that is rarely left, with short stays' : ''}); ` +
        'shorten the horizon, lower the referrals or replications, or let more patients leave the loop',
    };
  }
  return { ok: true, estimate };
}

/**
 * The same check for a study's cases run on one pool (as `kapasim study` and the Study tab do):
 * memory = workers × the largest working memory + every case's kept results and aggregate;
 * events = the sum over cases. The message names the study's totals.
 */
export function checkCasesSize(scenarios: readonly Scenario[], options: { workers?: number; limits?: RunSizeLimits } = {}): RunSizeCheck {
  if (scenarios.length === 0) {
    const none = { workingBytesPerReplication: 0, keptBytesPerReplication: 0, aggregateBytes: 0, workers: 0 };
    return { ok: true, estimate: { patientsPerReplication: 0, episodesPerReplication: 0, visitsPerEpisode: 0, eventsPerReplication: 0, events: 0, bytes: 0, parts: none } };
  }
  const limits = options.limits ?? RUN_SIZE_LIMITS;
  const replications = scenarios.reduce((a, s) => a + s.replications, 0);
  const workers = Math.max(1, Math.min(options.workers ?? 1, replications));
  const each = scenarios.map((s) => estimateRunSize(s, { workers: 1 }));
  const working = Math.max(...each.map((e) => e.parts.workingBytesPerReplication));
  const kept = each.reduce((a, e, i) => a + scenarios[i]!.replications * e.parts.keptBytesPerReplication + e.parts.aggregateBytes, 0);
  const largest = each.reduce((a, e) => (e.events > a.events ? e : a), each[0]!);
  const estimate: RunSizeEstimate = {
    ...largest,
    events: each.reduce((a, e) => a + e.events, 0),
    bytes: workers * working + kept,
    parts: { workingBytesPerReplication: working, keptBytesPerReplication: kept / replications, aggregateBytes: 0, workers },
  };
  const what = `${scenarios.length} case${scenarios.length === 1 ? '' : 's'}, ${replications} replications in all`;
  if (!(estimate.bytes <= limits.memoryBytes)) {
    return {
      ok: false, reason: 'memory', estimate, value: estimate.bytes, limit: limits.memoryBytes,
      message: `this study would need about ${formatBytes(estimate.bytes)} of memory, more than the ${formatBytes(limits.memoryBytes)} it may use (${what}); use fewer cases, replications or workers, or a shorter horizon`,
    };
  }
  if (!(estimate.events <= limits.events)) {
    return {
      ok: false, reason: 'events', estimate, value: estimate.events, limit: limits.events,
      message: `this study would take about ${count(estimate.events)} simulation events, more than the limit of ${count(limits.events)} (${what}); use fewer cases or replications, or a shorter horizon`,
    };
  }
  return { ok: true, estimate };
}
