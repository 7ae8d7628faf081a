/**
 * Studies (`kapasim/study@1`, `*.kapasim-study.json`): a baseline scenario plus named
 * variants and sweeps. validateStudy checks the study file; expandStudy turns a study and its
 * baseline into the scenarios to run, each variant and sweep point with the baseline's seed
 * and replications, so that differences are paired over common random numbers.
 */
import { applyChanges } from './changes';
import { checkObject, checkText, checkUnknownFields, copyFreeText, has, isRecord, join, kindOf, own, type Json } from './check';
import { IssueList, preview, toValidated, type ValidationIssue, type Validated } from './issues';
import { LIMITS } from './limits';
import { STUDY_SCHEMA, type Scenario } from './types';
import { checkSchema, validateScenario } from './validate';

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
    return { ok: false, issues: [{ path: '(file)', message: `could not be checked: ${e instanceof Error ? e.message : 'unknown error'}`, severity: 'error' }] };
  }
}

function checkStudy(issues: IssueList, input: unknown): Study | undefined {
  if (!isRecord(input)) {
    issues.error('(file)', `must be a JSON object holding a study, not ${kindOf(input)}`, input, `an object with "schema": "${STUDY_SCHEMA}"`);
    return undefined;
  }
  if (checkSchema(issues, 'schema', own(input, 'schema'), STUDY_SCHEMA) === 'stop') return undefined;
  checkUnknownFields(issues, '', input, STUDY_FIELDS, 'a study');
  const out: Json = { schema: STUDY_SCHEMA, name: checkText(issues, 'name', own(input, 'name'), 'a name for the study') };
  copyFreeText(issues, '', input, out);
  out.baseline = checkBaseline(issues, own(input, 'baseline'));
  out.variants = checkVariants(issues, own(input, 'variants'));
  out.sweeps = checkSweeps(issues, own(input, 'sweeps'));
  if (issues.errorCount > 0) return undefined;
  const study = out as unknown as Study;
  if (study.variants.length === 0 && study.sweeps.length === 0) issues.warn('variants', 'the study has no variants and no sweeps, so only the baseline runs');
  if (!isBaselineFile(study.baseline)) {
    const expanded = expandStudy(study, study.baseline);
    for (const i of expanded.ok ? expanded.warnings : expanded.issues) issues.add(i);
  }
  return study;
}

function checkBaseline(issues: IssueList, value: unknown): BaselineFile | Scenario | undefined {
  const b = checkObject(issues, 'baseline', value, 'either {"file": "default.kapasim.json"} or a whole scenario');
  if (b === undefined) return undefined;
  if (has(b, 'file') && !has(b, 'schema')) {
    checkUnknownFields(issues, 'baseline', b, ['file'], 'a baseline file reference');
    const file = checkText(issues, 'baseline.file', b.file, 'a path relative to the study file');
    return file === undefined ? undefined : { file };
  }
  const r = validateScenario(b);
  for (const i of r.ok ? r.warnings : r.issues) issues.add({ ...i, path: i.path === '(file)' ? 'baseline' : `baseline.${i.path}` });
  return r.ok ? r.value : undefined;
}

/** A change path: dotted names, none empty, not the fixed seed and replications. */
function checkChangePath(issues: IssueList, at: string, path: string): boolean {
  if (path === '' || path.split('.').some((s) => s === '')) {
    issues.error(at, 'is not a valid change path; write field names joined by dots, e.g. "services.long.beds"', path);
    return false;
  }
  if (FIXED_PATHS.includes(path)) {
    issues.error(at, `"${path}" cannot be changed by a variant or sweep: every case runs with the baseline's seed and replications, so that differences are paired; change it in the baseline`, path);
    return false;
  }
  return true;
}

function checkList(issues: IssueList, path: string, value: unknown, what: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.error(path, `must be a list of ${what}, not ${kindOf(value)}`, value);
    return [];
  }
  if (value.length > LIMITS.maxItems) issues.error(path, `has too many ${what} (${value.length})`, undefined, `at most ${LIMITS.maxItems}`);
  return value.slice(0, LIMITS.maxItems);
}

function checkVariants(issues: IssueList, value: unknown): StudyVariant[] {
  const names = new Map<string, number>();
  return checkList(issues, 'variants', value, 'variants').flatMap((item, i) => {
    const path = join('variants', i);
    const v = checkObject(issues, path, item, 'a variant such as {"name": "…", "changes": {"services.long.beds": 77}}');
    if (v === undefined) return [];
    checkUnknownFields(issues, path, v, VARIANT_FIELDS, 'a variant');
    const name = checkText(issues, join(path, 'name'), own(v, 'name'), 'a name for the variant');
    if (name !== undefined) {
      if (names.has(name) || name === 'baseline') issues.error(join(path, 'name'), name === 'baseline' ? '"baseline" is the name of the unchanged scenario' : `duplicate variant name (also variants[${names.get(name)}])`, name);
      else names.set(name, i);
    }
    const changes = checkObject(issues, join(path, 'changes'), own(v, 'changes'), 'an object of change path → value');
    const out: Json = { name, changes: {} };
    copyFreeText(issues, path, v, out);
    if (changes !== undefined) {
      if (Object.keys(changes).length === 0) issues.warn(join(path, 'changes'), 'changes nothing, so the variant is the baseline again');
      for (const key of Object.keys(changes)) if (checkChangePath(issues, join(join(path, 'changes'), key), key)) (out.changes as Json)[key] = changes[key];
    }
    return [out as unknown as StudyVariant];
  });
}

function checkSweeps(issues: IssueList, value: unknown): StudySweep[] {
  return checkList(issues, 'sweeps', value, 'sweeps').flatMap((item, i) => {
    const path = join('sweeps', i);
    const s = checkObject(issues, path, item, 'a sweep such as {"path": "services.long.beds", "values": [60, 75, 90]}');
    if (s === undefined) return [];
    checkUnknownFields(issues, path, s, SWEEP_FIELDS, 'a sweep');
    const target = checkText(issues, join(path, 'path'), own(s, 'path'), 'a change path such as "services.long.beds"');
    if (target !== undefined) checkChangePath(issues, join(path, 'path'), target);
    const values = own(s, 'values');
    if (!Array.isArray(values) || values.length === 0 || values.length > LIMITS.maxItems) {
      issues.error(join(path, 'values'), Array.isArray(values) ? `must hold 1 to ${LIMITS.maxItems} values` : values === undefined ? 'is required: the values to run' : `must be a list of values, not ${kindOf(values)}`, values);
    }
    const out: Json = { path: target, values: Array.isArray(values) ? values.slice() : [] };
    if (has(s, 'name')) out.name = checkText(issues, join(path, 'name'), s.name, 'a name for the sweep');
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
  const add = (kind: 'variant' | 'sweep', name: string, changes: Record<string, unknown>, label: string): void => {
    const r = applyChanges(baseline, changes, label);
    issues.push(...(r.ok ? r.warnings : r.issues));
    if (r.ok) cases.push({ kind, name, changes, scenario: { ...r.value, seed: baseline.seed, replications: baseline.replications } });
  };
  study.variants.forEach((v, i) => add('variant', v.name, v.changes, `variant "${v.name}" (variants[${i}])`));
  study.sweeps.forEach((s, i) => {
    for (const value of s.values) {
      const name = `${s.name ?? s.path} = ${preview(value)}`;
      add('sweep', name, { [s.path]: value }, `sweep ${s.path} = ${preview(value)} (sweeps[${i}])`);
    }
  });
  return toValidated(cases, issues);
}
