/**
 * Naming draft fields the way validation names them (sim/scenario/elements.ts), so that an
 * issue's `path` can be matched to the input that edits it: an element of `services` or
 * `groups` is named by its id when that id is valid and unique (`services.long.beds`), else by
 * its index (`services[2].beds`); other keys are joined like sim's `join`.
 */
import { ID_PATTERN, LIMITS, RESERVED_IDS } from '../../../sim';
import type { EditPath } from '../../app/edit-path';

const NAMED_LISTS: ReadonlySet<string> = new Set(['services', 'groups']);

/** `a.b`, `a[2]`, or `a["odd key"]`: sim/scenario/check.ts `join`. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z0-9_-]+$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

/** The element's id when validation would accept it as an id, else undefined. */
export function validId(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  if (!Object.prototype.hasOwnProperty.call(item, 'id')) return undefined;
  const id = (item as { id: unknown }).id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id) || id.length > LIMITS.maxIdLength || RESERVED_IDS.has(id)) return undefined;
  return id;
}

/** How validation names element `index` of a named list: its id, or its index. */
export function elementKey(list: unknown, index: number): string | number {
  if (!Array.isArray(list) || list.length === 0 || list.length > LIMITS.maxItems) return index;
  const id = validId(list[index]);
  if (id === undefined) return index;
  const uses = list.reduce((n: number, item) => (validId(item) === id ? n + 1 : n), 0);
  return uses === 1 ? id : index;
}

/** The issue path of the field at `path` in `draft`: ['services', 2, 'beds'] → 'services.long.beds'. */
export function issuePath(draft: unknown, path: EditPath): string {
  let out = '';
  let node: unknown = draft;
  path.forEach((key, depth) => {
    if (depth === 1 && typeof key === 'number' && NAMED_LISTS.has(String(path[0]))) {
      const name = elementKey(node, key);
      out = typeof name === 'string' ? `${out}.${name}` : joinPath(out, name);
    } else {
      out = joinPath(out, key);
    }
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  });
  return out;
}

const LAST_SEGMENT = /(\.[A-Za-z0-9_-]+|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/;

/** The path and its ancestors, longest first: 'a.b[2]' → ['a.b[2]', 'a.b', 'a']. */
export function pathPrefixes(path: string): string[] {
  const out: string[] = [];
  for (let p = path; p !== ''; ) {
    out.push(p);
    const m = LAST_SEGMENT.exec(p);
    if (!m || m.index === 0) break;
    p = p.slice(0, m.index);
  }
  return out;
}

/** The first segment of an issue path (`services.long.beds` → `services`). */
export function topKey(path: string): string {
  return /^[^.[]*/.exec(path)?.[0] ?? path;
}
