import { describe, expect, it } from 'vitest';
import { formatIssue, IssueList, preview, safeValue } from '../../../sim/scenario/issues';

describe('formatIssue', () => {
  it('puts path, message, value and allowed range on one line', () => {
    expect(formatIssue({ path: 'services.long.beds', message: 'must be a whole number ≥ 0', value: -3, allowed: 'whole number 0 to 1000000', severity: 'error' }))
      .toBe('services.long.beds: must be a whole number ≥ 0 (got -3; allowed: whole number 0 to 1000000)');
  });
  it('leaves out what is not given and marks warnings', () => {
    expect(formatIssue({ path: 'groups', message: 'shares must sum to 1', severity: 'error' })).toBe('groups: shares must sum to 1');
    expect(formatIssue({ path: 'replications', message: 'few', value: 1, severity: 'warning' })).toBe('warning: replications: few (got 1)');
  });
  it('does not repeat an allowed text that the message already holds', () => {
    expect(formatIssue({ path: 'x', message: 'must be "a" or "b"', allowed: '"a" or "b"', severity: 'error' })).toBe('x: must be "a" or "b"');
  });
  it('keeps multi-line values on one line', () => {
    expect(formatIssue({ path: 'name', message: 'bad', value: 'a\nb', severity: 'error' })).not.toContain('\n');
  });
});

describe('preview and safeValue', () => {
  it('shorten deep, long and cyclic values without throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(preview(cyclic)).toBe('{"self": {…}}');
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(preview(deep)).toBe('[[…]]');
    expect(JSON.stringify(safeValue(deep))).toBe('[["…"]]');
    expect(preview('x'.repeat(500)).length).toBeLessThan(70);
    expect(preview(Number.NaN)).toBe('NaN');
    expect(preview(10n)).toBe('10n');
  });
  it('copies keys like __proto__ as plain data', () => {
    const v = safeValue(JSON.parse('{"__proto__": {"x": 1}}')) as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('IssueList', () => {
  it('caps the number of issues and says how many were left out', () => {
    const list = new IssueList();
    for (let i = 0; i < 600; i++) list.error(`p${i}`, 'text.empty', {});
    const done = list.done();
    expect(done).toHaveLength(501);
    expect(done[500].message).toContain('100 more');
  });
});
