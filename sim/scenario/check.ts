/**
 * Small checkers that validators share: each reports what is wrong at a path, with the value
 * and what is allowed, and returns the cleaned value or undefined. None of them throws.
 */
import { FREE_TEXT_FIELDS } from './fields';
import type { IssueList } from './issues';
import { LIMITS } from './limits';
import { describeNumber, termText, type NumberParams, type Term, type ValueKind } from './messages';
import { suggest } from './suggest';

export { describeNumber };

export type Json = Record<string, unknown>;

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property, without reaching into the prototype chain. */
export function has(obj: Json, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** An own property's value (undefined when absent), never from the prototype chain. */
export function own(obj: Json, key: string): unknown {
  return has(obj, key) ? obj[key] : undefined;
}

/** Sets an own property even for keys like `__proto__`, so a cleaned copy never touches prototypes. */
export function setOwn(obj: Json, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `a.b`, or `a["odd key"]` for keys that are not plain names. */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z0-9_-]+$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

/** What kind of value this is, as a term: `number`, `array`, `NaN` … */
export function valueKind(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value) as ValueKind;
  return typeof value;
}

/** What kind of JSON value this is, for messages: `a number`, `an array` … */
export function kindOf(value: unknown): string {
  return termText('kind', valueKind(value));
}

/**
 * Whether a value holds lists or objects nested more than `max` levels deep (a number is 0
 * levels, `[1]` one, `{"a": [1]}` two). Iterative, and stops at the first level too deep, so
 * a value nested any depth is safe to check.
 */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const todo: [unknown, number][] = [[value, 0]];
  while (todo.length > 0) {
    const [v, level] = todo.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (level + 1 > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) todo.push([child, level + 1]);
  }
  return false;
}

/** A number's allowed range; `note` says why the upper bound, or that 1 is 100 %. */
export type NumberSpec = NumberParams;

/** Checks a number against a spec; returns it when valid. `undefined` input is reported as missing. */
export function checkNumber(issues: IssueList, path: string, value: unknown, spec: NumberSpec): number | undefined {
  if (value === undefined) {
    issues.error(path, 'number.required', spec);
    return undefined;
  }
  if (typeof value !== 'number') {
    const quoted = typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
    issues.error(path, 'number.type', { ...spec, kind: valueKind(value), ...(quoted ? { hint: 'quoted' as const } : {}) }, value);
    return undefined;
  }
  if (!Number.isFinite(value)) {
    issues.error(path, 'number.finite', spec, value);
    return undefined;
  }
  if (spec.integer && !Number.isInteger(value)) {
    issues.error(path, 'number.integer', { ...spec, got: value }, value);
    return undefined;
  }
  if (spec.min !== undefined && (spec.minExclusive ? value <= spec.min : value < spec.min)) {
    issues.error(path, 'number.min', { ...spec, min: spec.min, got: value }, value);
    return undefined;
  }
  if (spec.max !== undefined && (spec.maxExclusive ? value >= spec.max : value > spec.max)) {
    issues.error(path, 'number.max', { ...spec, max: spec.max, got: value }, value);
    return undefined;
  }
  return value === 0 ? 0 : value; // -0 becomes 0
}

/** Common number specs. */
/** A share or probability, written as a fraction: the note makes `≤ 1` read as 100 %, not 1 %. */
export const SHARE: NumberSpec = { min: 0, max: 1, note: 'fraction' };
export const DAYS_NONNEG: NumberSpec = { min: 0, max: LIMITS.maxDays, note: 'years100' };
export const DAYS_POSITIVE: NumberSpec = { min: 0, minExclusive: true, max: LIMITS.maxDays, note: 'years100' };
export const CAPACITY: NumberSpec = { min: 0, max: LIMITS.maxCapacity, integer: true };

/** An optional number: absent gives the default. */
export function optionalNumber(issues: IssueList, path: string, value: unknown, spec: NumberSpec, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  return checkNumber(issues, path, value, spec);
}

/** One of a few strings, with a suggestion for a near miss. */
export function checkEnum<T extends string>(issues: IssueList, path: string, value: unknown, options: readonly T[]): T | undefined {
  if (value === undefined) {
    issues.error(path, 'enum.required', { options });
    return undefined;
  }
  if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
  const suggestion = typeof value === 'string' ? suggest(value, options) : undefined;
  issues.error(path, 'enum.invalid', { options, ...(suggestion !== undefined ? { suggestion } : {}) }, value);
  return undefined;
}

/** A required non-empty text. */
export function checkText(issues: IssueList, path: string, value: unknown, what: Term<'what'> = 'text'): string | undefined {
  if (value === undefined) {
    issues.error(path, 'text.required', { what });
    return undefined;
  }
  if (typeof value !== 'string') {
    issues.error(path, 'text.type', { what, kind: valueKind(value) }, value);
    return undefined;
  }
  if (value.trim() === '') {
    issues.error(path, 'text.empty', {}, value);
    return undefined;
  }
  if (value.length > LIMITS.maxTextLength) {
    issues.error(path, 'text.tooLong', { length: value.length, max: LIMITS.maxTextLength });
    return undefined;
  }
  return value;
}

/** A required object; reports `what` it should be when it is missing or not an object. */
export function checkObject(issues: IssueList, path: string, value: unknown, what: Term<'what'>): Json | undefined {
  if (value === undefined) {
    issues.error(path, 'object.required', { what });
    return undefined;
  }
  if (!isRecord(value)) {
    issues.error(path, 'object.type', { what, kind: valueKind(value) }, value);
    return undefined;
  }
  return value;
}

/** Reports fields not among `known` (nor the free-text fields), suggesting a close known one. */
export function checkUnknownFields(issues: IssueList, path: string, obj: Json, known: readonly string[], where: Term<'where'>): void {
  const all = [...new Set([...known, ...FREE_TEXT_FIELDS])];
  for (const key of Object.keys(obj)) {
    if (all.includes(key)) continue;
    const suggestion = suggest(key, all);
    // The list of allowed fields only when there is no suggestion, to keep the line short.
    issues.error(join(path, key), 'field.unknown', suggestion === undefined ? { where, fields: all } : { where, suggestion });
  }
}

/**
 * Checks the free-text fields (`notes`: object of strings; `description`, `label`: strings)
 * and copies the valid ones into `out`.
 */
export function copyFreeText(issues: IssueList, path: string, obj: Json, out: Json): void {
  for (const key of ['label', 'description'] as const) {
    if (!has(obj, key)) continue;
    const v = obj[key];
    if (typeof v !== 'string') issues.error(join(path, key), 'text.type', { what: 'text', kind: valueKind(v) }, v);
    else if (v.length > LIMITS.maxTextLength) issues.error(join(path, key), 'text.tooLong', { length: v.length, max: LIMITS.maxTextLength });
    else out[key] = v;
  }
  if (!has(obj, 'notes')) return;
  const notes = obj.notes;
  const notesPath = join(path, 'notes');
  if (!isRecord(notes)) {
    issues.error(notesPath, 'object.type', { what: 'notes', kind: valueKind(notes) }, notes);
    return;
  }
  const clean: Json = {};
  let ok = true;
  for (const key of Object.keys(notes)) {
    const v = notes[key];
    if (typeof v !== 'string') {
      issues.error(join(notesPath, key), 'text.type', { what: 'text', kind: valueKind(v) }, v);
      ok = false;
    } else setOwn(clean, key, v);
  }
  if (ok) out.notes = clean;
}
