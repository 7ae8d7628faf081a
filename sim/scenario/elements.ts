/**
 * Naming list elements in paths: an element of `services` or `groups` is named by its id
 * when that id is valid and unique (`services.long`), else by its index (`services[2]`).
 * Also checks the ids themselves and maps keyed by service id.
 */
import { checkNumber, isRecord, join, kindOf, setOwn, type Json, type NumberSpec } from './check';
import type { IssueList } from './issues';
import { ID_PATTERN, LIMITS, RESERVED_IDS } from './limits';
import { didYouMean } from './suggest';

export interface Named {
  /** Path of each element. */
  paths: string[];
  /** The valid id of each element (also for duplicates), else undefined. */
  ids: (string | undefined)[];
}

/** Checks a required non-empty list; returns its items or undefined. */
export function checkList(issues: IssueList, path: string, value: unknown, what: string): unknown[] | undefined {
  const allowed = `1 to ${LIMITS.maxItems} ${what}`;
  if (value === undefined) {
    issues.error(path, `is required: a list of ${what}`, undefined, allowed);
    return undefined;
  }
  if (!Array.isArray(value)) {
    issues.error(path, `must be a list of ${what}, not ${kindOf(value)}`, value, allowed);
    return undefined;
  }
  if (value.length === 0 || value.length > LIMITS.maxItems) {
    issues.error(path, value.length === 0 ? `must list at least one of the ${what}` : `has too many ${what} (${value.length})`, undefined, allowed);
    return undefined;
  }
  return value;
}

/** Checks ids and names each element by id or index; reports bad and duplicate ids. */
export function nameElements(issues: IssueList, path: string, items: unknown[]): Named {
  const allowed = `letters, digits, "_" and "-", at most ${LIMITS.maxIdLength} characters`;
  const ids: (string | undefined)[] = items.map((item, i) => {
    const at = join(join(path, i), 'id');
    if (!isRecord(item)) return undefined; // reported by the element's own check
    const id = Object.prototype.hasOwnProperty.call(item, 'id') ? item.id : undefined;
    if (id === undefined) issues.error(at, 'is required: a short name used in paths and references', undefined, allowed);
    else if (typeof id !== 'string') issues.error(at, `must be a text, not ${kindOf(id)}`, id, allowed);
    else if (!ID_PATTERN.test(id) || id.length > LIMITS.maxIdLength) issues.error(at, `must use only ${allowed}`, id, allowed);
    else if (RESERVED_IDS.has(id)) issues.error(at, `"${id}" is a reserved name; choose another id`, id, allowed);
    else return id;
    return undefined;
  });
  const first = new Map<string, number>();
  const dup = new Set<string>();
  ids.forEach((id, i) => {
    if (id === undefined) return;
    if (first.has(id)) {
      dup.add(id);
      issues.error(join(join(path, i), 'id'), `duplicate id "${id}" (also ${join(path, first.get(id)!)})`, id, 'an id used once');
    } else first.set(id, i);
  });
  const paths = ids.map((id, i) => (id !== undefined && !dup.has(id) ? `${path}.${id}` : join(path, i)));
  return { paths, ids };
}

/**
 * A map keyed by service id (entry, next, stay overrides, initial state): unknown ids are
 * errors with a suggestion (not checked when `serviceIds` is undefined, because the services
 * list itself could not be read); each value is checked by `check`. Returns a fresh copy, or
 * undefined when anything is wrong.
 */
export function checkServiceMap<T>(
  issues: IssueList,
  path: string,
  value: unknown,
  serviceIds: ReadonlySet<string> | undefined,
  what: string,
  check: (at: string, v: unknown, key: string) => T | undefined,
): Record<string, T> | undefined {
  if (!isRecord(value)) {
    issues.error(path, `must be an object keyed by service id (${what}), not ${kindOf(value)}`, value);
    return undefined;
  }
  const out: Json = {};
  let ok = true;
  for (const key of Object.keys(value)) {
    const at = join(path, key);
    if (serviceIds !== undefined && !serviceIds.has(key)) {
      issues.error(at, `no service has the id "${key}"${didYouMean(key, serviceIds)}`, undefined, [...serviceIds].join(', '));
      ok = false;
      continue;
    }
    const v = check(at, value[key], key);
    if (v === undefined) ok = false;
    else setOwn(out, key, v);
  }
  return ok ? (out as Record<string, T>) : undefined;
}

/** Probabilities keyed by service id; the sum is the caller's rule. */
export function checkProbabilities(issues: IssueList, path: string, value: unknown, serviceIds: ReadonlySet<string> | undefined, what: string): Record<string, number> | undefined {
  const spec: NumberSpec = { min: 0, max: 1 };
  return checkServiceMap(issues, path, value, serviceIds, what, (at, v) => checkNumber(issues, at, v, spec));
}

/** The sum of a map's values, printed without float noise for messages. */
export function sumText(sum: number): string {
  return String(Number(sum.toPrecision(12)));
}
