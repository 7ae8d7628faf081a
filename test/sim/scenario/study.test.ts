import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../sim/scenario/changes';
import { formatIssue } from '../../../sim/scenario/issues';
import { expandStudy, validateStudy } from '../../../sim/scenario/study';
import { validateStudySpec } from '../../../sim/study/spec';
import { LIMITS } from '../../../sim/scenario/limits';
import type { Scenario } from '../../../sim/scenario/types';
import { validateScenario } from '../../../sim/scenario/validate';
import { exampleScenario } from './fixtures';
import { expectIssue, issuesOf } from './helpers';

function baseline(): Scenario {
  const r = validateScenario(exampleScenario());
  if (!r.ok) throw new Error('example must be valid');
  return r.value;
}

describe('applyChanges', () => {
  it('names services and groups by id, and walks deeper fields', () => {
    const base = baseline();
    const frozen = JSON.stringify(base);
    const r = applyChanges(base, {
      'services.long.beds': 77,
      'services.outpatient.slots': 1800,
      'groups.youth.deadlineDays': 21,
      'services.long.stayDays.mean': 180,
      'aftercare.places': 300,
      'referrals.perYear': 1500,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.services[2].beds).toBe(77);
    expect(r.value.services[3].slots).toBe(1800);
    expect(r.value.groups[1].deadlineDays).toBe(21);
    expect(r.value.services[2].stayDays).toEqual({ dist: 'lognormal', mean: 180, sd: 60 });
    expect(r.value.aftercare.places).toBe(300);
    expect(r.value.referrals.perYear).toBe(1500);
    expect(JSON.stringify(base)).toBe(frozen); // the input is not changed
    expect(r.value.services[0]).not.toBe(base.services[0]);
  });
  it('replaces whole objects and adds map entries and absent optional objects', () => {
    const r = applyChanges(baseline(), {
      'services.long.stayDays': { dist: 'fixed', value: 200 },
      'services.detox.next.long': 0.1,
      'groups.youth.stayDays.short': { dist: 'fixed', value: 30 },
      'initialState.waiting.long': 40,
      'referrals.seasonality': [1.2, 0.8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      'notes.services.long.beds': 'a note with dots in its key path',
    });
    expect(r.ok, JSON.stringify(issuesOf(r))).toBe(true);
    if (!r.ok) return;
    expect(r.value.services[2].stayDays).toEqual({ dist: 'fixed', value: 200 });
    expect(r.value.services[0].next).toEqual({ short: 0.35, outpatient: 0.35, long: 0.1 });
    expect(r.value.groups[1].stayDays).toEqual({ short: { dist: 'fixed', value: 30 } });
    expect(r.value.initialState).toEqual({ waiting: { long: 40 }, inService: {} });
    expect(r.value.notes).toEqual({ 'services.long.beds': 'a note with dots in its key path' });
  });
  it('an unknown path gets a did-you-mean', () => {
    const r = applyChanges(baseline(), { 'services.lng.beds': 1, 'services.long.bed': 1, 'aftercar.places': 1 }, 'variant "x"');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expectIssue(r.issues, 'services.lng.beds', 'variant "x": unknown path: no service has the id "lng"; did you mean "long"?');
    expectIssue(r.issues, 'services.long.bed', 'unknown path: there is no field "bed" in services.long; did you mean "beds"?');
    expectIssue(r.issues, 'aftercar.places', 'there is no field "aftercar" in (scenario); did you mean "aftercare"?');
  });
  it('a path through a number or past a list end is reported', () => {
    const r = applyChanges(baseline(), { 'services.long.beds.x': 1, 'referrals.seasonality.3': 1, 'groups.youth.entry.shrt': 0.3, 'services..beds': 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expectIssue(r.issues, 'services.long.beds.x', 'services.long.beds is a number, so the path cannot go on to "x"');
    expectIssue(r.issues, 'referrals.seasonality.3', 'referrals.seasonality is null, so the path cannot go on to "3"');
    const list = applyChanges({ ...baseline(), referrals: { perYear: 1, seasonality: new Array(12).fill(1), growth: 0 } }, { 'referrals.seasonality.12': 1 });
    expect(list.ok).toBe(false);
    if (!list.ok) expectIssue(list.issues, 'referrals.seasonality.12', 'is a list of 12; "12" is not an index 0 to 11');
    expectIssue(r.issues, 'services..beds', 'is not a valid change path');
  });
  it('the changed scenario is validated, with the label in front of each issue', () => {
    const r = applyChanges(baseline(), { 'services.long.beds': -3, 'groups.youth.entry.shrt': 0.3 }, 'variant "fewer beds"');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const beds = expectIssue(r.issues, 'services.long.beds', 'variant "fewer beds": must be a whole number ≥ 0');
    expect(formatIssue(beds)).toBe('services.long.beds: variant "fewer beds": must be a whole number ≥ 0 (got -3; allowed: whole number 0 to 1000000)');
    expectIssue(r.issues, 'groups.youth.entry.shrt', 'did you mean "short"?');
  });
  it('does not repeat warnings the baseline has', () => {
    const s = exampleScenario();
    s.services[3].beds = 5; // a warning in the baseline
    const base = validateScenario(s);
    expect(base.ok).toBe(true);
    if (!base.ok) return;
    const r = applyChanges(base.value, { 'services.long.beds': 0 });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings.map((w) => w.path)).toEqual(['services.long.beds']);
  });
  it('never pollutes prototypes', () => {
    const r = applyChanges(baseline(), JSON.parse('{"__proto__.x": 1, "constructor.prototype.x": 1, "services.detox.next.__proto__": 0.1}'));
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('x');
  });
});

function study(extra: Record<string, unknown> = {}): any {
  return {
    schema: 'kapasim/study@1',
    name: 'Fewer beds, stronger outpatient care',
    baseline: { file: 'default.kapasim.json' },
    variants: [{ name: '-15 % beds, +20 % outpatient', changes: { 'services.long.beds': 77, 'services.outpatient.slots': 1800 } }],
    sweeps: [{ path: 'services.long.beds', values: [60, 75, 90] }],
    ...extra,
  };
}

describe('validateStudy', () => {
  it('accepts the MODEL.md study', () => {
    const r = validateStudy(study());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.baseline).toEqual({ file: 'default.kapasim.json' });
  });
  it('checks the schema, with the newer-version message', () => {
    const r = validateStudy(study({ schema: 'kapasim/study@3' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expectIssue(r.issues, 'schema', 'written by a newer version of Kapasim (schema kapasim/study@3); this version reads kapasim/study@1');
    expect(issuesOf(validateStudy(null))[0].path).toBe('(file)');
    expect(issuesOf(validateStudy([]))[0].path).toBe('(file)');
  });
  it('reports unknown fields, bad variants and sweeps', () => {
    const r = validateStudy(study({
      variant: [],
      variants: [{ name: 'a', changes: { seed: 3 } }, { name: 'a', changes: {} }, { changes: 5 }],
      sweeps: [{ path: '', values: [] }],
    }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expectIssue(r.issues, 'variant', 'did you mean "variants"?');
    expectIssue(r.issues, 'variants[0].changes.seed', "runs with the baseline's seed and replications");
    expectIssue(r.issues, 'variants[1].name', 'duplicate variant name (also variants[0])');
    expectIssue(r.issues, 'variants[2].name', 'is required');
    expectIssue(r.issues, 'variants[2].changes', 'must be an object of change path → value, not a number');
    expectIssue(r.issues, 'sweeps[0].path', 'must not be empty');
    expectIssue(r.issues, 'sweeps[0].values', 'must hold 1 to 1000 values');
  });
  it('validates an inline baseline and applies every variant and sweep point to it', () => {
    const s = study({
      baseline: exampleScenario(),
      variants: [{ name: 'too few', changes: { 'services.long.beds': -1 } }],
      sweeps: [{ path: 'groups.youth.deadlineDays', values: [14, -2] }, { path: 'services.lng.beds', values: [1] }],
    });
    const r = validateStudy(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expectIssue(r.issues, 'services.long.beds', 'variant "too few" (variants[0]): must be a whole number ≥ 0');
    expectIssue(r.issues, 'groups.youth.deadlineDays', 'sweep groups.youth.deadlineDays = -2 (sweeps[0]): must be a number ≥ 0');
    expectIssue(r.issues, 'services.lng.beds', 'sweep services.lng.beds = 1 (sweeps[1]): unknown path: no service has the id "lng"; did you mean "long"?');
    const bad = validateStudy(study({ baseline: { ...exampleScenario(), horizonDays: -1 } }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expectIssue(bad.issues, 'baseline.horizonDays', 'must be a number > 0');
  });
});

/** A value nested `levels` deep in lists or objects around a number (a number alone is 0 levels). */
function nested(levels: number, arrays = false): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = arrays ? [v] : { mean: v };
  return v;
}

describe('validateStudy: how deeply a change value is nested', () => {
  const deep = (): Record<string, unknown> => ({
    variants: [{ name: 'deep', changes: { 'services.long.stayDays': nested(20_000), 'services.long.beds': 77 } }],
    sweeps: [{ path: 'services.long.stayDays', values: [nested(3), nested(20_000, true)] }],
  });

  it('refuses a value nested thousands deep in a study whose baseline is a file, at the value, so it never passes to fail on saving', () => {
    const r = validateStudy(study(deep()));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const variant = expectIssue(r.issues, 'variants[0].changes["services.long.stayDays"]', `is nested too deeply: more than ${LIMITS.maxChangeDepth} levels of lists and objects`);
    expect(variant.code).toBe('changeValue.tooDeep');
    expect(variant.params).toEqual({ max: LIMITS.maxChangeDepth });
    expect(variant.allowed).toBe(`a value nested at most ${LIMITS.maxChangeDepth} levels deep`);
    expectIssue(r.issues, 'sweeps[0].values[1]', 'is nested too deeply');
    // The shallow values next to them are not reported, and every issue can be saved and printed.
    expect(r.issues.map((i) => i.path).sort()).toEqual(['sweeps[0].values[1]', 'variants[0].changes["services.long.stayDays"]']);
    expect(() => JSON.stringify(r.issues)).not.toThrow();
    expect(formatIssue(variant)).toMatch(/^variants\[0\]\.changes\["services\.long\.stayDays"\]: is nested too deeply: more than 16 levels .* \(got \{"mean": \{…\}\}; allowed: a value nested at most 16 levels deep\)$/);
  });

  it('gives the same issue with an inline baseline', () => {
    const r = validateStudy(study({ ...deep(), baseline: exampleScenario() }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path, i.code]).sort()).toEqual([
      ['sweeps[0].values[1]', 'changeValue.tooDeep'],
      ['variants[0].changes["services.long.stayDays"]', 'changeValue.tooDeep'],
    ]);
  });

  it('accepts values up to the limit, which is deeper than any scenario field takes', () => {
    const atLimit = validateStudy(study({ variants: [{ name: 'x', changes: { 'services.long.stayDays': nested(LIMITS.maxChangeDepth) } }], sweeps: [] }));
    expect(atLimit.ok).toBe(true);
    const over = validateStudy(study({ variants: [{ name: 'x', changes: { 'services.long.stayDays': nested(LIMITS.maxChangeDepth + 1, true) } }], sweeps: [] }));
    expect(issuesOf(over).map((i) => i.code)).toEqual(['changeValue.tooDeep']);
    // A whole groups list, the deepest value a valid scenario field holds (group → stayDays →
    // distribution → values), passes the check and then applies to an inline baseline.
    const groups = (exampleScenario() as Scenario).groups.map((g) => ({ ...g, stayDays: { long: { dist: 'empirical', values: [100, 200] } } }));
    const whole = validateStudy(study({ baseline: exampleScenario(), variants: [{ name: 'g', changes: { groups } }], sweeps: [] }));
    expect(whole.ok, JSON.stringify(issuesOf(whole))).toBe(true);
  });

  it('checks the values of a 2-D sweep\'s "by" too (validateStudySpec)', () => {
    const r = validateStudySpec(study({ variants: [], sweeps: [{ path: 'services.long.beds', values: [60, 90], by: { path: 'services.long.stayDays', values: [nested(2), nested(5000)] } }] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.path, i.code])).toEqual([['sweeps[0].by.values[1]', 'changeValue.tooDeep']]);
  });
});

describe('expandStudy', () => {
  it('gives the baseline, each variant and each sweep point, with the baseline seed and replications', () => {
    const v = validateStudy(study());
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const r = expandStudy(v.value, baseline());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((c) => c.name)).toEqual(['baseline', '-15 % beds, +20 % outpatient', 'services.long.beds = 60', 'services.long.beds = 75', 'services.long.beds = 90']);
    expect(r.value[1].scenario.services[2].beds).toBe(77);
    expect(r.value[4].scenario.services[2].beds).toBe(90);
    for (const c of r.value) expect([c.scenario.seed, c.scenario.replications]).toEqual([20121, 30]);
  });
});
