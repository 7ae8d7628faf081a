/**
 * validateScenario: checks a parsed scenario file (`kapasim/scenario@1`, shared/MODEL.md)
 * and returns a fresh, cleaned copy with the optional fields' defaults filled in, or every
 * problem found, each with its path, value and what is allowed. It never throws and never
 * writes to its input or to any prototype.
 */
import {
  CAPACITY, checkEnum, checkNumber, checkObject, checkText, checkUnknownFields, copyFreeText,
  DAYS_NONNEG, DAYS_POSITIVE, has, isRecord, join, optionalNumber, own, SHARE, valueKind, type Json,
} from './check';
import { checkDistribution, shareWithin } from './distribution';
import { checkServiceMap } from './elements';
import {
  AFTERCARE_FIELDS, ASSESSMENT_FIELDS, COSTS_FIELDS, INITIAL_STATE_FIELDS, NEED_SHARE_FIELDS, REFERRALS_FIELDS,
  RELAPSE_FIELDS, RELAPSE_PROBABILITY_FIELDS, TOP_FIELDS, WAITING_LIST_FIELDS,
} from './fields';
import { IssueList, makeIssue, toValidated, type Validated } from './issues';
import { LIMITS } from './limits';
import type { Term } from './messages';
import { checkGroups } from './validate-groups';
import { checkPopulation } from './validate-population';
import { checkServices, type ServicesResult } from './validate-services';
import { SCENARIO_SCHEMA, type Group, type Scenario } from './types';

/** Checks any input as a scenario. Never throws. */
export function validateScenario(input: unknown): Validated<Scenario> {
  try {
    const issues = new IssueList();
    const value = checkScenario(issues, input);
    return toValidated(value as Scenario, issues.done());
  } catch (e) {
    return { ok: false, issues: [uncheckable(e, true)] };
  }
}

/**
 * The issue of a validator that failed unexpectedly (a throwing getter, a hostile proxy …),
 * with the error's text; `anyThrown` also names a thrown value that is not an Error.
 */
export function uncheckable(e: unknown, anyThrown = false): ReturnType<typeof makeIssue> {
  return makeIssue('(file)', 'error', 'file.uncheckable', errorParams(e, anyThrown));
}

/** The error's own text, when it has one that can be read. */
export function errorParams(e: unknown, anyThrown = false): { error?: string } {
  try {
    if (e instanceof Error) return { error: e.message };
    return anyThrown ? { error: String(e) } : {};
  } catch {
    return {};
  }
}

/**
 * Checks the schema tag. A later scenario version or another kind of Kapasim file stops
 * validation there, since every other message would only be noise.
 */
export function checkSchema(issues: IssueList, path: string, value: unknown, expected: string): 'ok' | 'stop' | 'bad' {
  if (value === expected) return 'ok';
  const [kind, version] = expected.split('@');
  const m = typeof value === 'string' ? /^kapasim\/([a-z]+)@(\d+)$/.exec(value) : null;
  if (m && `kapasim/${m[1]}` === kind && Number(m[2]) > Number(version)) {
    issues.error(path, 'schema.newer', { got: m[0], schema: expected }, value);
    return 'stop';
  }
  if (m && `kapasim/${m[1]}` !== kind) {
    issues.error(path, 'schema.otherKind', { got: m[0], fileKind: m[1], expectedKind: kind.slice(8), schema: expected }, value);
    return 'stop';
  }
  if (value === undefined) issues.error(path, 'schema.required', { schema: expected });
  else issues.error(path, 'schema.wrong', { schema: expected }, value);
  return 'bad';
}

