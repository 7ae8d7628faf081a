import { describe, expect, it } from 'vitest';
import { findJsonError, parseJsonText } from '../../../sim/scenario/parse-json';

function message(text: string): string {
  const r = parseJsonText(text);
  if (r.ok) throw new Error('expected an error');
  expect(r.issues).toHaveLength(1);
  expect(r.issues[0].path).toBe('(file)');
  return r.issues[0].message;
}

describe('parseJsonText', () => {
  it('parses valid JSON, also after a byte-order mark', () => {
    expect(parseJsonText('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] }, warnings: [] });
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 }, warnings: [] });
  });
  it('gives line and column of truncated JSON', () => {
    const text = '{\n  "schema": "kapasim/scenario@1",\n  "services": [\n    {"id": "long", "beds": 9';
    const m = message(text);
    expect(m).toContain('ends too early');
    expect(m).toContain('line 4, column 29');
    expect(m).toContain('3 brackets are still open ("}]}" would close them)');
  });
  it('gives line and column of an unexpected character', () => {
    const m = message('{\n  "a": 1,\n  "b": x\n}');
    expect(m).toContain('line 3, column 8');
    expect(m).toMatch(/unexpected x/);
  });
  it('explains trailing commas, comments, single quotes and NaN', () => {
    expect(message('{"a": 1,}')).toContain('comma before a closing bracket');
    expect(message('[1, 2,]')).toContain('comma before a closing bracket');
    expect(message('{"a": 1 // note\n}')).toContain('comments are not allowed');
    expect(message("{'a': 1}")).toContain('double quotes');
    expect(message('{"a": NaN}')).toContain('NaN is not a JSON number');
  });
  it('reports a text cut off inside a string, with where the string started', () => {
    expect(message('{"name": "Base')).toContain('starts at line 1, column 10');
  });
  it('handles empty, non-JSON and odd input without throwing', () => {
    expect(message('')).toContain('empty');
    expect(message('\uFEFF  \n')).toContain('empty');
    expect(message('<html><body>')).toContain('HTML');
    expect(message('hello')).toContain('line 1, column 1');
    expect(message('{"a": 1} extra')).toContain('more text after the JSON value');
    expect(message('{"a": 01}')).toContain('bad number');
    expect(message('"a\tb"')).toContain('a tab inside a text');
    expect(parseJsonText(42 as unknown as string).ok).toBe(false);
  });
  it('handles very deep nesting, valid and cut off', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(findJsonError(deep)).toBeUndefined();
    expect(parseJsonText(deep).ok === true || parseJsonText(deep).ok === false).toBe(true);
    expect(message('['.repeat(100_000))).toContain('100000 brackets are still open');
  });
  it('agrees with JSON.parse on what is valid', () => {
    const samples = ['{}', '[]', '0', '-0.5e+3', '"\\u00e6\\n"', 'true', 'null', '{"a":{"b":[1,{"c":null}]}}', ' [ 1 , 2 ] '];
    for (const s of samples) expect(findJsonError(s)).toBeUndefined();
    const bad = ['{', '[1,]', '{"a"}', '{"a":}', '01', '1.', '-', '"\\x"', 'tru', '[1 2]', '{"a":1 "b":2}'];
    for (const s of bad) {
      expect(() => JSON.parse(s)).toThrow();
      expect(findJsonError(s)).toBeDefined();
    }
  });
});
