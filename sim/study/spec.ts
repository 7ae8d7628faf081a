/**
 * Study files with 2-D sweeps. A sweep may name a second dimension, `by`, and then runs the
 * full grid: every value of the sweep with every value of `by`, e.g.
 *
 *   { "path": "services.long.beds", "values": [60, 90, 120],
 *     "by": { "path": "aftercare.places", "values": [200, 300] } }   → 3 × 2 = 6 cases.
 *
 * validateStudySpec checks a study as validateStudy does (sim/scenario/study.ts) and checks
 * each `by` too; expandStudySpec turns a study and its baseline into the cases to run, in
 * the order expandStudy gives (baseline, variants, then each sweep's points), with the same
 * names, plus where each sweep case sits (PlannedCase.sweep). Every case runs with the
 * baseline's seed and replications, so differences are paired over common random numbers.
 */
import { applyChanges } from '../scenario/changes';
import { checkObject, checkText, checkUnknownFields, copyFreeText, has, isRecord, join, own, setOwn, valueKind, type Json } from '../scenario/check';
import { IssueList, makeIssue, preview, toValidated, type ValidationIssue, type Validated } from '../scenario/issues';
import { LIMITS } from '../scenario/limits';
import type { IssueContext } from '../scenario/messages';
import { checkChangeValue, isBaselineFile, validateStudy, type Study, type StudySweep } from '../scenario/study';
import type { Scenario } from '../scenario/types';
import { validateScenario } from '../scenario/validate';
import type { PlannedCase, SweepPoint } from './types';

/** The second dimension of a 2-D sweep: another change path and its values. */
export interface SweepBy {
  path: string;
  values: unknown[];
  name?: string;
  description?: string;
  notes?: Record<string, string>;
}

/** A sweep, 1-D or (with `by`) 2-D. */
export interface SweepSpec extends StudySweep {
  by?: SweepBy;
}

/** A study whose sweeps may be 2-D. A study without `by` anywhere is a plain `Study`. */
export interface StudySpec extends Omit<Study, 'sweeps'> {
  sweeps: SweepSpec[];
}

const BY_FIELDS = ['path', 'values', 'name', 'description', 'notes'];
/** Paths no case may change (as in study.ts): every case keeps the baseline's seed and replications. */
const FIXED_PATHS = ['seed', 'replications'];
/** Stands in for an inline baseline while validateStudy checks the rest (the baseline is checked here). */
const INLINE = '(inline baseline)';

function checkBy(issues: IssueList, at: string, value: unknown, sweepPath: unknown, sweepValues: unknown): SweepBy | undefined {
  const b = checkObject(issues, at, value, 'sweep');
  if (b === undefined) return undefined;
  checkUnknownFields(issues, at, b, BY_FIELDS, 'sweep');
  const path = checkText(issues, join(at, 'path'), own(b, 'path'), 'changePath');
  if (path !== undefined) {
    if (path.split('.').some((s) => s === '')) issues.error(join(at, 'path'), 'changePath.invalid', {}, path);
    else if (FIXED_PATHS.includes(path)) issues.error(join(at, 'path'), 'changePath.fixed', { path }, path);
    else if (path === sweepPath) {
      issues.error(join(at, 'path'), 'changes.unapplicable', { error: `"by" names the sweep's own path ${path}; a 2-D sweep needs two different paths` }, path);
    }
  }
  const values = own(b, 'values');
  // The grid may hold at most LIMITS.maxItems cases, so `by` may hold fewer values than a 1-D sweep.
  const outer = Array.isArray(sweepValues) && sweepValues.length > 0 ? sweepValues.length : 1;
  const max = Math.max(1, Math.floor(LIMITS.maxItems / outer));
  if (Array.isArray(values)) {
    if (values.length === 0 || values.length > max) issues.error(join(at, 'values'), 'sweep.valuesCount', { max }, values);
    else values.forEach((v, k) => checkChangeValue(issues, join(join(at, 'values'), k), v));
  } else if (values === undefined) issues.error(join(at, 'values'), 'sweep.valuesRequired', {});
  else issues.error(join(at, 'values'), 'sweep.valuesType', { kind: valueKind(values) }, values);
  const out: Json = { path, values: Array.isArray(values) ? values.slice() : [] };
  if (has(b, 'name')) out.name = checkText(issues, join(at, 'name'), b.name, 'sweepName');
  copyFreeText(issues, at, b, out);
  return out as unknown as SweepBy;
}

/**
 * Checks a study file whose sweeps may have a `by` (2-D). Everything validateStudy checks is
 * checked the same way, with the same issues; a `by` is checked like a sweep (path, values,
 * name), must name another path than its sweep, and keeps the grid within LIMITS.maxItems
 * cases. A baseline written inside the study is validated, and every case is applied to it.
 * Never throws.
 */