function checkScenario(issues: IssueList, input: unknown): Scenario | undefined {
  if (!isRecord(input)) {
    issues.error('(file)', 'file.notObject', { what: 'scenarioFile', kind: valueKind(input), schema: SCENARIO_SCHEMA }, input);
    return undefined;
  }
  const get = (k: string): unknown => (has(input, k) ? input[k] : undefined);
  if (checkSchema(issues, 'schema', get('schema'), SCENARIO_SCHEMA) === 'stop') return undefined;
  checkUnknownFields(issues, '', input, TOP_FIELDS, 'scenario');
  const out: Json = { schema: SCENARIO_SCHEMA };
  out.name = checkText(issues, 'name', get('name'), 'scenarioName');
  copyFreeText(issues, '', input, out);
  const horizon = checkNumber(issues, 'horizonDays', get('horizonDays'), DAYS_POSITIVE);
  const warmup = checkNumber(issues, 'warmupDays', get('warmupDays'), DAYS_NONNEG);
  if (horizon !== undefined && warmup !== undefined && warmup >= horizon) {
    issues.error('warmupDays', 'warmup.notBeforeHorizon', { horizon, got: warmup }, warmup);
  }
  Object.assign(out, { horizonDays: horizon, warmupDays: warmup });
  out.replications = checkNumber(issues, 'replications', get('replications'), { min: 1, max: LIMITS.maxReplications, integer: true });
  if (out.replications === 1) issues.warn('replications', 'replications.one', {}, 1);
  out.seed = checkNumber(issues, 'seed', get('seed'), { min: 0, max: LIMITS.maxSeed, integer: true, note: 'maxSafeInteger' });
  out.referrals = checkReferrals(issues, get('referrals'));
  const services = checkServices(issues, get('services'));
  out.groups = checkGroups(issues, get('groups'), services.listed ? services.ids : undefined);
  out.assessment = section(issues, 'assessment', get('assessment'), ASSESSMENT_FIELDS, 'assessment', (a, o) => {
    o.delayDays = checkDistribution(issues, 'assessment.delayDays', own(a, 'delayDays'));
  });
  out.waitingList = section(issues, 'waitingList', get('waitingList'), WAITING_LIST_FIELDS, 'waitingList', (w, o) => {
    o.discipline = checkEnum(issues, 'waitingList.discipline', own(w, 'discipline'), ['fifo', 'earliestDeadline'] as const);
    const patience = own(w, 'meanPatienceDays');
    if (patience === undefined) issues.error('waitingList.meanPatienceDays', 'patience.required', {});
    else o.meanPatienceDays = patience === null ? null : checkNumber(issues, 'waitingList.meanPatienceDays', patience, DAYS_POSITIVE);
    o.pretreatmentPatienceFactor = optionalNumber(issues, 'waitingList.pretreatmentPatienceFactor', own(w, 'pretreatmentPatienceFactor'), { min: 0, minExclusive: true, max: LIMITS.maxPatienceFactor }, 1);
  });
  out.services = services.services;
  out.aftercare = checkAftercare(issues, get('aftercare'));
  out.relapse = checkRelapse(issues, get('relapse'));
  out.costs = checkCosts(issues, get('costs'));
  out.initialState = checkInitialState(issues, get('initialState'), services);
  if (issues.errorCount === 0) warnAboutFlow(issues, out as unknown as Scenario, services);
  return issues.errorCount === 0 ? (out as unknown as Scenario) : undefined;
}

/** A required sub-object with known fields: checks it with `fill`, which writes the cleaned fields. */
function section(issues: IssueList, path: Term<'where'>, value: unknown, fields: readonly string[], what: Term<'what'>, fill: (obj: Json, out: Json) => void): Json | undefined {
  const obj = checkObject(issues, path, value, what);
  if (obj === undefined) return undefined;
  checkUnknownFields(issues, path, obj, fields, path);
  const out: Json = {};
  fill(obj, out);
  copyFreeText(issues, path, obj, out);
  return out;
}

function checkReferrals(issues: IssueList, value: unknown): Json | undefined {
  return section(issues, 'referrals', value, REFERRALS_FIELDS, 'referrals', (r, o) => {
    o.perYear = checkNumber(issues, 'referrals.perYear', own(r, 'perYear'), { min: 0, max: LIMITS.maxReferralsPerYear });
    o.seasonality = checkSeasonality(issues, own(r, 'seasonality'));
    o.growth = optionalNumber(issues, 'referrals.growth', own(r, 'growth'), { min: -1, minExclusive: true, max: LIMITS.maxGrowth, note: 'fraction' }, 0);
    // Optional (docs/population.md): written only when given, so scenarios without it are unchanged.
    if (own(r, 'population') !== undefined) o.population = checkPopulation(issues, own(r, 'population'));
  });
}

function checkSeasonality(issues: IssueList, value: unknown): number[] | null | undefined {
  if (value === undefined || value === null) return null;
  const tolerance = LIMITS.seasonalityTolerance;
  if (!Array.isArray(value)) {
    issues.error('referrals.seasonality', 'seasonality.type', { kind: valueKind(value), tolerance }, value);
    return undefined;
  }
  if (value.length !== 12) {
    issues.error('referrals.seasonality', 'seasonality.length', { count: value.length, tolerance }, value);
    return undefined;
  }
  const factors = value.map((v: unknown, m) => checkNumber(issues, `referrals.seasonality[${m}]`, v, { min: 0, max: 12 }));
  if (factors.some((f) => f === undefined)) return undefined;
  const mean = (factors as number[]).reduce((a, b) => a + b, 0) / 12;
  if (Math.abs(mean - 1) > LIMITS.seasonalityTolerance) {
    issues.error('referrals.seasonality', 'seasonality.mean', { mean: Number(mean.toPrecision(10)), tolerance }, value);
    return undefined;
  }
  return factors as number[];
}

