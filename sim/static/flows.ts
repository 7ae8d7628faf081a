/**
 * Expected flows through the services in steady state, as a static (national projection
 * model style) calculation: no queues, no variability, only means.
 *
 * For each group g, let e_g be its entry probabilities and P[s][r] = (1 − dropout_s) ×
 * next[s][r] the chance that a start at s goes on to r. Starts per referral are the visits
 * v_g = e_g (I − P)⁻¹: the linear flow equations arrivals_s = external_s + Σ_r
 * completions_r × next[r][s] with completions = arrivals × (1 − dropout), solved per group
 * because a re-referred patient keeps the group and so its entry probabilities.
 *
 * Re-referrals: a start at s ends in
 *   dropout (dropout_s)                            → relapse with `droppedOut`,
 *   completion with no onward service               → relapse with `completedWithAftercare`
 *     (1 − dropout_s)(1 − Σ next_s)                  for the share that gets aftercare,
 *                                                     `completedWithoutAftercare` for the rest,
 * and a relapse is re-referred with `reReferralShare`. The share that gets aftercare is the
 * need share of the last service's kind × the share of those needing a place who get one
 * (aftercare.ts, an M/M/c queue with patience maxWaitInBedDays), solved to a fixed point with
 * the flows, since fewer places mean more relapses and so more referrals. With k_g
 * re-referrals per referral of group g, a new referral brings 1 / (1 − k_g) referrals in all.
 *
 * Left out, as in the national projection model: reneging from waiting lists (every arrival
 * at a list is taken to start; where lists are overloaded the simulation starts fewer, and
 * fewer relapse), the end of the run (re-referrals after the horizon), and the initial state.
 */
import { distributionMean } from '../random/distributions';
import { meanReferralsPerYear } from '../model/referral-rate';
import type { Scenario } from '../scenario/types';
import { aftercareQueue, type AftercareQueue } from './aftercare';

export interface FlowOptions {
  /** New referrals a year (default: the mean over the observation window [warmupDays, horizonDays)). */
  newReferralsPerYear?: number;
  /** Fixes the share of those needing aftercare who get it (default: from the aftercare queue). */
  aftercareShare?: number;
}

export interface GroupFlow {
  id: string;
  newReferralsPerYear: number;
  /** New referrals and re-referrals of this group a year. */
  referralsPerYear: number;
  /** Re-referrals per referral, k_g (< 1 for a stable system). */
  reReferralsPerReferral: number;
  /** Starts a year at each service, in the order of scenario.services. */
  startsPerYear: number[];
}

export interface ServiceFlow {
  id: string;
  /** Arrivals at the service's list a year; with no reneging, its starts. */
  startsPerYear: number;
  dropoutsPerYear: number;
  /** Completed stays that go on to another service. */
  onwardPerYear: number;
  /** Completed stays with no onward service (the last service of the episode). */
  lastCompletionsPerYear: number;
}

export interface Flows {
  newReferralsPerYear: number;
  reReferralsPerYear: number;
  referralsPerYear: number;
  groups: GroupFlow[];
  services: ServiceFlow[];
  aftercare: AftercareQueue & {
    /** Inpatients needing aftercare a year (those who may hold a bed while waiting). */
    neededInpatientPerYear: number;
  };
  /**
   * False when some group re-refers one patient or more per referral (k_g ≥ 1), or the
   * routing cannot be solved: the flows grow without bound and the numbers are Infinity.
   */
  stable: boolean;
}

/** Solves A X = B in place for square A (n × n) and B (n × m, column-major per right-hand side). */
function solve(a: number[][], rhs: number[][]): number[][] | null {
  const n = a.length;
  const m = a.map((row) => row.slice());
  const b = rhs.map((col) => col.slice());
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (!(Math.abs(m[pivot]![col]!) > 1e-14)) return null;
    if (pivot !== col) {
      [m[pivot], m[col]] = [m[col]!, m[pivot]!];
      for (const v of b) [v[pivot], v[col]] = [v[col]!, v[pivot]!];
    }
    const p = m[col]![col]!;
    for (let r = col + 1; r < n; r++) {
      const f = m[r]![col]! / p;
      if (f === 0) continue;
      for (let k = col; k < n; k++) m[r]![k]! -= f * m[col]![k]!;
      for (const v of b) v[r]! -= f * v[col]!;
    }
  }
  for (const v of b) {
    for (let r = n - 1; r >= 0; r--) {
      let s = v[r]!;
      for (let k = r + 1; k < n; k++) s -= m[r]![k]! * v[k]!;
      v[r] = s / m[r]![r]!;
    }
  }
  return b;
}

