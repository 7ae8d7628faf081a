import { createSampler, lognormalParams, type Sampler } from '../random/distributions';
import { prepareChoice, type Choice } from '../random/draw';
import { capacityOf, type RoutingTable, type Scenario } from '../scenario/types';
import { referralRate, type ReferralRate } from './referral-rate';

/**
 * The scenario turned into arrays indexed by service and group number, with samplers built
 * once, so the event loop does no lookups by id and no parameter conversion.
 */
export interface CompiledModel {
  horizon: number;
  warmup: number;
  serviceIds: string[];
  nServices: number;
  capacity: Int32Array;
  inpatient: Uint8Array;
  maxStay: Float64Array; // Infinity where there is no cut
  dropoutShare: Float64Array;
  next: Choice[];
  nGroups: number;
  groupShares: Choice;
  deadline: Float64Array;
  entry: Choice[];
  /** stay[g * nServices + s]: the stay sampler of service s for group g (group override or the service's). */
  stay: Sampler[];
  /**
   * stayExpMean[g * nServices + s]: the mean of that stay when it is exponential, else NaN.
   * drawStay then draws it inline (the same arithmetic as its sampler, so the same numbers)
   * instead of through a closure call, which costs ~5 % of an M/M/c run.
   */
  stayExpMean: Float64Array;
  /** Of a lognormal stay with sd > 0, the underlying normal's mu and sigma, else NaN (both). */
  stayLnMu: Float64Array;
  stayLnSigma: Float64Array;
  /** Assessment delay sampler per group (a group may override the scenario's). */
  assessment: Sampler[];
  /** assessmentFixed[g]: group g's assessment delay when it is fixed (no draw), else NaN; spares a call per referral. */
  assessmentFixed: Float64Array;
  /** Mean patience on waiting lists, factor included; Infinity = never reneges. */
  meanPatience: number;
  earliestDeadline: boolean;
  referralsPerDay: number;
  /** New referrals per day at time t: seasonality, growth and the population table. */
  referralRate: ReferralRate;
  seasonality: Float64Array | null;
  growth: number;
  aftercarePlaces: number;
  aftercareDuration: Sampler;
  needInpatient: number;
  needOutpatient: number;
  waitInBed: boolean;
  maxAftercareWait: number;
  relapseWindow: number;
  relapseWithAftercare: number;
  relapseWithoutAftercare: number;
  relapseDroppedOut: number;
  timeToRelapse: Sampler;
  reReferralShare: number;
  bedDayNok: number;
  slotDayNok: number;
  placeDayNok: number;
  initialWaiting: Int32Array;
  initialInService: Int32Array;
}

function choice(table: RoutingTable | undefined, index: Map<string, number>): Choice {
  const entries = Object.entries(table ?? {}).filter(([, p]) => p > 0);
  const targets = new Int32Array(entries.length);
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([id, p], i) => {
    const target = index.get(id);
    if (target === undefined) throw new Error(`unknown service id "${id}"`);
    targets[i] = target;
    total += p;
    cumulative[i] = total;
  });
  return prepareChoice(targets, cumulative);
}

