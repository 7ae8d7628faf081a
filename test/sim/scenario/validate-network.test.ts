import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../sim/scenario/issues';
import { validateScenario } from '../../../sim/scenario/validate';
import { exampleScenario } from './fixtures';
import { expectIssue, expectOnlyError, issuesAfter } from './helpers';

describe('groups', () => {
  it('is a non-empty list', () => {
    expectIssue(issuesAfter((s) => (s.groups = [])), 'groups', 'must list at least one');
    expectIssue(issuesAfter((s) => (s.groups = {})), 'groups', 'must be a list of patient groups, not an object');
    expectIssue(issuesAfter((s) => (s.groups[1] = 5)), 'groups[1]', 'must be a group');
  });
  it('ids are unique names usable in paths; bad ones name the element by index', () => {
    expectIssue(issuesAfter((s) => delete s.groups[0].id), 'groups[0].id', 'is required');
    expectIssue(issuesAfter((s) => (s.groups[0].id = 'a.b')), 'groups[0].id', 'must use only letters, digits');
    expectIssue(issuesAfter((s) => (s.groups[0].id = '__proto__')), 'groups[0].id', 'reserved name');
    expectIssue(issuesAfter((s) => (s.groups[0].id = 'constructor')), 'groups[0].id', 'reserved name');
    const dup = issuesAfter((s) => {
      s.groups[1].id = 'adult';
      s.groups[2].deadlineDays = -1;
    });
    expectIssue(dup, 'groups[2].id', 'duplicate id "adult" (also groups[1])');
    expectIssue(dup, 'groups[2].deadlineDays', 'must be a number ≥ 0');
  });
  it('shares are in [0, 1] and sum to 1', () => {
    const i = expectOnlyError((s) => (s.groups[0].share = 0.15), 'groups', 'shares must sum to 1, but they sum to 0.95');
    expect(formatIssue(i)).toContain('groups: shares must sum to 1, but they sum to 0.95');
    expectOnlyError((s) => (s.groups[0].share = 1.2), 'groups.acute.share', 'must be ≤ 1', 'number 0 to 1');
  });
  it('a sum off by less than 1e-9 is accepted', () => {
    expect(validateScenario({ ...exampleScenario(), groups: exampleScenario().groups.map((g: any, i: number) => (i === 0 ? { ...g, share: 0.2 + 1e-12 } : g)) }).ok).toBe(true);
  });
  it('deadlineDays is ≥ 0', () => {
    expectOnlyError((s) => (s.groups[1].deadlineDays = -5), 'groups.youth.deadlineDays', 'must be a number ≥ 0');
  });
  it('entry is required, sums to 1, and names known services', () => {
    expectOnlyError((s) => delete s.groups[0].entry, 'groups.acute.entry', 'is required');
    expectOnlyError((s) => (s.groups[1].entry = { outpatient: 0.6, short: 0.3 }), 'groups.youth.entry', 'must sum to 1, but they sum to 0.9');
    expectOnlyError((s) => (s.groups[1].entry = { outpatient: 0.7, shrt: 0.3 }), 'groups.youth.entry.shrt', 'no service has the id "shrt"; did you mean "short"?');
    expectOnlyError((s) => (s.groups[1].entry = { outpatient: 1.5 }), 'groups.youth.entry.outpatient', 'must be ≤ 1');
    expectOnlyError((s) => (s.groups[1].entry = [1]), 'groups.youth.entry', 'must be an object keyed by service id');
  });
  it('stayDays overrides are keyed by known services and are distributions', () => {
    const ok = exampleScenario();
    ok.groups[1].stayDays = { short: { dist: 'fixed', value: 30 } };
    const r = validateScenario(ok);
    expect(r.ok && r.value.groups[1].stayDays).toEqual({ short: { dist: 'fixed', value: 30 } });
    expectOnlyError((s) => (s.groups[1].stayDays = { shortt: { dist: 'fixed', value: 3 } }), 'groups.youth.stayDays.shortt', 'did you mean "short"?');
    expectOnlyError((s) => (s.groups[1].stayDays = { short: { dist: 'lognormal', mean: 30, sd: -1 } }), 'groups.youth.stayDays.short.sd', 'must be a number ≥ 0');
  });
  it('a group may override the assessment delay with a valid distribution', () => {
    const ok = exampleScenario();
    ok.groups[0].assessmentDelayDays = { dist: 'fixed', value: 0 };
    const r = validateScenario(ok);
    expect(r.ok && r.value.groups[0].assessmentDelayDays).toEqual({ dist: 'fixed', value: 0 });
    expectOnlyError((s) => (s.groups[0].assessmentDelayDays = { dist: 'uniform', min: 5, max: 2 }), 'groups.acute.assessmentDelayDays.max', 'min');
    expectOnlyError((s) => (s.groups[0].assessmentDelay = { dist: 'fixed', value: 0 }), 'groups.acute.assessmentDelay', 'did you mean "assessmentDelayDays"?');
  });
  it('unknown group fields get suggestions', () => {
    expectOnlyError((s) => (s.groups[1].deadline = 3), 'groups.youth.deadline', 'unknown field in a group; did you mean "deadlineDays"?');
  });
});

