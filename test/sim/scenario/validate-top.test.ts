import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../sim/scenario/issues';
import { validateScenario } from '../../../sim/scenario/validate';
import { exampleScenario } from './fixtures';
import { expectIssue, expectOnlyError, issuesAfter } from './helpers';

describe('a valid scenario', () => {
  it('the MODEL.md example passes without warnings, as a fresh copy', () => {
    const input = exampleScenario();
    const r = validateScenario(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.value).not.toBe(input);
    expect(r.value.services[0]).not.toBe(input.services[0]);
    expect(r.value.services[0].stayDays).not.toBe(input.services[0].stayDays);
    expect(r.value.description).toBe('free text');
    expect(r.value.groups[1].label).toBe('Under 23');
    expect(input).toEqual(exampleScenario()); // input untouched
  });
  it('fills in the defaults of optional fields only', () => {
    const s = exampleScenario();
    delete s.referrals.seasonality;
    delete s.referrals.growth;
    delete s.waitingList.pretreatmentPatienceFactor;
    delete s.services[0].dropoutShare;
    delete s.services[0].next;
    delete s.services[1].maxStayDays;
    delete s.costs;
    const r = validateScenario(s);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.referrals).toEqual({ perYear: 1400, seasonality: null, growth: 0 });
    expect(r.value.waitingList.pretreatmentPatienceFactor).toBe(1);
    expect(r.value.services[0].dropoutShare).toBe(0);
    expect(r.value.services[0].next).toEqual({});
    expect(r.value.services[1].maxStayDays).toBeNull();
    expect(r.value.costs).toEqual({ bedDayNok: 0, outpatientSlotDayNok: 0, aftercarePlaceDayNok: 0 });
    expect(r.value.initialState).toBeNull();
  });
  it('keeps free-text notes, descriptions and labels', () => {
    const s = exampleScenario();
    s.notes = { 'services.long.beds': 'Helse Sør-Øst 2023' };
    s.services[2].notes = { beds: 'assumption' };
    s.services[2].stayDays.notes = { mean: 'SAMDATA' };
    s.aftercare.description = 'municipal follow-up';
    const r = validateScenario(s);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.notes).toEqual({ 'services.long.beds': 'Helse Sør-Øst 2023' });
    expect(r.value.services[2].notes).toEqual({ beds: 'assumption' });
    expect((r.value.services[2].stayDays as any).notes).toEqual({ mean: 'SAMDATA' });
  });
});

describe('schema', () => {
  it('must be kapasim/scenario@1', () => {
    expectIssue(issuesAfter((s) => delete s.schema), 'schema', 'is required', 'kapasim/scenario@1');
    expectIssue(issuesAfter((s) => (s.schema = 'scenario')), 'schema', 'must be "kapasim/scenario@1"');
  });
  it('a newer version gets its own message and nothing else', () => {
    const s = exampleScenario();
    s.schema = 'kapasim/scenario@2';
    s.fancyNewField = 1;
    const r = validateScenario(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].path).toBe('schema');
    expect(r.issues[0].message).toBe('this file was written by a newer version of Kapasim (schema kapasim/scenario@2); this version reads kapasim/scenario@1');
  });
  it('another kind of Kapasim file is named', () => {
    expectIssue(issuesAfter((s) => (s.schema = 'kapasim/study@1')), 'schema', 'this is a Kapasim study file');
  });
});

