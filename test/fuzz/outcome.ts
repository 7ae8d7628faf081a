/**
 * What every fuzzed case must end in, checked after each one:
 *
 * - a result `{ok: true, value, warnings}` or `{ok: false, issues}` (at least one error);
 * - every issue with a known code, a non-empty message and a field path: `(file)` only for
 *   problems of the file as a whole, else a path whose parent exists in the input (so the
 *   planner can find the field), and it prints on one line and survives JSON and structured
 *   cloning (the app sends issues over IPC and saves them);
 * - never an internal failure caught by a validator's safety net (`file.uncheckable`,
 *   `changes.unapplicable`, `json.unparsable`, `json.engine`: the JSON scanner disagreeing
 *   with JSON.parse) — those are bugs, not answers;
 * - a valid value that validates again to itself and survives a JSON round trip;
 * - the input left as it was, and Object.prototype, Array.prototype and Function.prototype
 *   as they were.
 *
 * Each check throws an Error that says what broke; `Tally` counts cases and issue codes.
 */
import { formatIssue, type ValidationIssue, type Validated } from '../../sim/scenario/issues';
import { ISSUE_CODES } from '../../sim/scenario/messages';

/** Issue codes that only a validator's catch-all produces: each one is a bug. */
export const INTERNAL_CODES = new Set(['file.uncheckable', 'changes.unapplicable', 'json.unparsable', 'json.engine']);

/** Codes whose issue may be placed at `(file)`: the file as a whole. */
const FILE_LEVEL = /^(json\.|file\.|issues\.more$)/;

const KNOWN = new Set<string>(ISSUE_CODES);

/** Counts of cases and of the issue codes they ended in, for the report. */
export class Tally {
  cases = 0;
  valid = 0;
  simulated = 0;
  readonly codes = new Map<string, number>();
  readonly byProperty = new Map<string, { cases: number; valid: number }>();

  count(property: string, r: Validated<unknown>): void {
    this.cases++;
    const p = this.byProperty.get(property) ?? { cases: 0, valid: 0 };
    p.cases++;
    if (r.ok) {
      this.valid++;
      p.valid++;
    }
    this.byProperty.set(property, p);
    for (const i of r.ok ? r.warnings : r.issues) this.codes.set(i.code, (this.codes.get(i.code) ?? 0) + 1);
  }

  /** Lines for the report: cases per property, then issues per code (most frequent first). */
  lines(): string[] {
    const out = [`${this.cases} cases (${this.valid} ended valid, ${this.cases - this.valid} with validation errors; ${this.simulated} valid scenarios simulated)`];
    for (const [name, p] of this.byProperty) out.push(`  ${name}: ${p.cases} cases, ${p.valid} valid`);
    const codes = [...this.codes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    out.push(`${codes.reduce((a, [, n]) => a + n, 0)} issues found, by code (${codes.length} codes):`);
    for (const [code, n] of codes) out.push(`  ${String(n).padStart(8)}  ${code}`);
    return out;
  }
}

// ---------------------------------------------------------------------------------------
// Prototypes.

const PROTOS: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
];

/** The own properties of the built-in prototypes (names and values). */
export function prototypeSnapshot(): Map<string, unknown> {
  const snap = new Map<string, unknown>();
  for (const [name, proto] of PROTOS) {
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      snap.set(`${name}.${String(key)}`, 'value' in d ? d.value : d.get);
    }
    snap.set(`${name} [[Prototype]]`, Object.getPrototypeOf(proto));
  }
  return snap;
}

/** Throws if a built-in prototype gained, lost or changed a property since the snapshot. */
export function expectPrototypesClean(before: Map<string, unknown>): void {
  const now = prototypeSnapshot();
  const changed: string[] = [];
  for (const [k, v] of now) if (!before.has(k) || before.get(k) !== v) changed.push(k);
  for (const k of before.keys()) if (!now.has(k)) changed.push(`${k} (removed)`);
  const probe: Record<string, unknown> = {};
  if (probe.polluted !== undefined || ([] as unknown as Record<string, unknown>).polluted !== undefined) changed.push('polluted');
  if (changed.length > 0) throw new Error(`a prototype was polluted: ${changed.slice(0, 5).join(', ')}`);
}

// ---------------------------------------------------------------------------------------
// Input fingerprint (iterative, so deep junk cannot overflow the stack).

/** A text that changes whenever any own value in the tree changes (NaN and −0 included). */
export function fingerprint(value: unknown): string {
  const parts: string[] = [];
  const todo: unknown[] = [value];
  let budget = 2_000_000;
  while (todo.length > 0 && budget-- > 0) {
    const v = todo.pop();
    if (Array.isArray(v)) {
      parts.push(`[${v.length}`);
      for (let i = v.length - 1; i >= 0; i--) todo.push(v[i]);
    } else if (typeof v === 'object' && v !== null) {
      const keys = Object.keys(v);
      parts.push(`{${keys.length}`);
      for (let i = keys.length - 1; i >= 0; i--) {
        todo.push((v as Record<string, unknown>)[keys[i]!]);
        todo.push(`key:${keys[i]}`);
      }
    } else if (typeof v === 'number') parts.push(Object.is(v, -0) ? 'n-0' : `n${v}`);
    else parts.push(`${typeof v}:${String(v)}`);
  }
  return parts.join('|');
}

// ---------------------------------------------------------------------------------------
// Paths.