describe('services', () => {
  it('is a non-empty list', () => {
    expectIssue(issuesAfter((s) => (s.services = [])), 'services', 'must list at least one');
    expectIssue(issuesAfter((s) => delete s.services), 'services', 'is required');
  });
  it('ids are unique', () => {
    const issues = issuesAfter((s) => (s.services[3].id = 'long'));
    expectIssue(issues, 'services[3].id', 'duplicate id "long" (also services[2])');
  });
  it('kind is inpatient or outpatient', () => {
    expectOnlyError((s) => (s.services[2].kind = 'inpatiant'), 'services.long.kind', 'did you mean "inpatient"?');
    const noId = issuesAfter((s) => {
      s.services[2].id = 7;
      s.services[2].kind = 'ward';
    });
    expectIssue(noId, 'services[2].kind', 'must be one of "inpatient" or "outpatient"');
  });
  it('inpatient units need whole beds ≥ 0', () => {
    const i = expectOnlyError((s) => (s.services[2].beds = -3), 'services.long.beds', 'must be a whole number ≥ 0');
    expect(formatIssue(i)).toBe('services.long.beds: must be a whole number ≥ 0 (got -3; allowed: whole number 0 to 1000000)');
    expectOnlyError((s) => (s.services[2].beds = 2.5), 'services.long.beds', 'must be a whole number');
    expectOnlyError((s) => delete s.services[2].beds, 'services.long.beds', 'is required');
  });
  it('outpatient services need whole slots ≥ 0', () => {
    expectOnlyError((s) => (s.services[3].slots = -1), 'services.outpatient.slots', 'must be a whole number ≥ 0');
    expectOnlyError((s) => delete s.services[3].slots, 'services.outpatient.slots', 'is required');
  });
  it('the other capacity field is a warning and is dropped', () => {
    const s = exampleScenario();
    s.services[3].beds = 10;
    s.services[2].slots = 10;
    const r = validateScenario(s);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expectIssue(r.warnings, 'services.outpatient.beds', 'is ignored: an outpatient service has slots, not beds');
    expectIssue(r.warnings, 'services.long.slots', 'is ignored');
    expect(r.value.services[3].beds).toBeUndefined();
    expect(r.value.services[2].slots).toBeUndefined();
  });
  it('did you mean beds for bed', () => {
    const issues = issuesAfter((s) => {
      s.services[2].bed = 90;
      delete s.services[2].beds;
    });
    expectIssue(issues, 'services.long.bed', 'unknown field in a service; did you mean "beds"?');
    expectIssue(issues, 'services.long.beds', 'is required');
  });
  it('stayDays is required and valid', () => {
    expectOnlyError((s) => delete s.services[0].stayDays, 'services.detox.stayDays', 'is required: a distribution');
    expectOnlyError((s) => (s.services[0].stayDays.sd = -5), 'services.detox.stayDays.sd', 'must be a number ≥ 0');
  });
  it('maxStayDays is null, absent or > 0', () => {
    expectOnlyError((s) => (s.services[1].maxStayDays = 0), 'services.short.maxStayDays', 'must be a number > 0');
    expect(validateScenario({ ...exampleScenario(), services: exampleScenario().services.map((x: any) => ({ ...x, maxStayDays: null })) }).ok).toBe(true);
  });
  it('dropoutShare is a share', () => {
    expectOnlyError((s) => (s.services[0].dropoutShare = 1.5), 'services.detox.dropoutShare', 'must be ≤ 1', 'number 0 to 1');
  });
  it('next names known services, each in [0, 1], summing to at most 1', () => {
    expectOnlyError((s) => (s.services[0].next = { short: 0.7, outpatient: 0.5 }), 'services.detox.next', 'sum to 1.2; they may sum to at most 1');
    expectOnlyError((s) => (s.services[0].next = { lng: 0.1 }), 'services.detox.next.lng', 'did you mean "long"?');
    expectOnlyError((s) => (s.services[0].next = { long: -0.1 }), 'services.detox.next.long', 'must be a number ≥ 0');
    expect(validateScenario({ ...exampleScenario(), services: exampleScenario().services.map((x: any, i: number) => (i === 0 ? { ...x, next: { short: 0.5, long: 0.5 } } : x)) }).ok).toBe(true);
  });
});