/** Compiles a scenario that has passed validation. */
export function compileScenario(scenario: Scenario): CompiledModel {
  const services = scenario.services;
  const serviceIndex = new Map(services.map((s, i) => [s.id, i]));
  const nServices = services.length;
  const groups = scenario.groups;
  const groupShares = choice(
    Object.fromEntries(groups.map((g) => [g.id, g.share])),
    new Map(groups.map((g, i) => [g.id, i])),
  );
  const stay: Sampler[] = [];
  const stayExpMean: number[] = [];
  const stayLnMu: number[] = [];
  const stayLnSigma: number[] = [];
  const serviceStay = services.map((s) => createSampler(s.stayDays));
  for (const g of groups) {
    for (let s = 0; s < nServices; s++) {
      const override = g.stayDays?.[services[s].id];
      stay.push(override ? createSampler(override) : serviceStay[s]);
      const d = override ?? services[s].stayDays;
      stayExpMean.push(d.dist === 'exponential' ? d.mean : NaN);
      const ln = d.dist === 'lognormal' && d.sd !== 0 ? lognormalParams(d.mean, d.sd) : { mu: NaN, sigma: NaN };
      stayLnMu.push(ln.mu);
      stayLnSigma.push(ln.sigma);
    }
  }
  const wl = scenario.waitingList;
  const factor = wl.pretreatmentPatienceFactor ?? 1;
  const ac = scenario.aftercare;
  const rel = scenario.relapse;
  const perService = (m: Record<string, number> | undefined) => {
    const out = new Int32Array(nServices);
    for (const [id, n] of Object.entries(m ?? {})) {
      const i = serviceIndex.get(id);
      if (i !== undefined) out[i] = n;
    }
    return out;
  };
  return {
    horizon: scenario.horizonDays,
    warmup: scenario.warmupDays,
    serviceIds: services.map((s) => s.id),
    nServices,
    capacity: Int32Array.from(services.map(capacityOf)),
    inpatient: Uint8Array.from(services.map((s) => (s.kind === 'inpatient' ? 1 : 0))),
    maxStay: Float64Array.from(services.map((s) => s.maxStayDays ?? Infinity)),
    dropoutShare: Float64Array.from(services.map((s) => s.dropoutShare ?? 0)),
    next: services.map((s) => choice(s.next, serviceIndex)),
    nGroups: groups.length,
    groupShares,
    deadline: Float64Array.from(groups.map((g) => g.deadlineDays)),
    entry: groups.map((g) => choice(g.entry, serviceIndex)),
    stay,
    stayExpMean: Float64Array.from(stayExpMean),
    stayLnMu: Float64Array.from(stayLnMu),
    stayLnSigma: Float64Array.from(stayLnSigma),
    assessment: groups.map((g) => createSampler(g.assessmentDelayDays ?? scenario.assessment.delayDays)),
    assessmentFixed: Float64Array.from(groups, (g) => {
      const d = g.assessmentDelayDays ?? scenario.assessment.delayDays;
      return d.dist === 'fixed' ? d.value : NaN;
    }),
    meanPatience: wl.meanPatienceDays == null ? Infinity : wl.meanPatienceDays * factor,
    earliestDeadline: wl.discipline === 'earliestDeadline',
    referralsPerDay: scenario.referrals.perYear / 365,
    referralRate: referralRate(scenario.referrals),
    seasonality: scenario.referrals.seasonality ? Float64Array.from(scenario.referrals.seasonality) : null,
    growth: scenario.referrals.growth ?? 0,
    aftercarePlaces: ac.places,
    aftercareDuration: createSampler(ac.durationDays),
    needInpatient: ac.needShare.inpatient,
    needOutpatient: ac.needShare.outpatient,
    waitInBed: ac.whenFull === 'waitInBed',
    maxAftercareWait: ac.maxWaitInBedDays,
    relapseWindow: rel.windowDays,
    relapseWithAftercare: rel.probability.completedWithAftercare,
    relapseWithoutAftercare: rel.probability.completedWithoutAftercare,
    relapseDroppedOut: rel.probability.droppedOut,
    timeToRelapse: createSampler(rel.timeToRelapseDays),
    reReferralShare: rel.reReferralShare,
    bedDayNok: scenario.costs?.bedDayNok ?? 0,
    slotDayNok: scenario.costs?.outpatientSlotDayNok ?? 0,
    placeDayNok: scenario.costs?.aftercarePlaceDayNok ?? 0,
    initialWaiting: perService(scenario.initialState?.waiting),
    initialInService: perService(scenario.initialState?.inService),
  };
}

/**
 * compileScenario, remembered for the last scenario compiled in this thread (keyed by its
 * JSON text, so an equal copy hits too). Besides saving the work, this keeps the samplers the
 * same closures from one replication to the next: V8 then sees one target at each sampler call
 * instead of new closures every replication (about 3 % of the M/M/c bench). A compiled model
 * is never written to, so sharing it between replications is safe.
 */
export function compiledScenario(scenario: Scenario): CompiledModel {
  const key = JSON.stringify(scenario, exactNumbers);
  if (key !== lastKey || lastModel === null) {
    lastModel = compileScenario(scenario);
    lastKey = key;
  }
  return lastModel;
}

let lastKey = '';
let lastModel: CompiledModel | null = null;

/** JSON writes NaN and ±Infinity as null and −0 as 0; the key must tell them apart. */
function exactNumbers(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) return `number:${Object.is(value, -0) ? '-0' : String(value)}`;
  return value;
}
