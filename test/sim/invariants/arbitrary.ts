/**
 * fast-check arbitraries that build VALID scenarios (MODEL.md's contract): 1–5 services, 1–4
 * groups, every kind of distribution, `next` loops that can be left, aftercare modes, initial
 * states, seasonality and growth, and short horizons so a replication takes milliseconds.
 * Shares and entry probabilities are built from whole-number weights so they sum to 1 exactly
 * enough; `validScenario` still filters on validateScenario, as a guard against a generator bug.
 */
import fc from 'fast-check';
import { validateScenario } from '../../../sim/scenario/validate';
import type { Distribution, Group, Scenario, Service } from '../../../sim/scenario/types';

/** A day count with a bias to the edges (0 only where `zero` allows it). */
const days = (max: number, zero = true): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.double({ min: 0.05, max, noNaN: true }).map((x) => Number(x.toPrecision(4))) },
    { weight: 1, arbitrary: fc.constantFrom(...(zero ? [0, 1, max] : [0.05, 1, max])) },
  );

/** Any of the seven distributions, with valid parameters and means up to `max` days. */
export function distribution(max: number, { zero = true } = {}): fc.Arbitrary<Distribution> {
  const positive = days(max, false);
  return fc.oneof(
    positive.map((mean): Distribution => ({ dist: 'exponential', mean })),
    fc.tuple(positive, fc.double({ min: 0, max: 2, noNaN: true })).map(([mean, cv]): Distribution => ({ dist: 'lognormal', mean, sd: Number((mean * cv).toPrecision(4)) })),
    fc.tuple(positive, fc.oneof(fc.constant(0), fc.double({ min: 0.05, max: 2, noNaN: true }))).map(([mean, cv]): Distribution => ({ dist: 'gamma', mean, sd: Number((mean * cv).toPrecision(4)) })),
    (zero ? days(max) : positive).map((value): Distribution => ({ dist: 'fixed', value })),
    fc.tuple(days(max, zero), days(max, zero)).map(([a, b]): Distribution => ({ dist: 'uniform', min: Math.min(a, b), max: Math.max(a, b) })),
    fc.tuple(days(max, zero), days(max, zero), days(max, zero)).map(([a, b, c]): Distribution => {
      const [min, mode, mx] = [a, b, c].sort((x, y) => x - y);
      return { dist: 'triangular', min, mode, max: mx };
    }),
    fc.array(days(max, zero), { minLength: 1, maxLength: 8 }).map((values): Distribution => ({ dist: 'empirical', values })),
  );
}

/** Weights → shares that sum to 1 within 1e-9 (the last one takes the rest). */
function shares(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return weights.map((_, i) => (i === 0 ? 1 : 0));
  const out = weights.map((w) => w / total);
  const rest = 1 - out.slice(0, -1).reduce((a, b) => a + b, 0);
  out[out.length - 1] = Math.max(0, rest);
  return out;
}

/** A share in [0, 1] with 0 and 1 themselves common. */
const share = fc.oneof({ weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }, { weight: 1, arbitrary: fc.constantFrom(0, 1) });

interface ServiceDraft {
  inpatient: boolean;
  capacity: number;
  stay: Distribution;
  maxStay: number | null;
  dropout: number;
  /** Weights of next targets (0 = none) and how much of the total goes on (≤ 1). */
  nextWeights: number[];
  onward: number;
}

const serviceDraft = (n: number): fc.Arbitrary<ServiceDraft> =>
  fc.record({
    inpatient: fc.boolean(),
    capacity: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: fc.integer({ min: 1, max: 40 }) }),
    stay: distribution(120),
    maxStay: fc.option(fc.double({ min: 0.5, max: 200, noNaN: true }).map((x) => Number(x.toPrecision(3))), { nil: null }),
    dropout: share,
    nextWeights: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 })), { minLength: n, maxLength: n }),
    onward: share,
  });

interface GroupDraft {
  weight: number;
  deadline: number;
  entryWeights: number[];
  assessment: Distribution | null;
  overrideStay: Distribution | null;
}

const groupDraft = (n: number): fc.Arbitrary<GroupDraft> =>
  fc.record({
    weight: fc.integer({ min: 0, max: 10 }),
    deadline: days(90),
    entryWeights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
    assessment: fc.option(distribution(20), { nil: null }),
    overrideStay: fc.option(distribution(120), { nil: null }),
  });

