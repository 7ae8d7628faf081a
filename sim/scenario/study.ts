/**
 * Studies (`kapasim/study@1`, `*.kapasim-study.json`): a baseline scenario plus named
 * variants and sweeps. validateStudy checks the study file; expandStudy turns a study and its
 * baseline into the scenarios to run, each variant and sweep point with the baseline's seed
 * and replications, so that differences are paired over common random numbers.
 */
import { applyChanges } from './changes';
import { checkObject, checkText, checkUnknownFields, copyFreeText, has, isRecord, join, nestedDeeperThan, own, valueKind, type Json } from './check';
import { IssueList, preview, toValidated, type ValidationIssue, type Validated } from './issues';
import { LIMITS } from './limits';
import type { IssueContext, Term } from './messages';
import { STUDY_SCHEMA, type Scenario } from './types';
import { checkSchema, uncheckable, validateScenario } from './validate';

export interface StudyVariant {
  name: string;
  description?: string;
  /** Change path (e.g. `services.long.beds`) → new value. */
  changes: Record<string, unknown>;
  notes?: Record<string, string>;
}

export interface StudySweep {
  /** One change path, run with each value in turn. */
  path: string;
  values: unknown[];
  name?: string;
  description?: string;
  notes?: Record<string, string>;
}

/** A baseline read from a file, relative to the study file. */
export interface BaselineFile {
  file: string;
}

export interface Study {
  schema: typeof STUDY_SCHEMA;
  name: string;
  description?: string;
  baseline: BaselineFile | Scenario;
  variants: StudyVariant[];
  sweeps: StudySweep[];
  notes?: Record<string, string>;
}

/** One scenario to run in a study. */
export interface StudyCase {
  kind: 'baseline' | 'variant' | 'sweep';
  name: string;
  changes: Record<string, unknown>;
  scenario: Scenario;
}

const STUDY_FIELDS = ['schema', 'name', 'description', 'baseline', 'variants', 'sweeps', 'notes'];
const VARIANT_FIELDS = ['name', 'description', 'changes', 'notes'];
const SWEEP_FIELDS = ['path', 'values', 'name', 'description', 'notes'];
/** Paths a variant may not change: every case runs with the baseline's seed and replications. */
const FIXED_PATHS = ['seed', 'replications'];

/** Whether a study's baseline is given as a file. */
export function isBaselineFile(baseline: Study['baseline']): baseline is BaselineFile {
  return isRecord(baseline) && has(baseline, 'file') && !has(baseline, 'schema');
}

/** Checks a study; an inline baseline is validated, and then every variant and sweep point is applied to it. Never throws. */
export function validateStudy(input: unknown): Validated<Study> {
  try {
    const issues = new IssueList();
    const study = checkStudy(issues, input);
    return toValidated(study as Study, issues.done());
  } catch (e) {
    return { ok: false, issues: [uncheckable(e)] };
  }
}

function checkStudy(issues: IssueList, input: unknown): Study | undefined {
  if (!isRecord(input)) {
    issues.error('(file)', 'file.notObject', { what: 'studyFile', kind: valueKind(input), schema: STUDY_SCHEMA }, input);
    return undefined;
  }
  if (checkSchema(issues, 'schema', own(input, 'schema'), STUDY_SCHEMA) === 'stop') return undefined;
  checkUnknownFields(issues, '', input, STUDY_FIELDS, 'study');
  const out: Json = { schema: STUDY_SCHEMA, name: checkText(issues, 'name', own(input, 'name'), 'studyName') };
  copyFreeText(issues, '', input, out);
  out.baseline = checkBaseline(issues, own(input, 'baseline'));
  out.variants = checkVariants(issues, own(input, 'variants'));
  out.sweeps = checkSweeps(issues, own(input, 'sweeps'));
  if (issues.errorCount > 0) return undefined;
  const study = out as unknown as Study;
  if (study.variants.length === 0 && study.sweeps.length === 0) issues.warn('variants', 'study.nothingToRun', {});
  if (!isBaselineFile(study.baseline)) {
    const expanded = expandStudy(study, study.baseline);
    for (const i of expanded.ok ? expanded.warnings : expanded.issues) issues.add(i);
  }
  return study;
}

function checkBaseline(issues: IssueList, value: unknown): BaselineFile | Scenario | undefined {
  const b = checkObject(issues, 'baseline', value, 'baseline');
  if (b === undefined) return undefined;
  if (has(b, 'file') && !has(b, 'schema')) {
    checkUnknownFields(issues, 'baseline', b, ['file'], 'baselineFile');
    const file = checkText(issues, 'baseline.file', b.file, 'baselineFile');
    return file === undefined ? undefined : { file };
  }
  const r = validateScenario(b);
  for (const i of r.ok ? r.warnings : r.issues) issues.add({ ...i, path: i.path === '(file)' ? 'baseline' : `baseline.${i.path}` });
  return r.ok ? r.value : undefined;
}

/** A change path: dotted names, none empty, not the fixed seed and replications. */
function checkChangePath(issues: IssueList, at: string, path: string): boolean {
  if (path === '' || path.split('.').some((s) => s === '')) {
    issues.error(at, 'changePath.invalid', {}, path);
    return false;
  }
  if (FIXED_PATHS.includes(path)) {
    issues.error(at, 'changePath.fixed', { path }, path);
    return false;
  }
  return true;
}