describe('top-level fields', () => {
  it('name is a non-empty text', () => {
    expectOnlyError((s) => delete s.name, 'name', 'is required');
    expectOnlyError((s) => (s.name = '  '), 'name', 'must not be empty');
    expectOnlyError((s) => (s.name = 3), 'name', 'must be a name for the scenario, not a number');
  });
  it('horizonDays is > 0 and at most 100 years', () => {
    expectOnlyError((s) => (s.horizonDays = 0), 'horizonDays', 'must be a number > 0');
    const i = expectOnlyError((s) => (s.horizonDays = 40_000), 'horizonDays', 'must be ≤ 36500 (100 years)');
    expect(i.value).toBe(40_000);
    expect(i.allowed).toBe('number > 0 and ≤ 36500 (100 years)');
    expectOnlyError((s) => (s.horizonDays = Number.NaN), 'horizonDays', 'must be a finite number');
    expectOnlyError((s) => (s.horizonDays = Number.POSITIVE_INFINITY), 'horizonDays', 'must be a finite number');
    expectOnlyError((s) => (s.horizonDays = '2555'), 'horizonDays', 'write it without quotes');
    expectOnlyError((s) => delete s.horizonDays, 'horizonDays', 'is required');
  });
  it('warmupDays is ≥ 0 and below the horizon', () => {
    expectOnlyError((s) => (s.warmupDays = -1), 'warmupDays', 'must be a number ≥ 0');
    expectOnlyError((s) => (s.warmupDays = 2555), 'warmupDays', 'must be less than horizonDays (2555)', '0 ≤ warmupDays < 2555');
  });
  it('replications is a whole number 1 to 10000; 1 is a warning', () => {
    expectOnlyError((s) => (s.replications = 0), 'replications', 'must be a whole number ≥ 1', 'whole number 1 to 10000');
    expectOnlyError((s) => (s.replications = 2.5), 'replications', 'must be a whole number');
    expectOnlyError((s) => (s.replications = 10_001), 'replications', 'must be ≤ 10000');
    const one = issuesAfter((s) => (s.replications = 1));
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ path: 'replications', severity: 'warning' });
    expect(validateScenario({ ...exampleScenario(), replications: 1 }).ok).toBe(true);
  });
  it('seed is a whole number from 0 to 2^53 − 1', () => {
    expectOnlyError((s) => (s.seed = -1), 'seed', 'must be a whole number ≥ 0');
    expectOnlyError((s) => (s.seed = 1.5), 'seed', 'must be a whole number');
    expectOnlyError((s) => (s.seed = 2 ** 53), 'seed', '2^53 − 1');
    expect(validateScenario({ ...exampleScenario(), seed: 0 }).ok).toBe(true);
    expect(validateScenario({ ...exampleScenario(), seed: Number.MAX_SAFE_INTEGER }).ok).toBe(true);
  });
  it('unknown fields are errors with a suggestion', () => {
    const issues = issuesAfter((s) => {
      s.horizonDay = 100;
    });
    const i = expectIssue(issues, 'horizonDay', 'unknown field', 'did you mean "horizonDays"?');
    expect(formatIssue(i)).toContain('horizonDay: unknown field in a scenario; did you mean "horizonDays"?');
    expectOnlyError((s) => (s.zzz = 1), 'zzz', 'unknown field');
    expectOnlyError((s) => (s.aftercare.place = 1), 'aftercare.place', 'did you mean "places"?');
    expectOnlyError((s) => (s.relapse.probability.droppedOutt = 1), 'relapse.probability.droppedOutt', 'did you mean "droppedOut"?');
    expectOnlyError((s) => (s['odd key'] = 1), '["odd key"]', 'unknown field');
  });
  it('free-text fields must be texts', () => {
    expectOnlyError((s) => (s.notes = 'x'), 'notes', 'must be an object of texts');
    expectOnlyError((s) => (s.notes = { a: 1 }), 'notes.a', 'must be a text, not a number');
    expectOnlyError((s) => (s.groups[0].label = 5), 'groups.acute.label', 'must be a text');
    expectOnlyError((s) => (s.description = {}), 'description', 'must be a text');
  });
  it('reports every problem, not only the first', () => {
    const issues = issuesAfter((s) => {
      s.horizonDays = -1;
      s.seed = 'x';
      s.services[2].beds = -3;
      s.groups[1].deadlineDays = -5;
      s.aftercare.whenFull = 'wait';
    });
    expect(issues.map((i) => i.path).sort()).toEqual(['aftercare.whenFull', 'groups.youth.deadlineDays', 'horizonDays', 'seed', 'services.long.beds']);
  });
});