/** A valid scenario with a short horizon (for invariant tests: a replication takes milliseconds). */
export function validScenario({ maxHorizon = 400, maxPerYear = 600 } = {}): fc.Arbitrary<Scenario> {
  return fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }))
    .chain(([n, g]) =>
      fc.record({
        services: fc.array(serviceDraft(n), { minLength: n, maxLength: n }),
        groups: fc.array(groupDraft(n), { minLength: g, maxLength: g }),
        horizon: fc.integer({ min: 14, max: maxHorizon }),
        warmupShare: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.6, noNaN: true })),
        seed: fc.integer({ min: 0, max: 2 ** 31 }),
        perYear: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 8, arbitrary: fc.integer({ min: 1, max: maxPerYear }) }),
        seasonality: fc.option(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 12, maxLength: 12 }), { nil: null }),
        growth: fc.oneof(fc.constant(0), fc.double({ min: -0.5, max: 1, noNaN: true })),
        assessment: distribution(21),
        discipline: fc.constantFrom('fifo' as const, 'earliestDeadline' as const),
        patience: fc.option(fc.double({ min: 0.5, max: 400, noNaN: true }), { nil: null }),
        patienceFactor: fc.constantFrom(1, 0.5, 2),
        aftercare: fc.record({
          places: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })),
          duration: distribution(200),
          inpatient: share,
          outpatient: share,
          whenFull: fc.constantFrom('waitInBed' as const, 'discharge' as const),
          maxWait: fc.oneof(fc.constant(0), fc.double({ min: 0.5, max: 60, noNaN: true })),
        }),
        relapse: fc.record({
          window: fc.integer({ min: 30, max: 730 }),
          withAftercare: share,
          without: share,
          dropped: share,
          meanShare: fc.double({ min: 0.05, max: 2, noNaN: true }),
          uniform: fc.boolean(),
          reReferral: share,
        }),
        initial: fc.option(fc.record({ waiting: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: n, maxLength: n }), inService: fc.array(share, { minLength: n, maxLength: n }) }), { nil: null }),
      }),
    )
    .map((d): Scenario => {
      const ids = d.services.map((_, i) => `s${i}`);
      const services: Service[] = d.services.map((s, i) => {
        const total = s.nextWeights.reduce((a, b) => a + b, 0);
        // At least a 5 % chance of leaving on each pass, so that loops end quickly even when
        // stays take no time (slowly ending loops are the runs-end tests' business).
        const onward = s.dropout >= 0.05 ? s.onward : Math.min(s.onward, 0.95);
        const next: Record<string, number> = {};
        if (total > 0) s.nextWeights.forEach((w, j) => w > 0 && (next[ids[j]] = (onward * w) / total));
        const svc: Service = { id: ids[i], kind: s.inpatient ? 'inpatient' : 'outpatient', stayDays: s.stay, maxStayDays: s.maxStay, dropoutShare: s.dropout, next };
        if (s.inpatient) svc.beds = s.capacity;
        else svc.slots = s.capacity;
        return svc;
      });
      const groupShares = shares(d.groups.map((g) => g.weight));
      const groups: Group[] = d.groups.map((g, k) => {
        const entry: Record<string, number> = {};
        shares(g.entryWeights).forEach((p, j) => p > 0 && (entry[ids[j]] = p));
        const group: Group = { id: `g${k}`, share: groupShares[k], deadlineDays: g.deadline, entry };
        if (g.assessment) group.assessmentDelayDays = g.assessment;
        if (g.overrideStay) group.stayDays = { [ids[k % ids.length]]: g.overrideStay };
        return group;
      });
      const window = d.relapse.window;
      const timeToRelapse: Distribution = d.relapse.uniform
        ? { dist: 'uniform', min: 0, max: Number((window * Math.min(1, d.relapse.meanShare)).toFixed(2)) }
        : { dist: 'exponential', mean: Number((window * d.relapse.meanShare).toPrecision(4)) };
      const seasonality = d.seasonality && d.seasonality.some((x) => x > 0) ? d.seasonality.map((x, m, all) => (12 * x) / all.reduce((a, b) => a + b, 0)) : null;
      const capacityOf = (s: Service) => (s.kind === 'inpatient' ? s.beds : s.slots) ?? 0;
      return {
        schema: 'kapasim/scenario@1',
        name: 'random',
        horizonDays: d.horizon,
        warmupDays: Math.floor(d.horizon * d.warmupShare),
        replications: 2,
        seed: d.seed,
        referrals: { perYear: d.perYear, seasonality, growth: d.growth },
        groups,
        assessment: { delayDays: d.assessment },
        waitingList: { discipline: d.discipline, meanPatienceDays: d.patience, pretreatmentPatienceFactor: d.patienceFactor },
        services,
        aftercare: {
          places: d.aftercare.places,
          durationDays: d.aftercare.duration,
          needShare: { inpatient: d.aftercare.inpatient, outpatient: d.aftercare.outpatient },
          whenFull: d.aftercare.whenFull,
          maxWaitInBedDays: d.aftercare.maxWait,
        },
        relapse: {
          windowDays: window,
          probability: { completedWithAftercare: d.relapse.withAftercare, completedWithoutAftercare: d.relapse.without, droppedOut: d.relapse.dropped },
          timeToRelapseDays: timeToRelapse,
          reReferralShare: d.relapse.reReferral,
        },
        costs: { bedDayNok: 7900, outpatientSlotDayNok: 200, aftercarePlaceDayNok: 900 },
        initialState: d.initial
          ? {
              waiting: Object.fromEntries(ids.map((id, j) => [id, d.initial!.waiting[j]])),
              inService: Object.fromEntries(services.map((s, j) => [s.id, Math.floor(capacityOf(s) * d.initial!.inService[j])])),
            }
          : null,
      };
    })
    .map((s) => validateScenario(s))
    .filter((r) => r.ok)
    .map((r) => (r as { value: Scenario }).value);
}
