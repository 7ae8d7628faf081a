import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../sim/scenario/issues';
import { parseJsonText } from '../../../sim/scenario/parse-json';
import { validateScenario } from '../../../sim/scenario/validate';
import { exampleScenario } from './fixtures';
import { expectIssue, issuesOf } from './helpers';

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = wrap(v);
  return v;
}

afterEach(() => {
  expect(({} as Record<string, unknown>).x).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('x');
  expect(Object.prototype).not.toHaveProperty('polluted');
});

describe('validateScenario never throws', () => {
  it('junk inputs return issues at (file)', () => {
    for (const junk of [null, undefined, 42, 'x', [], true, Number.NaN, Number.POSITIVE_INFINITY, () => 1, Symbol('s'), 10n]) {
      const r = validateScenario(junk);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0].path).toBe('(file)');
        expect(r.issues[0].message).toContain('must be a JSON object holding a scenario');
        expect(() => JSON.stringify(r.issues)).not.toThrow();
      }
    }
  });
  it('deep nesting (10,000 levels) anywhere', () => {
    const deepArray = nested(10_000, (v) => [v]);
    const deepObject = nested(10_000, (v) => ({ a: v }));
    expect(validateScenario(deepArray).ok).toBe(false);
    expect(validateScenario(deepObject).ok).toBe(false);
    const s = exampleScenario();
    s.services[0].stayDays = deepObject;
    s.notes = deepObject;
    s.groups = deepArray;
    const r = validateScenario(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(() => JSON.stringify(r.issues)).not.toThrow();
    for (const i of r.issues) expect(formatIssue(i).length).toBeLessThan(1000);
  });
  it('deeply nested JSON text parses or fails cleanly, then validates', () => {
    const text = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const parsed = parseJsonText(text);
    if (parsed.ok) expect(validateScenario(parsed.value).ok).toBe(false);
    else expect(parsed.issues[0].path).toBe('(file)');
  });
  it('NaN, Infinity and huge numbers anywhere are reported', () => {
    const r = validateScenario({ ...exampleScenario(), horizonDays: Number.NaN, warmupDays: Number.NEGATIVE_INFINITY, seed: 1e308 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expectIssue(r.issues, 'horizonDays', 'finite');
    expectIssue(r.issues, 'warmupDays', 'finite');
    expectIssue(r.issues, 'seed', '≤');
  });
  it('throwing getters and proxies give an issue, not an exception', () => {
    const s = exampleScenario();
    Object.defineProperty(s, 'name', { get() { throw new Error('boom'); }, enumerable: true });
    const r = validateScenario(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].message).toContain('boom');
    const hostile = new Proxy({}, { ownKeys() { throw new Error('no keys'); } });
    expect(validateScenario(hostile).ok).toBe(false);
  });
  it('a cyclic object is reported without looping', () => {
    const s = exampleScenario();
    s.notes = {};
    s.notes.self = s.notes;
    s.services[0].stayDays = s.services[0];
    expect(validateScenario(s).ok).toBe(false);
  });
  it('random junk put anywhere in the example never throws', () => {
    let state = 12345;
    const rand = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const junk = [null, -1, 0, 1e308, -0, Number.NaN, '', 'x', [], {}, [1, 2], { dist: 'fixed' }, true, '__proto__'];
    const paths: string[][] = [];
    const walk = (v: unknown, path: string[]) => {
      if (v === null || typeof v !== 'object') return;
      for (const k of Object.keys(v)) {
        paths.push([...path, k]);
        walk((v as Record<string, unknown>)[k], [...path, k]);
      }
    };
    walk(exampleScenario(), []);
    for (let trial = 0; trial < 500; trial++) {
      const s = exampleScenario();
      for (let k = 0; k < 3; k++) {
        const path = paths[Math.floor(rand() * paths.length)];
        let obj: any = s;
        for (const key of path.slice(0, -1)) obj = obj?.[key];
        if (obj && typeof obj === 'object') obj[path[path.length - 1]] = junk[Math.floor(rand() * junk.length)];
      }
      const r = validateScenario(s);
      expect(issuesOf(r).every((i) => typeof i.path === 'string' && typeof i.message === 'string')).toBe(true);
      if (!r.ok) expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
    }
  });
});

describe('prototype pollution', () => {
  it('__proto__ keys from JSON.parse are reported and leave Object.prototype clean', () => {
    const r = validateScenario(JSON.parse('{"__proto__":{"x":1}}'));
    expect(r.ok).toBe(false);
    if (!r.ok) expectIssue(r.issues, '__proto__', 'unknown field');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
  it('__proto__ and constructor keys nested in a scenario do not reach the cleaned copy', () => {
    const text = JSON.stringify(exampleScenario()).replace('"entry":{"detox":1}', '"entry":{"detox":1,"__proto__":{"polluted":1}}');
    const input = JSON.parse(text);
    input.services[0].constructor = { polluted: 1 };
    input.services[0].next = JSON.parse('{"__proto__": 0.5, "short": 0.35}');
    const r = validateScenario(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expectIssue(r.issues, 'groups.acute.entry.__proto__', 'no service has the id "__proto__"');
    expectIssue(r.issues, 'services.detox.constructor', 'unknown field in a service');
    expectIssue(r.issues, 'services.detox.next.__proto__', 'no service has the id');
  });
  it('notes keyed __proto__ are copied as plain data', () => {
    const input = exampleScenario();
    input.notes = JSON.parse('{"__proto__": "a note", "beds": "b"}');
    const r = validateScenario(input);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.keys(r.value.notes!)).toEqual(['__proto__', 'beds']);
      expect(Object.getPrototypeOf(r.value.notes)).toBe(Object.prototype);
    }
  });
});