/**
 * A change value nested deeper than any scenario field: refused here, whether the baseline is
 * inline or a file, so that a study whose baseline is read later is never accepted with a
 * value that no scenario takes (and that, thousands deep, could not be saved).
 */
export function checkChangeValue(issues: IssueList, at: string, value: unknown): boolean {
  if (!nestedDeeperThan(value, LIMITS.maxChangeDepth)) return true;
  issues.error(at, 'changeValue.tooDeep', { max: LIMITS.maxChangeDepth }, value);
  return false;
}

function checkList(issues: IssueList, path: string, value: unknown, items: Term<'items'>): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.error(path, 'studyList.type', { items, kind: valueKind(value) }, value);
    return [];
  }
  if (value.length > LIMITS.maxItems) issues.error(path, 'studyList.tooLong', { items, count: value.length, max: LIMITS.maxItems });
  return value.slice(0, LIMITS.maxItems);
}

function checkVariants(issues: IssueList, value: unknown): StudyVariant[] {
  const names = new Map<string, number>();
  return checkList(issues, 'variants', value, 'variants').flatMap((item, i) => {
    const path = join('variants', i);
    const v = checkObject(issues, path, item, 'variant');
    if (v === undefined) return [];
    checkUnknownFields(issues, path, v, VARIANT_FIELDS, 'variant');
    const name = checkText(issues, join(path, 'name'), own(v, 'name'), 'variantName');
    if (name !== undefined) {
      if (name === 'baseline') issues.error(join(path, 'name'), 'variant.nameBaseline', {}, name);
      else if (names.has(name)) issues.error(join(path, 'name'), 'variant.duplicateName', { index: names.get(name)! }, name);
      else names.set(name, i);
    }
    const changes = checkObject(issues, join(path, 'changes'), own(v, 'changes'), 'changes');
    const out: Json = { name, changes: {} };
    copyFreeText(issues, path, v, out);
    if (changes !== undefined) {
      if (Object.keys(changes).length === 0) issues.warn(join(path, 'changes'), 'variant.noChanges', {});
      for (const key of Object.keys(changes)) {
        const at = join(join(path, 'changes'), key);
        if (checkChangePath(issues, at, key) && checkChangeValue(issues, at, changes[key])) (out.changes as Json)[key] = changes[key];
      }
    }
    return [out as unknown as StudyVariant];
  });
}

function checkSweeps(issues: IssueList, value: unknown): StudySweep[] {
  return checkList(issues, 'sweeps', value, 'sweeps').flatMap((item, i) => {
    const path = join('sweeps', i);
    const s = checkObject(issues, path, item, 'sweep');
    if (s === undefined) return [];
    checkUnknownFields(issues, path, s, SWEEP_FIELDS, 'sweep');
    const target = checkText(issues, join(path, 'path'), own(s, 'path'), 'changePath');
    if (target !== undefined) checkChangePath(issues, join(path, 'path'), target);
    const values = own(s, 'values');
    if (Array.isArray(values)) {
      if (values.length === 0 || values.length > LIMITS.maxItems) issues.error(join(path, 'values'), 'sweep.valuesCount', { max: LIMITS.maxItems }, values);
      else values.forEach((v, k) => checkChangeValue(issues, join(join(path, 'values'), k), v));
    } else if (values === undefined) issues.error(join(path, 'values'), 'sweep.valuesRequired', {});
    else issues.error(join(path, 'values'), 'sweep.valuesType', { kind: valueKind(values) }, values);
    const out: Json = { path: target, values: Array.isArray(values) ? values.slice() : [] };
    if (has(s, 'name')) out.name = checkText(issues, join(path, 'name'), s.name, 'sweepName');
    copyFreeText(issues, path, s, out);
    return [out as unknown as StudySweep];
  });
}

/**
 * The scenarios a study runs: the baseline, then each variant, then each sweep point, all
 * with the baseline's seed and replications. Issues name the variant or sweep point.
 */
export function expandStudy(study: Study, baseline: Scenario): Validated<StudyCase[]> {
  const issues: ValidationIssue[] = [];
  const cases: StudyCase[] = [{ kind: 'baseline', name: 'baseline', changes: {}, scenario: baseline }];
  const add = (kind: 'variant' | 'sweep', name: string, changes: Record<string, unknown>, context: IssueContext): void => {
    const r = applyChanges(baseline, changes, context);
    issues.push(...(r.ok ? r.warnings : r.issues));
    if (r.ok) cases.push({ kind, name, changes, scenario: { ...r.value, seed: baseline.seed, replications: baseline.replications } });
  };
  study.variants.forEach((v, i) => add('variant', v.name, v.changes, { kind: 'variant', name: v.name, index: i }));
  study.sweeps.forEach((s, i) => {
    for (const value of s.values) {
      const name = `${s.name ?? s.path} = ${preview(value)}`;
      add('sweep', name, { [s.path]: value }, { kind: 'sweep', path: s.path, value: preview(value), index: i });
    }
  });
  return toValidated(cases, issues);
}