export function validateStudySpec(input: unknown): Validated<StudySpec> {
  try {
    if (!isRecord(input)) return validateStudy(input) as Validated<StudySpec>;
    const byIssues = new IssueList();
    const plain: Json = {};
    for (const key of Object.keys(input)) setOwn(plain, key, input[key]);
    const bys = new Map<number, SweepBy | undefined>();
    const sweeps = own(input, 'sweeps');
    if (Array.isArray(sweeps)) {
      plain.sweeps = sweeps.map((s: unknown, i) => {
        if (!isRecord(s) || !has(s, 'by')) return s;
        const rest: Json = {};
        for (const key of Object.keys(s)) if (key !== 'by') setOwn(rest, key, s[key]);
        bys.set(i, checkBy(byIssues, join(join('sweeps', i), 'by'), s.by, own(s, 'path'), own(s, 'values')));
        return rest;
      });
    }
    // An inline baseline is checked here, so that validateStudy does not expand the sweeps
    // without their `by` (which would report each problem once per 1-D point instead of per case).
    const baseline = own(input, 'baseline');
    const inline = isRecord(baseline) && !isBaselineFile(baseline as unknown as Study['baseline']);
    if (inline) plain.baseline = { file: INLINE };
    const study = validateStudy(plain);
    const issues = [...(study.ok ? study.warnings : study.issues), ...byIssues.done()];
    let scenario: Scenario | undefined;
    if (inline) {
      const r = validateScenario(baseline);
      issues.push(...(r.ok ? r.warnings : r.issues).map((i) => ({ ...i, path: i.path === '(file)' ? 'baseline' : `baseline.${i.path}` })));
      if (r.ok) scenario = r.value;
    }
    if (!study.ok || issues.some((i) => i.severity === 'error')) return { ok: false, issues };
    const spec: StudySpec = {
      ...study.value,
      baseline: scenario ?? study.value.baseline,
      sweeps: study.value.sweeps.map((s, i) => (bys.get(i) ? { ...s, by: bys.get(i)! } : s)),
    };
    if (scenario) {
      const cases = expandStudySpec(spec, scenario);
      issues.push(...(cases.ok ? cases.warnings : cases.issues));
    }
    return toValidated(spec, issues);
  } catch (e) {
    return { ok: false, issues: [makeIssue('(file)', 'error', 'file.uncheckable', e instanceof Error ? { error: e.message } : {})] };
  }
}

/** The name of a sweep point, as expandStudy names it: `services.long.beds = 60`. */
function pointName(name: string, value: unknown): string {
  return `${name} = ${preview(value)}`;
}

/**
 * The cases a study runs: the baseline, each variant, then each sweep's points (for a 2-D
 * sweep every value with every `by` value, the `by` values varying fastest), all with the
 * baseline's seed and replications. For a study without `by` the cases are those of
 * expandStudy, with the same names; issues name the variant or sweep point they follow.
 */
export function expandStudySpec(study: StudySpec, baseline: Scenario): Validated<PlannedCase[]> {
  const issues: ValidationIssue[] = [];
  const cases: PlannedCase[] = [baselineCase(baseline)];
  const add = (kind: 'variant' | 'sweep', name: string, changes: Record<string, unknown>, context: IssueContext, sweep?: SweepPoint): void => {
    const r = applyChanges(baseline, changes, context);
    issues.push(...(r.ok ? r.warnings : r.issues));
    if (!r.ok) return;
    const c: PlannedCase = { kind, name, changes, scenario: { ...r.value, seed: baseline.seed, replications: baseline.replications } };
    if (sweep) c.sweep = sweep;
    cases.push(c);
  };
  study.variants.forEach((v, i) => add('variant', v.name, v.changes, { kind: 'variant', name: v.name, index: i }));
  study.sweeps.forEach((s, index) => {
    const name = s.name ?? s.path;
    for (const value of s.values) {
      const by = s.by;
      if (by === undefined) {
        add('sweep', pointName(name, value), { [s.path]: value }, { kind: 'sweep', path: s.path, value: preview(value), index }, { index, name, path: s.path, value });
        continue;
      }
      const byName = by.name ?? by.path;
      for (const w of by.values) {
        const context: IssueContext = { kind: 'sweep', path: `${s.path} × ${by.path}`, value: `${preview(value)} × ${preview(w)}`, index };
        const point: SweepPoint = { index, name, path: s.path, value, by: { name: byName, path: by.path, value: w } };
        add('sweep', `${pointName(name, value)}, ${pointName(byName, w)}`, { [s.path]: value, [by.path]: w }, context, point);
      }
    }
  });
  return toValidated(cases, issues);
}

/** The baseline as a case: nothing changed. */
export function baselineCase(baseline: Scenario): PlannedCase {
  return { kind: 'baseline', name: 'baseline', changes: {}, scenario: baseline };
}