/** Splits `services.long.beds`, `services[2].id`, `a["odd key"]` into segments. */
export function pathSegments(path: string): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  let i = 0;
  const name = /^[A-Za-z0-9_-]+/;
  while (i < path.length) {
    if (path[i] === '.') {
      if (i === 0) return undefined;
      i++;
    }
    if (path[i] === '[') {
      const idx = /^\[(\d+)\]/.exec(path.slice(i));
      if (idx) {
        out.push(Number(idx[1]));
        i += idx[0].length;
        continue;
      }
      // A quoted key: a JSON string (escapes skipped), then `]`.
      if (path[i + 1] !== '"') return undefined;
      let j = i + 2;
      while (j < path.length && path[j] !== '"') j += path[j] === '\\' ? 2 : 1;
      if (path[j + 1] !== ']') return undefined;
      try {
        out.push(JSON.parse(path.slice(i + 1, j + 1)) as string);
      } catch {
        return undefined;
      }
      i = j + 2;
      continue;
    }
    const m = name.exec(path.slice(i));
    if (!m) return undefined;
    out.push(m[0]);
    i += m[0].length;
  }
  return out;
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Walks one segment: an array by index or by an element's `id`, an object by own key. */
function step(node: unknown, seg: string | number): { found: boolean; value: unknown } {
  if (Array.isArray(node)) {
    if (typeof seg === 'number') return seg < node.length ? { found: true, value: node[seg] } : { found: false, value: undefined };
    const el = node.find((e) => typeof e === 'object' && e !== null && !Array.isArray(e) && own(e, 'id') && (e as Record<string, unknown>).id === seg);
    return el === undefined ? { found: false, value: undefined } : { found: true, value: el };
  }
  if (typeof node === 'object' && node !== null && typeof seg === 'string' && own(node, seg)) return { found: true, value: (node as Record<string, unknown>)[seg] };
  return { found: false, value: undefined };
}

/** Whether every segment but the last exists in the input (the last may be the missing field). */
export function parentExists(input: unknown, path: string): boolean {
  const segs = pathSegments(path);
  if (segs === undefined || segs.length === 0) return false;
  let node = input;
  for (const seg of segs.slice(0, -1)) {
    const s = step(node, seg);
    if (!s.found) return false;
    node = s.value;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// The outcome.

export interface OutcomeOptions {
  /** Check that paths lead into `input` (not for issues that follow a study change). */
  paths?: boolean;
  /** Re-validates a valid value: must be valid again, with the same JSON. */
  revalidate?: (value: unknown) => Validated<unknown>;
}

function fail(what: string, issue?: ValidationIssue): never {
  throw new Error(issue ? `${what}: ${JSON.stringify({ path: issue.path, code: issue.code, message: issue.message })}` : what);
}

/** Throws unless one issue is well formed. */
export function checkIssue(issue: ValidationIssue, input: unknown, options: OutcomeOptions): void {
  if (typeof issue !== 'object' || issue === null) fail('an issue that is not an object');
  if (typeof issue.path !== 'string' || issue.path === '') fail('an issue without a field path', issue);
  if (!KNOWN.has(issue.code)) fail('an issue with an unknown code', issue);
  if (INTERNAL_CODES.has(issue.code)) fail('an internal failure caught by a validator (a bug)', issue);
  if (typeof issue.message !== 'string' || issue.message.trim() === '') fail('an issue without a message', issue);
  if (issue.severity !== 'error' && issue.severity !== 'warning') fail('an issue without a severity', issue);
  if (issue.path === '(file)') {
    if (!FILE_LEVEL.test(issue.code)) fail('a field problem placed at (file) instead of its field', issue);
  } else if (options.paths && issue.context === undefined && issue.path !== '(changes)' && !parentExists(input, issue.path)) {
    fail('an issue whose path does not lead into the file', issue);
  }
  const line = formatIssue(issue);
  if (typeof line !== 'string' || /[\r\n]/.test(line)) fail('an issue that does not print on one line', issue);
  // Issues go over IPC (structured clone) and into saved files (JSON).
  structuredClone(issue);
  JSON.stringify(issue);
}

/** Throws unless a validator's result is one of the two allowed outcomes, well formed. */
export function checkOutcome(r: Validated<unknown>, input: unknown, options: OutcomeOptions = {}): void {
  if (typeof r !== 'object' || r === null || typeof r.ok !== 'boolean') fail('a result that is neither valid nor a list of issues');
  if (r.ok) {
    if (!Array.isArray(r.warnings)) fail('a valid result without a warnings list');
    for (const w of r.warnings) {
      checkIssue(w, input, options);
      if (w.severity !== 'warning') fail('an error among the warnings of a valid result', w);
    }
    if (options.revalidate) {
      const text = JSON.stringify(r.value);
      const again = options.revalidate(JSON.parse(text));
      if (!again.ok) fail(`a valid value that is invalid after a JSON round trip: ${again.issues.map((i) => formatIssue(i)).slice(0, 3).join('; ')}`);
      if (JSON.stringify(again.value) !== text) fail('a valid value that changes when validated again');
    }
  } else {
    if (!Array.isArray(r.issues) || r.issues.length === 0) fail('an invalid result with no issues');
    if (!r.issues.some((i) => i.severity === 'error')) fail('an invalid result with only warnings');
    for (const i of r.issues) checkIssue(i, input, options);
  }
}
