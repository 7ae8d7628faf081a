/**
 * applyChanges: a scenario with some fields changed, for study variants and sweeps. A change
 * path walks the scenario by keys; inside `services` and `groups` an element is named by its
 * id (`services.long.beds`, `groups.youth.deadlineDays`, `services.long.stayDays.mean`).
 * The input is never written to: only the objects along each path are copied, and the result
 * is a fresh copy made by validateScenario, whose issues say which change they follow.
 */
import { has, isRecord, setOwn, valueKind, type Json } from './check';
import { DISTRIBUTION_FIELDS, FREE_TEXT_FIELDS, SCENARIO_SHAPES, type Shape } from './fields';
import { inContext, IssueList, makeIssue, type ValidationIssue, type Validated } from './issues';
import type { IssueContext } from './messages';
import { suggest } from './suggest';
import type { Scenario } from './types';
import { errorParams, validateScenario } from './validate';

/** `{suggestion}` when a candidate is close to `name`, else nothing. */
function suggestion(name: string, candidates: Iterable<string>): { suggestion?: string } {
  const s = suggest(name, candidates);
  return s === undefined ? {} : { suggestion: s };
}

function isNotes(pattern: string): boolean {
  return pattern === 'notes' || pattern.endsWith('.notes');
}

/** Fields that a change may name at a pattern (undefined: any key, as in maps). */
function fieldsAt(pattern: string): readonly string[] | undefined {
  if (isNotes(pattern)) return undefined;
  const shape: Shape | undefined = SCENARIO_SHAPES[pattern];
  if (shape === 'map' || shape === 'list' || shape === undefined) return undefined;
  if (shape === 'distribution') return [...DISTRIBUTION_FIELDS, ...FREE_TEXT_FIELDS];
  return [...new Set([...shape, ...FREE_TEXT_FIELDS])];
}

/** The pattern of a child: ids of services, groups and map keys become `*`. */
function childPattern(pattern: string, key: string): string {
  const shape = SCENARIO_SHAPES[pattern];
  if (pattern === 'services' || pattern === 'groups' || shape === 'map' || shape === 'list') return `${pattern}.*`;
  return pattern === '' ? key : `${pattern}.${key}`;
}

function shallowCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.slice();
  if (isRecord(v)) {
    const out: Json = {};
    for (const k of Object.keys(v)) setOwn(out, k, v[k]);
    return out;
  }
  return v;
}

/** Sets one change in `root` (already a copy), copying each object on the way; reports a bad path. */
function setPath(issues: IssueList, root: Json, path: string, value: unknown): void {
  const segments = path.split('.');
  if (path === '' || segments.some((s) => s === '')) {
    // An empty path names no field: the issue goes on the changes as a whole.
    issues.error(path === '' ? '(changes)' : path, 'changePath.invalid', {}, path);
    return;
  }
  let node: Json | unknown[] = root;
  let pattern = '';
  for (let i = 0; i < segments.length; i++) {
    const atNotes = isNotes(pattern);
    // Notes are keyed by field paths, dots included: the rest of the path is one key.
    const key = atNotes ? segments.slice(i).join('.') : segments[i];
    const last = atNotes || i === segments.length - 1;
    const walked = segments.slice(0, i).join('.') || '(scenario)';
    let child: unknown;
    if (Array.isArray(node)) {
      let index: number;
      if (pattern === 'services' || pattern === 'groups') {
        const ids = node.map((e) => (isRecord(e) && typeof e.id === 'string' ? e.id : undefined));
        index = ids.indexOf(key);
        if (index < 0) {
          const hint = suggestion(key, ids.filter((x): x is string => x !== undefined));
          issues.error(path, pattern === 'services' ? 'changePath.noService' : 'changePath.noGroup', { id: key, ...hint }, value);
          return;
        }
      } else {
        index = /^\d+$/.test(key) ? Number(key) : -1;
        if (index < 0 || index >= node.length) {
          issues.error(path, 'changePath.badIndex', { at: walked, length: node.length, key }, value);
          return;
        }
      }
      if (last) {
        node[index] = value;
        return;
      }
      child = shallowCopy(node[index]);
      node[index] = child;
    } else {
      const known = fieldsAt(pattern);
      if (!has(node, key) && known !== undefined && !known.includes(key)) {
        issues.error(path, 'changePath.noField', { key, at: walked, ...suggestion(key, [...Object.keys(node), ...known]) }, value);
        return;
      }
      if (last) {
        setOwn(node, key, value);
        return;
      }
      child = has(node, key) ? shallowCopy(node[key]) : undefined;
      if (child === undefined || child === null) {
        // An absent or null object is created where the scenario has an object or a map there,
        // e.g. initialState (null) or a group's stayDays (absent).
        const shape = SCENARIO_SHAPES[childPattern(pattern, key)];
        if ((shape === undefined && key !== 'notes') || shape === 'list') {
          const at = segments.slice(0, i + 1).join('.');
          if (child === null) issues.error(path, 'changePath.blocked', { at, kind: 'null', next: segments[i + 1] }, value);
          else issues.error(path, 'changePath.absent', { at, next: segments[i + 1] }, value);
          return;
        }
        child = {};
      }
      setOwn(node, key, child);
    }
    if (!isRecord(child) && !Array.isArray(child)) {
      issues.error(path, 'changePath.blocked', { at: segments.slice(0, i + 1).join('.'), kind: valueKind(child), next: segments[i + 1] }, value);
      return;
    }
    node = child;
    pattern = childPattern(pattern, key);
  }
}

/**
 * The scenario with `changes` (path → new value) applied and validated. The context (a
 * variant, a sweep point, or a label such as `variant "−15 % beds"`) starts every message, so
 * a planner knows which change an issue follows; it is `after the changes` when not given.
 * Warnings that the unchanged scenario has too are left out.
 */
export function applyChanges(scenario: Scenario, changes: Record<string, unknown>, label: string | IssueContext = { kind: 'changes' }): Validated<Scenario> {
  const context: IssueContext = typeof label === 'string' ? { kind: 'label', label } : label;
  try {
    const issues = new IssueList();
    const root = shallowCopy(scenario) as Json;
    if (!isRecord(changes)) issues.error('(changes)', 'changes.type', { kind: valueKind(changes) }, changes);
    else for (const path of Object.keys(changes)) setPath(issues, root, path, changes[path]);
    const prefix = (i: ValidationIssue): ValidationIssue => inContext(i, context);
    if (issues.errorCount > 0) return { ok: false, issues: issues.done().map(prefix) };
    const before = validateScenario(scenario);
    const known = new Set((before.ok ? before.warnings : before.issues).map((i) => `${i.path}\n${i.message}`));
    const after = validateScenario(root);
    const fresh = (after.ok ? after.warnings : after.issues).filter((i) => i.severity === 'error' || !known.has(`${i.path}\n${i.message}`)).map(prefix);
    return after.ok ? { ok: true, value: after.value, warnings: fresh } : { ok: false, issues: fresh };
  } catch (e) {
    return { ok: false, issues: [makeIssue('(changes)', 'error', 'changes.unapplicable', errorParams(e), undefined, context)] };
  }
}
