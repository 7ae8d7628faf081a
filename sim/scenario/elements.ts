/**
 * Naming list elements in paths: an element of `services` or `groups` is named by its id
 * when that id is valid and unique (`services.long`), else by its index (`services[2]`).
 * Also checks the ids themselves and maps keyed by service id.
 */
import { checkNumber, isRecord, join, setOwn, SHARE, valueKind, type Json } from './check';
import type { IssueList } from './issues';
import { ID_PATTERN, LIMITS, RESERVED_IDS } from './limits';
import type { Term } from './messages';
import { suggest } from './suggest';

export interface Named {
  /** Path of each element. */
  paths: string[];
  /** The valid id of each element (also for duplicates), else undefined. */
  ids: (string | undefined)[];
}

/** Checks a required non-empty list; returns its items or undefined. */
export function checkList(issues: IssueList, path: string, value: unknown, items: Term<'items'>): unknown[] | undefined {
  const max = LIMITS.maxItems;
  if (value === undefined) {
    issues.error(path, 'list.required', { items, max });
    return undefined;
  }
  if (!Array.isArray(value)) {
    issues.error(path, 'list.type', { items, kind: valueKind(value), max }, value);
    return undefined;
  }
  if (value.length === 0) {
    issues.error(path, 'list.empty', { items, max });
    return undefined;
  }
  if (value.length > max) {
    issues.error(path, 'list.tooLong', { items, max, count: value.length });
    return undefined;
  }
  return value;
}

/** Checks ids and names each element by id or index; reports bad and duplicate ids. */
export function nameElements(issues: IssueList, path: string, items: unknown[]): Named {
  const maxLength = LIMITS.maxIdLength;
  const ids: (string | undefined)[] = items.map((item, i) => {
    const at = join(join(path, i), 'id');
    if (!isRecord(item)) return undefined; // reported by the element's own check
    const id = Object.prototype.hasOwnProperty.call(item, 'id') ? item.id : undefined;
    if (id === undefined) issues.error(at, 'id.required', { maxLength });
    else if (typeof id !== 'string') issues.error(at, 'id.type', { maxLength, kind: valueKind(id) }, id);
    else if (!ID_PATTERN.test(id) || id.length > maxLength) issues.error(at, 'id.pattern', { maxLength }, id);
    else if (RESERVED_IDS.has(id)) issues.error(at, 'id.reserved', { maxLength, id }, id);
    else return id;
    return undefined;
  });
  const first = new Map<string, number>();
  const dup = new Set<string>();
  ids.forEach((id, i) => {
    if (id === undefined) return;
    if (first.has(id)) {
      dup.add(id);
      issues.error(join(join(path, i), 'id'), 'id.duplicate', { id, other: join(path, first.get(id)!) }, id);
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
  what: Term<'what'>,
  check: (at: string, v: unknown, key: string) => T | undefined,
): Record<string, T> | undefined {
  if (!isRecord(value)) {
    issues.error(path, 'map.type', { what, kind: valueKind(value) }, value);
    return undefined;
  }
  const out: Json = {};
  let ok = true;
  for (const key of Object.keys(value)) {
    const at = join(path, key);
    if (serviceIds !== undefined && !serviceIds.has(key)) {
      const suggestion = suggest(key, serviceIds);
      issues.error(at, 'id.unknownService', { id: key, ...(suggestion !== undefined ? { suggestion } : {}), services: [...serviceIds] });
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
export function checkProbabilities(issues: IssueList, path: string, value: unknown, serviceIds: ReadonlySet<string> | undefined, what: Term<'what'>): Record<string, number> | undefined {
  return checkServiceMap(issues, path, value, serviceIds, what, (at, v) => checkNumber(issues, at, v, SHARE));
}

/** The sum of a map's values without float noise, for messages. */
export function roundSum(sum: number): number {
  return Number(sum.toPrecision(12));
}