function checkAftercare(issues: IssueList, value: unknown): Json | undefined {
  return section(issues, 'aftercare', value, AFTERCARE_FIELDS, 'aftercare', (a, o) => {
    o.places = checkNumber(issues, 'aftercare.places', own(a, 'places'), CAPACITY);
    o.durationDays = checkDistribution(issues, 'aftercare.durationDays', own(a, 'durationDays'));
    o.needShare = section(issues, 'aftercare.needShare', own(a, 'needShare'), NEED_SHARE_FIELDS, 'needShare', (n, no) => {
      no.inpatient = checkNumber(issues, 'aftercare.needShare.inpatient', own(n, 'inpatient'), SHARE);
      no.outpatient = checkNumber(issues, 'aftercare.needShare.outpatient', own(n, 'outpatient'), SHARE);
    });
    o.whenFull = checkEnum(issues, 'aftercare.whenFull', own(a, 'whenFull'), ['waitInBed', 'discharge'] as const);
    o.maxWaitInBedDays = checkNumber(issues, 'aftercare.maxWaitInBedDays', own(a, 'maxWaitInBedDays'), DAYS_NONNEG);
  });
}

function checkRelapse(issues: IssueList, value: unknown): Json | undefined {
  return section(issues, 'relapse', value, RELAPSE_FIELDS, 'relapse', (r, o) => {
    const window = checkNumber(issues, 'relapse.windowDays', own(r, 'windowDays'), DAYS_POSITIVE);
    o.windowDays = window;
    o.probability = section(issues, 'relapse.probability', own(r, 'probability'), RELAPSE_PROBABILITY_FIELDS, 'relapseProbability', (p, po) => {
      for (const f of RELAPSE_PROBABILITY_FIELDS) po[f] = checkNumber(issues, `relapse.probability.${f}`, own(p, f), SHARE);
    });
    const time = checkDistribution(issues, 'relapse.timeToRelapseDays', own(r, 'timeToRelapseDays'));
    o.timeToRelapseDays = time;
    if (time !== undefined && window !== undefined) {
      const share = shareWithin(time, window);
      if (!(share >= LIMITS.minRelapseShareInWindow)) {
        issues.error('relapse.timeToRelapseDays', 'relapse.outsideWindow', { window, share: Number(share.toPrecision(3)), minShare: LIMITS.minRelapseShareInWindow });
      }
    }
    o.reReferralShare = checkNumber(issues, 'relapse.reReferralShare', own(r, 'reReferralShare'), SHARE);
  });
}

function checkCosts(issues: IssueList, value: unknown): Json | undefined {
  if (value === undefined || value === null) return { bedDayNok: 0, outpatientSlotDayNok: 0, aftercarePlaceDayNok: 0 };
  return section(issues, 'costs', value, COSTS_FIELDS, 'costs', (c, o) => {
    for (const f of COSTS_FIELDS) o[f] = optionalNumber(issues, `costs.${f}`, own(c, f), { min: 0, max: LIMITS.maxCostNok }, 0);
  });
}

function checkInitialState(issues: IssueList, value: unknown, services: ServicesResult): Json | null | undefined {
  if (value === undefined || value === null) return null;
  return section(issues, 'initialState', value, INITIAL_STATE_FIELDS, 'initialState', (s, o) => {
    for (const f of INITIAL_STATE_FIELDS) {
      const v = own(s, f);
      if (v === undefined) {
        o[f] = {};
        continue;
      }
      o[f] = checkServiceMap(issues, `initialState.${f}`, v, services.listed ? services.ids : undefined, f, (at, n, id) => {
        const count = checkNumber(issues, at, n, CAPACITY);
        const cap = services.capacity.get(id);
        if (f === 'inService' && count !== undefined && cap !== undefined && count > cap) {
          const unit = services.kind.get(id) === 'outpatient' ? 'slots' : 'beds';
          issues.error(at, 'initialState.overCapacity', { count, capacity: cap, unit, service: id }, count);
          return undefined;
        }
        return count;
      });
    }
  });
}

/** Warnings about a valid scenario: services no one reaches, and reached services with no capacity. */
function warnAboutFlow(issues: IssueList, scenario: Scenario, services: ServicesResult): void {
  const reached = new Set<string>();
  const send = (table: Record<string, number> | undefined): void => {
    for (const [id, p] of Object.entries(table ?? {})) if (p > 0) reached.add(id);
  };
  scenario.groups.forEach((g: Group) => g.share > 0 && send(g.entry));
  // Only services that someone reaches pass patients on.
  for (let grew = true; grew; ) {
    const size = reached.size;
    for (const s of scenario.services) if (reached.has(s.id)) send(s.next);
    grew = reached.size > size;
  }
  for (const s of scenario.services) {
    const path = services.pathOf.get(s.id) ?? 'services';
    const cap = (s.kind === 'inpatient' ? s.beds : s.slots) ?? 0;
    const initial = (scenario.initialState?.waiting?.[s.id] ?? 0) + (scenario.initialState?.inService?.[s.id] ?? 0);
    if (!reached.has(s.id) && initial === 0) {
      issues.warn(path, 'service.unreached', { service: s.id });
    } else if (cap === 0) {
      const unit = s.kind === 'inpatient' ? 'beds' : 'slots';
      const fate = scenario.waitingList.meanPatienceDays === null ? 'forever' : 'giveUp';
      issues.warn(join(path, unit), 'service.noCapacity', { service: s.id, unit, fate }, 0);
    }
  }
}