describe('next loops that can never be left', () => {
  function withNext(nexts: Record<string, Record<string, number>>, dropout = 0) {
    const s = exampleScenario();
    for (const svc of s.services) {
      svc.dropoutShare = dropout;
      if (nexts[svc.id]) svc.next = nexts[svc.id];
    }
    return validateScenario(s);
  }
  it('a two-service loop is an error naming both', () => {
    const r = withNext({ short: { long: 1 }, long: { short: 1 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expectIssue(r.issues, 'services.short.next', 'services "short", "long" form a loop (short → long → short)', 'never leave');
  });
  it('a service sending everyone back to itself is an error', () => {
    const r = withNext({ long: { long: 1 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expectIssue(r.issues, 'services.long.next', 'service "long" sends every patient who completes it back to itself');
  });
  it('services leading into a loop are covered by the loop error; each loop is reported once', () => {
    const r = withNext({ detox: { short: 1 }, short: { long: 1 }, long: { short: 1 }, outpatient: { outpatient: 1 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(['services.short.next', 'services.outpatient.next']);
  });
  it('is reported together with other problems, and a broken service makes no false loop', () => {
    const s = exampleScenario();
    for (const svc of s.services) svc.dropoutShare = 0;
    s.services[1].next = { long: 1 };
    s.services[2].next = { short: 1 };
    s.services[2].bed = 3;
    s.services[0].next = { outpatient: 1 };
    s.services[3].next = { detox: 1, detx: 0 }; // outpatient's next is broken, so its loop with detox is not judged
    const r = validateScenario(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(['services.long.bed', 'services.outpatient.next.detx', 'services.short.next']);
  });
  it('dropout or a next sum below 1 lets patients leave', () => {
    expect(withNext({ short: { long: 1 }, long: { short: 1 } }, 0.1).ok).toBe(true);
    expect(withNext({ short: { long: 1 }, long: { short: 0.99 } }).ok).toBe(true);
    expect(withNext({ short: { long: 1 - 1e-12 }, long: { short: 1 } }).ok).toBe(false);
  });
});

describe('flow warnings', () => {
  it('a service no one is sent to is a warning', () => {
    const s = exampleScenario();
    s.groups[2].entry = { outpatient: 0.84, detox: 0.08, short: 0.08 };
    const r = validateScenario(s);
    expect(r.ok).toBe(true);
    if (r.ok) expectIssue(r.warnings, 'services.long', 'stays empty');
  });
  it('a service with no capacity that patients are sent to is a warning', () => {
    const s = exampleScenario();
    s.services[2].beds = 0;
    const r = validateScenario(s);
    expect(r.ok).toBe(true);
    if (r.ok) expectIssue(r.warnings, 'services.long.beds', 'has 0 beds but patients are sent there; they wait until they give up');
  });
});

describe('cascades', () => {
  it('when the services list cannot be read, references to services are not reported as unknown', () => {
    const issues = issuesAfter((s) => {
      s.services = 'none';
      s.initialState = { waiting: { long: 3 } };
    });
    expect(issues.map((i) => i.path)).toEqual(['services']);
  });
});