describe('referrals', () => {
  it('perYear is ≥ 0', () => {
    expectOnlyError((s) => (s.referrals.perYear = -1), 'referrals.perYear', 'must be a number ≥ 0', 'number 0 to 1000000');
    expectOnlyError((s) => delete s.referrals, 'referrals', 'is required');
  });
  it('seasonality is null or 12 factors ≥ 0 with mean 1', () => {
    expect(validateScenario({ ...exampleScenario(), referrals: { perYear: 10, seasonality: [1.2, 0.8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] } }).ok).toBe(true);
    expectOnlyError((s) => (s.referrals.seasonality = [1, 1, 1]), 'referrals.seasonality', 'must have 12 monthly factors, not 3');
    expectOnlyError((s) => (s.referrals.seasonality = new Array(12).fill(1.1)), 'referrals.seasonality', 'mean 1', 'their mean is 1.1');
    expectOnlyError((s) => (s.referrals.seasonality = [-1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), 'referrals.seasonality[0]', 'must be a number ≥ 0');
    expectOnlyError((s) => (s.referrals.seasonality = 'winter'), 'referrals.seasonality', 'must be null or a list');
  });
  it('growth is > −1', () => {
    expectOnlyError((s) => (s.referrals.growth = -1), 'referrals.growth', 'must be a number > -1');
    expectOnlyError((s) => (s.referrals.growth = 5), 'referrals.growth', 'must be ≤ 1');
  });
});

describe('waitingList', () => {
  it('discipline is fifo or earliestDeadline', () => {
    expectOnlyError((s) => (s.waitingList.discipline = 'FIFO'), 'waitingList.discipline', 'must be one of "fifo" or "earliestDeadline"; did you mean "fifo"?');
  });
  it('meanPatienceDays is null or > 0, and required', () => {
    expect(validateScenario({ ...exampleScenario(), waitingList: { discipline: 'fifo', meanPatienceDays: null } }).ok).toBe(true);
    expectOnlyError((s) => (s.waitingList.meanPatienceDays = 0), 'waitingList.meanPatienceDays', 'must be a number > 0');
    expectOnlyError((s) => delete s.waitingList.meanPatienceDays, 'waitingList.meanPatienceDays', 'is required', 'null for never');
  });
  it('pretreatmentPatienceFactor is > 0', () => {
    expectOnlyError((s) => (s.waitingList.pretreatmentPatienceFactor = 0), 'waitingList.pretreatmentPatienceFactor', 'must be a number > 0');
  });
});

describe('aftercare', () => {
  it('places is a whole number ≥ 0', () => {
    expectOnlyError((s) => (s.aftercare.places = 2.5), 'aftercare.places', 'must be a whole number');
    expectOnlyError((s) => (s.aftercare.places = -1), 'aftercare.places', 'must be a whole number ≥ 0');
  });
  it('durationDays is a distribution', () => {
    expectOnlyError((s) => delete s.aftercare.durationDays, 'aftercare.durationDays', 'is required: a distribution');
  });
  it('needShare values are shares', () => {
    expectOnlyError((s) => (s.aftercare.needShare.inpatient = 2), 'aftercare.needShare.inpatient', 'must be ≤ 1', 'number 0 to 1');
    expectOnlyError((s) => delete s.aftercare.needShare.outpatient, 'aftercare.needShare.outpatient', 'is required');
  });
  it('whenFull is waitInBed or discharge', () => {
    expectOnlyError((s) => (s.aftercare.whenFull = 'waitinbed'), 'aftercare.whenFull', 'did you mean "waitInBed"?');
  });
  it('maxWaitInBedDays is ≥ 0', () => {
    expectOnlyError((s) => (s.aftercare.maxWaitInBedDays = -1), 'aftercare.maxWaitInBedDays', 'must be a number ≥ 0');
  });
});

describe('relapse', () => {
  it('windowDays is > 0', () => {
    expectOnlyError((s) => (s.relapse.windowDays = 0), 'relapse.windowDays', 'must be a number > 0');
  });
  it('the probabilities are shares', () => {
    expectOnlyError((s) => (s.relapse.probability.droppedOut = 1.1), 'relapse.probability.droppedOut', 'must be ≤ 1');
    expectOnlyError((s) => (s.relapse.probability.completedWithAftercare = -0.1), 'relapse.probability.completedWithAftercare', 'must be a number ≥ 0');
    expectOnlyError((s) => (s.relapse.reReferralShare = -0.1), 'relapse.reReferralShare', 'must be a number ≥ 0');
  });
  it('time to relapse must fall inside the window sometimes, since it is redrawn until it does', () => {
    expectOnlyError((s) => (s.relapse.timeToRelapseDays = { dist: 'fixed', value: 400 }), 'relapse.timeToRelapseDays', 'almost never falls within windowDays (365)');
    expectOnlyError((s) => (s.relapse.timeToRelapseDays = { dist: 'uniform', min: 365, max: 400 }), 'relapse.timeToRelapseDays', 'the share inside is 0');
    expectOnlyError((s) => (s.relapse.timeToRelapseDays = { dist: 'lognormal', mean: 30000, sd: 10 }), 'relapse.timeToRelapseDays', 'almost never');
    expect(validateScenario({ ...exampleScenario(), relapse: { ...exampleScenario().relapse, timeToRelapseDays: { dist: 'fixed', value: 365 } } }).ok).toBe(true);
  });
});

describe('costs', () => {
  it('are optional, each ≥ 0', () => {
    expectOnlyError((s) => (s.costs.bedDayNok = -1), 'costs.bedDayNok', 'must be a number ≥ 0');
    expectOnlyError((s) => (s.costs.bedNok = 1), 'costs.bedNok', 'did you mean "bedDayNok"?');
    const r = validateScenario({ ...exampleScenario(), costs: { bedDayNok: 5 } });
    expect(r.ok && r.value.costs).toEqual({ bedDayNok: 5, outpatientSlotDayNok: 0, aftercarePlaceDayNok: 0 });
  });
});

describe('initialState', () => {
  it('counts are whole numbers ≥ 0 keyed by known services', () => {
    const r = validateScenario({ ...exampleScenario(), initialState: { waiting: { long: 40 }, inService: { long: 90, outpatient: 1200 } } });
    expect(r.ok && r.value.initialState).toEqual({ waiting: { long: 40 }, inService: { long: 90, outpatient: 1200 } });
    expectOnlyError((s) => (s.initialState = { waiting: { lng: 4 } }), 'initialState.waiting.lng', 'no service has the id "lng"; did you mean "long"?');
    expectOnlyError((s) => (s.initialState = { waiting: { long: -4 } }), 'initialState.waiting.long', 'must be a whole number ≥ 0');
    expectOnlyError((s) => (s.initialState = { queue: {} }), 'initialState.queue', 'unknown field');
  });
  it('patients in service do not exceed capacity', () => {
    expectOnlyError((s) => (s.initialState = { inService: { long: 91 } }), 'initialState.inService.long', '91 patients in service exceed the 90 beds of service "long"', 'whole number 0 to 90');
  });
});
