/**
 * Whole-draft edits that keep references consistent: adding and removing services and groups,
 * renaming a service id (entry, next, stay overrides and initial state follow it), and finding
 * who routes to a service before it is removed. Each returns a new draft (one undo step).
 */
import type { ScenarioDraft } from '../../app/store';

type Json = Record<string, unknown>;

const rec = (v: unknown): Json | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export interface Reference {
  /** Where the reference is: a group's entry or stay override, another service's next, the initial state. */
  where: 'entry' | 'stayDays' | 'next' | 'initialState';
  /** Index of the group or service holding it (−1 for the initial state). */
  index: number;
  /** Its probability, when it is one. */
  share?: number;
}

/** Everything in the draft that names service `id`, other than the service itself. */
export function serviceReferences(draft: ScenarioDraft, id: string): Reference[] {
  const out: Reference[] = [];
  list(draft.groups).forEach((g, i) => {
    const entry = rec(rec(g)?.entry);
    if (entry && Object.hasOwn(entry, id)) out.push({ where: 'entry', index: i, share: typeof entry[id] === 'number' ? entry[id] : undefined });
    const stay = rec(rec(g)?.stayDays);
    if (stay && Object.hasOwn(stay, id)) out.push({ where: 'stayDays', index: i });
  });
  list(draft.services).forEach((s, i) => {
    const next = rec(rec(s)?.next);
    if (rec(s)?.id !== id && next && Object.hasOwn(next, id)) out.push({ where: 'next', index: i, share: typeof next[id] === 'number' ? next[id] : undefined });
  });
  const init = rec(draft.initialState);
  if (init && ['waiting', 'inService'].some((f) => Object.hasOwn(rec(init[f]) ?? {}, id))) out.push({ where: 'initialState', index: -1 });
  return out;
}

/** Applies `f` to every map keyed by service id (entry, stay overrides, next, initial state). */
function mapServiceKeys(draft: ScenarioDraft, f: (map: Json) => Json): ScenarioDraft {
  const out: ScenarioDraft = { ...draft };
  const on = (obj: unknown, key: string): unknown => {
    const o = rec(obj);
    if (!o || !rec(o[key])) return obj;
    return { ...o, [key]: f(o[key] as Json) };
  };
  if (Array.isArray(draft.groups)) out.groups = draft.groups.map((g) => on(on(g, 'entry'), 'stayDays'));
  if (Array.isArray(draft.services)) out.services = draft.services.map((s) => on(s, 'next'));
  if (rec(draft.initialState)) out.initialState = on(on(draft.initialState, 'waiting'), 'inService');
  return out;
}

const without = (id: string) => (map: Json): Json => Object.fromEntries(Object.entries(map).filter(([k]) => k !== id));
const renamed = (from: string, to: string) => (map: Json): Json => Object.fromEntries(Object.entries(map).map(([k, v]) => [k === from ? to : k, v]));

/** Removes service `index` and every route, override and initial count that names it. */
export function removeService(draft: ScenarioDraft, index: number): ScenarioDraft {
  const services = list(draft.services);
  const id = rec(services[index])?.id;
  const out = typeof id === 'string' ? mapServiceKeys(draft, without(id)) : { ...draft };
  out.services = list(out.services).filter((_, i) => i !== index);
  return out;
}

/**
 * Sets service `index`'s id; references follow when the old id named only this service and
 * the new one is free (otherwise only the id changes, and validation reports the clash).
 */
export function renameService(draft: ScenarioDraft, index: number, next: string): ScenarioDraft {
  const services = list(draft.services);
  const old = rec(services[index])?.id;
  const taken = (id: unknown) => services.filter((s) => rec(s)?.id === id).length;
  const follow = typeof old === 'string' && old !== '' && next !== '' && taken(old) === 1 && taken(next) === 0;
  const out = follow ? mapServiceKeys(draft, renamed(old, next)) : { ...draft };
  out.services = list(out.services).map((s, i) => (i === index ? { ...rec(s), id: next } : s));
  return out;
}

/** A fresh id `base`, `base2`, `base3` … not used in `items`. */
export function freshId(items: unknown, base: string): string {
  const used = new Set(list(items).map((x) => rec(x)?.id));
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}${n}`;
    if (!used.has(id)) return id;
  }
}

/** Appends a service of `kind` with modest defaults (no one routes to it yet). */
export function addService(draft: ScenarioDraft, kind: 'inpatient' | 'outpatient', label: string): ScenarioDraft {
  const id = freshId(draft.services, kind === 'inpatient' ? 'unit' : 'clinic');
  const capacity = kind === 'inpatient' ? { beds: 10 } : { slots: 100 };
  const stayDays = kind === 'inpatient' ? { dist: 'lognormal', mean: 30, sd: 15 } : { dist: 'lognormal', mean: 180, sd: 90 };
  const service = { id, label, kind, ...capacity, stayDays, maxStayDays: null, dropoutShare: 0 };
  return { ...draft, services: [...list(draft.services), service] };
}

/** Appends a group with share 0 (so shares still sum to 1), entering the first service. */
export function addGroup(draft: ScenarioDraft, label: string): ScenarioDraft {
  const id = freshId(draft.groups, 'group');
  const first = rec(list(draft.services)[0])?.id;
  const entry = typeof first === 'string' ? { [first]: 1 } : {};
  return { ...draft, groups: [...list(draft.groups), { id, label, share: 0, deadlineDays: 42, entry }] };
}

/** Removes group `index`. */
export function removeGroup(draft: ScenarioDraft, index: number): ScenarioDraft {
  return { ...draft, groups: list(draft.groups).filter((_, i) => i !== index) };
}
