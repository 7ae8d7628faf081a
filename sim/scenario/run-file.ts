/**
 * validateRunFile: checks a result file (`kapasim/result@1`, `*.kapasim-run.json`) before it
 * is shown or replayed: a valid scenario, seed and replications, every metric summary with
 * one value per replication, the weekly series and the digest. Never throws.
 */
import { checkNumber, checkObject, checkText, has, isRecord, join, kindOf, own, setOwn, type Json } from './check';
import { IssueList, toValidated, type Validated } from './issues';
import { LIMITS, RESERVED_IDS } from './limits';
import { RESULT_SCHEMA } from './types';
import { checkSchema, validateScenario } from './validate';
import { allMetricKeys } from '../metrics/keys';
import type { RunResult, Summary } from '../run/types';

/** The shape of a valid result file. */
export type RunFileShape = RunResult;

/** Checks any input as a result file. */
export function validateRunFile(input: unknown): Validated<RunFileShape> {
  try {
    const issues = new IssueList();
    const value = checkRunFile(issues, input);
    return toValidated(value as RunFileShape, issues.done());
  } catch (e) {
    return { ok: false, issues: [{ path: '(file)', message: `could not be checked: ${e instanceof Error ? e.message : 'unknown error'}`, severity: 'error' }] };
  }
}

function checkRunFile(issues: IssueList, input: unknown): RunFileShape | undefined {
  if (!isRecord(input)) {
    issues.error('(file)', `must be a JSON object holding a run result, not ${kindOf(input)}`, input, `an object with "schema": "${RESULT_SCHEMA}"`);
    return undefined;
  }
  if (checkSchema(issues, 'schema', own(input, 'schema'), RESULT_SCHEMA) === 'stop') return undefined;
  const out: Json = {}; // fields added by later versions are kept as they are
  for (const k of Object.keys(input)) {
    if (RESERVED_IDS.has(k)) issues.warn(join('', k), 'is ignored: a reserved name');
    else setOwn(out, k, input[k]);
  }
  out.schema = RESULT_SCHEMA;
  out.engineVersion = checkText(issues, 'engineVersion', own(input, 'engineVersion'), 'the engine version text');
  const scenario = validateScenario(own(input, 'scenario'));
  for (const i of scenario.ok ? scenario.warnings : scenario.issues) issues.add({ ...i, path: i.path === '(file)' ? 'scenario' : `scenario.${i.path}` });
  out.scenario = scenario.ok ? scenario.value : undefined;
  out.seed = checkNumber(issues, 'seed', own(input, 'seed'), { min: 0, max: LIMITS.maxSeed, integer: true, maxNote: '2^53 − 1' });
  const reps = checkNumber(issues, 'replications', own(input, 'replications'), { min: 1, max: LIMITS.maxReplications, integer: true });
  out.replications = reps;
  out.metrics = checkMetrics(issues, own(input, 'metrics'), reps);
  if (isRecord(out.metrics) && scenario.ok) {
    const missing = allMetricKeys(scenario.value).filter((k) => !has(out.metrics as Json, k));
    if (missing.length > 0) issues.warn('metrics', `lacks ${missing.length} metric${missing.length > 1 ? 's' : ''} of this scenario: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`);
  }
  checkSeries(issues, own(input, 'series'));
  checkHistogram(issues, own(input, 'waitHistogram'));
  const digest = own(input, 'digest');
  if (typeof digest !== 'string' || !/^[0-9a-f]{64}$/.test(digest)) {
    issues.error('digest', digest === undefined ? 'is required: the SHA-256 of the metric values' : 'must be a SHA-256 digest: 64 lowercase hex characters', digest, '64 characters 0-9, a-f');
  }
  return issues.errorCount === 0 ? (out as unknown as RunFileShape) : undefined;
}

const isNumberOrNull = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v));

function checkMetrics(issues: IssueList, value: unknown, reps: number | undefined): Json | undefined {
  const metrics = checkObject(issues, 'metrics', value, 'an object of metric summaries');
  if (metrics === undefined) return undefined;
  const out: Json = {};
  for (const key of Object.keys(metrics)) {
    const path = join('metrics', key);
    const m = checkObject(issues, path, metrics[key], 'a summary {mean, sd, ci95, n, values}');
    if (m === undefined) continue;
    const before = issues.errorCount;
    for (const f of ['mean', 'sd'] as const) {
      if (!isNumberOrNull(own(m, f))) issues.error(join(path, f), 'must be a finite number or null', own(m, f));
    }
    const ci = own(m, 'ci95');
    if (!(ci === null || (Array.isArray(ci) && ci.length === 2 && ci.every((x) => typeof x === 'number' && Number.isFinite(x)) && ci[0] <= ci[1]))) {
      issues.error(join(path, 'ci95'), 'must be null or [lo, hi] with lo ≤ hi', ci);
    }
    const values = own(m, 'values');
    if (!Array.isArray(values) || !values.every(isNumberOrNull)) {
      issues.error(join(path, 'values'), 'must be a list of finite numbers or nulls, one per replication', values);
    } else if (reps !== undefined && values.length !== reps) {
      issues.error(join(path, 'values'), `must hold one value per replication: ${reps}, not ${values.length}`, undefined, `${reps} values`);
    } else {
      const n = own(m, 'n');
      const counted = values.filter((v) => v !== null).length;
      if (n !== counted) issues.error(join(path, 'n'), `must count the values that are not null (${counted})`, n, String(counted));
    }
    if (issues.errorCount !== before) continue;
    const summary: Summary = {
      mean: m.mean as number | null,
      sd: m.sd as number | null,
      ci95: ci === null ? null : [(ci as number[])[0], (ci as number[])[1]],
      n: m.n as number,
      values: (values as (number | null)[]).slice(),
    };
    setOwn(out, key, summary);
  }
  return out;
}

/** A weekly band {mean, lo, hi}, each as long as the weeks (null where a week has no value). */
function checkBand(issues: IssueList, path: string, value: unknown, weeks: number): void {
  const band = checkObject(issues, path, value, 'a weekly band {mean, lo, hi}');
  if (band === undefined) return;
  for (const f of ['mean', 'lo', 'hi']) {
    const v = own(band, f);
    if (!Array.isArray(v) || v.length !== weeks || !v.every(isNumberOrNull)) {
      issues.error(join(path, f), `must be a list of ${weeks} finite numbers (or nulls), one per week`, v);
    }
  }
}

function checkSeries(issues: IssueList, value: unknown): void {
  const series = checkObject(issues, 'series', value, 'the weekly series {weekStartDays, values}');
  if (series === undefined) return;
  const weeks = own(series, 'weekStartDays');
  if (!Array.isArray(weeks) || !weeks.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    issues.error('series.weekStartDays', 'must be a list of numbers', weeks);
    return;
  }
  const values = checkObject(issues, 'series.values', own(series, 'values'), 'an object of weekly bands');
  if (values !== undefined) for (const key of Object.keys(values)) checkBand(issues, join('series.values', key), values[key], weeks.length);
}

function checkHistogram(issues: IssueList, value: unknown): void {
  const h = checkObject(issues, 'waitHistogram', value, 'the wait histogram {edgesDays, share}');
  if (h === undefined) return;
  const edges = own(h, 'edgesDays');
  if (!Array.isArray(edges) || !edges.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    issues.error('waitHistogram.edgesDays', 'must be a list of numbers', edges);
    return;
  }
  checkBand(issues, 'waitHistogram.share', own(h, 'share'), edges.length);
}
