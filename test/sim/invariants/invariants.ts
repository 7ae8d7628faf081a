/**
 * The invariants every replication of every valid scenario must keep, as a checker that
 * returns the broken ones as text (empty: all kept). Shared by the invariant tests and the
 * fuzzer's simulation sample.
 *
 * - conservation at every weekly sample: referred = in assessment + waiting + in service +
 *   waiting for aftercare + awaiting re-referral + left; the running counts equal a census
 *   rebuilt from the patient records;
 * - no count negative; beds, slots and aftercare places in use within [0, capacity];
 * - every metric finite or null, none negative; shares, occupancy and utilisation ≤ 1;
 *   median ≤ p90; weekly series never negative and in-use series within capacity.
 */
import { simulateReplication, type Census, type ConsistencyCheck } from '../../../sim/model/simulate';
import type { ReplicationResult } from '../../../sim/run/types';
import type { Scenario } from '../../../sim/scenario/types';

/** Metric keys that are shares of something (so ≤ 1). */
export function isShareKey(key: string): boolean {
  return /Share$|[oO]ccupancy$|Utilization$/.test(key);
}

const EPS = 1e-9;

/** Checks one week's census and the model's own totals. */
export function censusProblems(c: Census, k: ConsistencyCheck): string[] {
  const out: string[] = [];
  const at = `week at t=${c.time}`;
  const present = c.inAssessment + c.waiting + c.inService + c.waitingForAftercare + c.awaitingReReferral;
  if (present + c.left !== c.created) out.push(`${at}: ${present} present + ${c.left} left ≠ ${c.created} referred`);
  for (const key of Object.keys(c) as (keyof Census)[]) {
    if (!(c[key] >= 0)) out.push(`${at}: ${key} = ${c[key]}`);
    if (c[key] !== k.rebuilt[key]) out.push(`${at}: ${key} ${c[key]} counted, ${k.rebuilt[key]} rebuilt`);
  }
  const waiting = k.waitingPerService.reduce((a, b) => a + b, 0);
  if (waiting !== c.waiting) out.push(`${at}: lists hold ${waiting}, census says ${c.waiting}`);
  const inUse = k.inUsePerService.reduce((a, b) => a + b, 0);
  if (inUse !== c.inService + k.delayedInBed) out.push(`${at}: ${inUse} in use ≠ ${c.inService} in service + ${k.delayedInBed} in bed waiting`);
  k.inUsePerService.forEach((n, s) => {
    if (n < 0 || n > k.capacity[s]) out.push(`${at}: service ${s} has ${n} in use of ${k.capacity[s]}`);
  });
  k.waitingPerService.forEach((n, s) => n < 0 && out.push(`${at}: service ${s} has ${n} waiting`));
  if (k.aftercareInUse < 0 || k.aftercareInUse > k.aftercarePlaces) out.push(`${at}: aftercare ${k.aftercareInUse} of ${k.aftercarePlaces}`);
  if (k.delayedInBed < 0) out.push(`${at}: ${k.delayedInBed} delayed in bed`);
  return out;
}

/** Checks a replication's metrics and weekly series against the scenario's capacities. */
export function resultProblems(scenario: Scenario, r: ReplicationResult): string[] {
  const out: string[] = [];
  for (const [key, v] of Object.entries(r.metrics)) {
    if (v === null) continue;
    if (typeof v !== 'number' || !Number.isFinite(v)) out.push(`metric ${key} = ${v}`);
    else if (v < 0) out.push(`metric ${key} = ${v} < 0`);
    else if (isShareKey(key) && v > 1 + EPS) out.push(`metric ${key} = ${v} > 1`);
  }
  const { medianWaitDays: median, p90WaitDays: p90 } = r.metrics;
  if (typeof median === 'number' && typeof p90 === 'number' && median > p90 + EPS) out.push(`median wait ${median} > p90 ${p90}`);
  const beds = scenario.services.reduce((a, s) => a + (s.kind === 'inpatient' ? (s.beds ?? 0) : 0), 0);
  const slots = scenario.services.reduce((a, s) => a + (s.kind === 'outpatient' ? (s.slots ?? 0) : 0), 0);
  const limit: Record<string, number> = { bedsInUse: beds, outpatientSlotsInUse: slots, aftercareInUse: scenario.aftercare.places, delayedDischarge: beds };
  for (const s of scenario.services) limit[`services.${s.id}.inUse`] = (s.kind === 'inpatient' ? s.beds : s.slots) ?? 0;
  for (const [key, values] of Object.entries(r.series.values)) {
    values.forEach((v, w) => {
      if (!Number.isFinite(v) || v < -EPS) out.push(`series ${key} week ${w} = ${v}`);
      else if (limit[key] !== undefined && v > limit[key] * (1 + EPS) + EPS) out.push(`series ${key} week ${w} = ${v} > capacity ${limit[key]}`);
    });
  }
  for (const n of r.waitHistogram) if (!(n >= 0)) out.push(`wait histogram count ${n}`);
  return out;
}

/**
 * A broken invariant that is a known, reported problem of sim/model, left out here (and held
 * as an `it.fails` test in model-issues.test.ts) so that the random tests keep finding new
 * ones. None is open: renegedShare above 1 (reneges of patients who joined a list during the
 * warm-up were counted, their entries not) was fixed in the model and is a plain test now.
 */
export function isKnownModelIssue(_scenario: Scenario, _problem: string): boolean {
  // None open: renegedShare above 1 (reneges of warm-up entries counted) is fixed in the model.
  return false;
}

/** Runs one replication, checking every week; returns the result and what broke (first 10). */
export function checkReplication(scenario: Scenario, replication: number): { result: ReplicationResult; weeks: number; problems: string[] } {
  const problems: string[] = [];
  let weeks = 0;
  const result = simulateReplication(scenario, replication, {
    onWeek(c, k) {
      weeks++;
      if (problems.length < 10) problems.push(...censusProblems(c, k));
    },
  });
  problems.push(...resultProblems(scenario, result).filter((p) => !isKnownModelIssue(scenario, p)));
  return { result, weeks, problems: problems.slice(0, 10) };
}
