/**
 * Small checkers that validators share: each reports what is wrong at a path, with the value
 * and what is allowed, and returns the cleaned value or undefined. None of them throws.
 */
import { FREE_TEXT_FIELDS } from './fields';
import type { IssueList } from './issues';
import { LIMITS } from './limits';
import { didYouMean } from './suggest';

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

/** What kind of JSON value this is, for messages: `a number`, `an array` … */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return `a ${typeof value}`;
}

export interface NumberSpec {
  min?: number;
  max?: number;
  /** Bounds are inclusive unless these say otherwise. */
  minExclusive?: boolean;
  maxExclusive?: boolean;
  integer?: boolean;
  /** Why the upper bound, e.g. `100 years`. */
  maxNote?: string;
}

/** The allowed range in words: `whole number 0 to 1000000`, `number > 0 and ≤ 36500`. */
export function describeNumber(spec: NumberSpec): string {
  const base = spec.integer ? 'whole number' : 'number';
  const lo = spec.min === undefined ? '' : `${spec.minExclusive ? '>' : '≥'} ${spec.min}`;
  const hi = spec.max === undefined ? '' : `${spec.maxExclusive ? '<' : '≤'} ${spec.max}`;
  const note = spec.maxNote ? ` (${spec.maxNote})` : '';
  if (spec.min !== undefined && spec.max !== undefined && !spec.minExclusive && !spec.maxExclusive) {
    return `${base} ${spec.min} to ${spec.max}${note}`;
  }
  if (lo && hi) return `${base} ${lo} and ${hi}${note}`;
  return `${base}${lo ? ` ${lo}` : ''}${hi ? ` ${hi}${note}` : ''}`;
}

/** Checks a number against a spec; returns it when valid. `undefined` input is reported as missing. */
export function checkNumber(issues: IssueList, path: string, value: unknown, spec: NumberSpec): number | undefined {
  const allowed = describeNumber(spec);
  const base = spec.integer ? 'a whole number' : 'a number';
  if (value === undefined) {
    issues.error(path, `is required: ${base}`, undefined, allowed);
    return undefined;
  }
  if (typeof value !== 'number') {
    const hint = typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? ' (write it without quotes)' : '';
    issues.error(path, `must be ${base}, not ${kindOf(value)}${hint}`, value, allowed);
    return undefined;
  }
  if (!Number.isFinite(value)) {
    issues.error(path, `must be a finite number`, value, allowed);
    return undefined;
  }
  if (spec.integer && !Number.isInteger(value)) {
    issues.error(path, `must be a whole number`, value, allowed);
    return undefined;
  }
  if (spec.min !== undefined && (spec.minExclusive ? value <= spec.min : value < spec.min)) {
    issues.error(path, `must be ${base} ${spec.minExclusive ? '>' : '≥'} ${spec.min}`, value, allowed);
    return undefined;
  }
  if (spec.max !== undefined && (spec.maxExclusive ? value >= spec.max : value > spec.max)) {
    issues.error(path, `must be ${spec.maxExclusive ? '<' : '≤'} ${spec.max}${spec.maxNote ? ` (${spec.maxNote})` : ''}`, value, allowed);
    return undefined;
  }
  return value === 0 ? 0 : value; // -0 becomes 0
}

/** Common number specs. */
export const SHARE: NumberSpec = { min: 0, max: 1 };
export const DAYS_NONNEG: NumberSpec = { min: 0, max: LIMITS.maxDays, maxNote: '100 years' };
export const DAYS_POSITIVE: NumberSpec = { min: 0, minExclusive: true, max: LIMITS.maxDays, maxNote: '100 years' };
export const CAPACITY: NumberSpec = { min: 0, max: LIMITS.maxCapacity, integer: true };

/** An optional number: absent gives the default. */
export function optionalNumber(issues: IssueList, path: string, value: unknown, spec: NumberSpec, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  return checkNumber(issues, path, value, spec);
}

/** One of a few strings, with a suggestion for a near miss. */
export function checkEnum<T extends string>(issues: IssueList, path: string, value: unknown, options: readonly T[]): T | undefined {
  const quoted = options.map((o) => JSON.stringify(o));
  const allowed = quoted.length <= 2 ? quoted.join(' or ') : quoted.join(', ');
  if (value === undefined) {
    issues.error(path, `is required: one of ${allowed}`, undefined, allowed);
    return undefined;
  }
  if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
  const hint = typeof value === 'string' ? didYouMean(value, options) : '';
  issues.error(path, `must be one of ${allowed}${hint}`, value, allowed);
  return undefined;
}

/** A required non-empty text. */
export function checkText(issues: IssueList, path: string, value: unknown, what = 'a text'): string | undefined {
  if (value === undefined) {
    issues.error(path, `is required: ${what}`);
    return undefined;
  }
  if (typeof value !== 'string') {
    issues.error(path, `must be ${what}, not ${kindOf(value)}`, value);
    return undefined;
  }
  if (value.trim() === '') {
    issues.error(path, `must not be empty`, value);
    return undefined;
  }
  if (value.length > LIMITS.maxTextLength) {
    issues.error(path, `is too long (${value.length} characters)`, undefined, `at most ${LIMITS.maxTextLength} characters`);
    return undefined;
  }
  return value;
}

/** A required object; reports `what` it should be when it is missing or not an object. */
export function checkObject(issues: IssueList, path: string, value: unknown, what: string): Json | undefined {
  if (value === undefined) {
    issues.error(path, `is required: ${what}`);
    return undefined;
  }
  if (!isRecord(value)) {
    issues.error(path, `must be ${what}, not ${kindOf(value)}`, value);
    return undefined;
  }
  return value;
}

/** Reports fields not among `known` (nor the free-text fields), suggesting a close known one. */
export function checkUnknownFields(issues: IssueList, path: string, obj: Json, known: readonly string[], where: string): void {
  const all = [...new Set([...known, ...FREE_TEXT_FIELDS])];
  for (const key of Object.keys(obj)) {
    if (all.includes(key)) continue;
    const hint = didYouMean(key, all);
    // The list of allowed fields only when there is no suggestion, to keep the line short.
    issues.error(join(path, key), `unknown field in ${where}${hint}`, undefined, hint === '' ? all.join(', ') : undefined);
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
    if (typeof v !== 'string') issues.error(join(path, key), `must be a text, not ${kindOf(v)}`, v);
    else if (v.length > LIMITS.maxTextLength) issues.error(join(path, key), `is too long (${v.length} characters)`, undefined, `at most ${LIMITS.maxTextLength} characters`);
    else out[key] = v;
  }
  if (!has(obj, 'notes')) return;
  const notes = obj.notes;
  const notesPath = join(path, 'notes');
  if (!isRecord(notes)) {
    issues.error(notesPath, `must be an object of texts, e.g. {"beds": "source: …"}, not ${kindOf(notes)}`, notes);
    return;
  }
  const clean: Json = {};
  let ok = true;
  for (const key of Object.keys(notes)) {
    const v = notes[key];
    if (typeof v !== 'string') {
      issues.error(join(notesPath, key), `must be a text, not ${kindOf(v)}`, v);
      ok = false;
    } else setOwn(clean, key, v);
  }
  if (ok) out.notes = clean;
}
