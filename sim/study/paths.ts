/**
 * Reading a scenario by change path (`services.long.beds`: services and groups by id), and
 * what kind of number a path holds, for tornado arms and sweep charts.
 */
import { isRecord } from '../scenario/check';
import type { Scenario } from '../scenario/types';

/** The value at a change path (services and groups by id, other lists by index); undefined when absent. */
export function valueAt(scenario: Scenario, path: string): unknown {
  let node: unknown = scenario;
  let parent = '';
  for (const key of path.split('.')) {
    if (Array.isArray(node)) {
      node = parent === 'services' || parent === 'groups' ? node.find((e: unknown) => isRecord(e) && e.id === key) : /^\d+$/.test(key) ? node[Number(key)] : undefined;
    } else if (isRecord(node)) {
      node = Object.hasOwn(node, key) ? node[key] : undefined;
    } else return undefined;
    parent = key;
  }
  return node;
}

/** Whole-number fields: beds, outpatient slots, aftercare places and patient counts. */
export function isCountPath(path: string): boolean {
  return /^services\.[^.]+\.(beds|slots)$/.test(path) || path === 'aftercare.places' || /^initialState\.(waiting|inService)\.[^.]+$/.test(path);
}

/** Shares and probabilities, which must stay in [0, 1]. */
export function isSharePath(path: string): boolean {
  return (
    /(^|\.)[A-Za-z]*[sS]hare$/.test(path) ||
    /^aftercare\.needShare\.[^.]+$/.test(path) ||
    /^relapse\.probability\.[^.]+$/.test(path) ||
    /^services\.[^.]+\.next\.[^.]+$/.test(path) ||
    /^groups\.[^.]+\.entry\.[^.]+$/.test(path)
  );
}