/** Expected yearly flows of a validated scenario. */
export function computeFlows(scenario: Scenario, options: FlowOptions = {}): Flows {
  const services = scenario.services;
  const n = services.length;
  const index = new Map(services.map((s, i) => [s.id, i]));
  const dropout = services.map((s) => s.dropoutShare ?? 0);
  const nextSum = services.map((s) => Object.values(s.next ?? {}).reduce((a, p) => a + p, 0));
  // (I − P)ᵀ, so that visits v = e (I − P)⁻¹ solve (I − P)ᵀ vᵀ = eᵀ.
  const a: number[][] = Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => (r === c ? 1 : 0)));
  services.forEach((s, from) => {
    for (const [id, p] of Object.entries(s.next ?? {})) {
      const to = index.get(id);
      if (to !== undefined) a[to]![from]! -= (1 - dropout[from]!) * p;
    }
  });
  const entries = scenario.groups.map((g) => {
    const e = new Array<number>(n).fill(0);
    for (const [id, p] of Object.entries(g.entry)) {
      const i = index.get(id);
      if (i !== undefined) e[i] += p;
    }
    return e;
  });
  const visits = solve(a, entries);
  const newReferrals = options.newReferralsPerYear ?? meanReferralsPerYear(scenario.referrals, scenario.warmupDays, scenario.horizonDays);
  const ac = scenario.aftercare;
  const rel = scenario.relapse;
  const meanDuration = distributionMean(ac.durationDays);
  const need = services.map((s) => (s.kind === 'inpatient' ? ac.needShare.inpatient : ac.needShare.outpatient));
  // Per start at s: the chance of ending the episode there by dropout, and by completion with no onward service.
  const endDropout = dropout;
  const endLast = services.map((_, s) => (1 - dropout[s]!) * Math.max(0, 1 - nextSum[s]!));

  const evaluate = (share: number): Flows => {
    const groups: GroupFlow[] = scenario.groups.map((g, gi) => {
      const v = visits ? visits[gi]! : new Array<number>(n).fill(NaN);
      // Relapses and re-referrals per referral of this group.
      let relapses = 0;
      for (let s = 0; s < n; s++) {
        const withAftercare = need[s]! * share;
        const relapseLast = withAftercare * rel.probability.completedWithAftercare + (1 - withAftercare) * rel.probability.completedWithoutAftercare;
        relapses += v[s]! * (endDropout[s]! * rel.probability.droppedOut + endLast[s]! * relapseLast);
      }
      const k = relapses * rel.reReferralShare;
      const fresh = newReferrals * g.share;
      const referrals = k < 1 ? fresh / (1 - k) : fresh > 0 ? Infinity : 0;
      return { id: g.id, newReferralsPerYear: fresh, referralsPerYear: referrals, reReferralsPerReferral: k, startsPerYear: v.map((x) => x * referrals) };
    });
    const serviceFlows: ServiceFlow[] = services.map((s, i) => {
      const starts = groups.reduce((sum, g) => sum + g.startsPerYear[i]!, 0);
      return {
        id: s.id,
        startsPerYear: starts,
        dropoutsPerYear: starts * dropout[i]!,
        onwardPerYear: starts * (1 - dropout[i]!) * Math.min(1, nextSum[i]!),
        lastCompletionsPerYear: starts * endLast[i]!,
      };
    });
    let needed = 0;
    let neededInpatient = 0;
    serviceFlows.forEach((f, i) => {
      needed += f.lastCompletionsPerYear * need[i]!;
      if (services[i]!.kind === 'inpatient') neededInpatient += f.lastCompletionsPerYear * need[i]!;
    });
    const queue = aftercareQueue(needed, ac.places, meanDuration, ac.whenFull === 'waitInBed' ? ac.maxWaitInBedDays : 0);
    const referralsPerYear = groups.reduce((sum, g) => sum + g.referralsPerYear, 0);
    return {
      newReferralsPerYear: newReferrals,
      reReferralsPerYear: referralsPerYear - newReferrals,
      referralsPerYear,
      groups,
      services: serviceFlows,
      aftercare: { ...queue, neededInpatientPerYear: neededInpatient },
      stable: visits !== null && groups.every((g) => g.reReferralsPerReferral < 1 || g.newReferralsPerYear === 0),
    };
  };

  if (options.aftercareShare !== undefined) return evaluate(options.aftercareShare);
  // The share getting aftercare and the flows depend on each other: iterate to the fixed point.
  let share = 1;
  let flows = evaluate(share);
  for (let i = 0; i < 200 && flows.stable; i++) {
    const next = flows.aftercare.share;
    if (Math.abs(next - share) < 1e-13) break;
    // Damped, since a lower share means more relapses, more need and a lower share again.
    share = 0.5 * share + 0.5 * next;
    flows = evaluate(share);
  }
  return flows;
}
