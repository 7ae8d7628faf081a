/**
 * validateRunFile: checks a result file (`kapasim/result@1`, `*.kapasim-run.json`) before it
 * is shown or replayed: a valid scenario, seed and replications, every metric summary with
 * one value per replication, the weekly series and the digest. Never throws.
 */
import { checkNumber, checkObject, checkText, has, isRecord, join, own, setOwn, valueKind, type Json } from './check';
import { IssueList, toValidated, type Validated } from './issues';
import { LIMITS, RESERVED_IDS } from './limits';
import { RESULT_SCHEMA } from './types';
import { checkSchema, uncheckable, validateScenario } from './validate';
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
    return { ok: false, issues: [uncheckable(e)] };
  }
}

function checkRunFile(issues: IssueList, input: unknown): RunFileShape | undefined {
  if (!isRecord(input)) {
    issues.error('(file)', 'file.notObject', { what: 'resultFile', kind: valueKind(input), schema: RESULT_SCHEMA }, input);
    return undefined;
  }
  if (checkSchema(issues, 'schema', own(input, 'schema'), RESULT_SCHEMA) === 'stop') return undefined;
  const out: Json = {}; // fields added by later versions are kept as they are
  for (const k of Object.keys(input)) {
    if (RESERVED_IDS.has(k)) issues.warn(join('', k), 'field.reserved', {});
    else setOwn(out, k, input[k]);
  }
  out.schema = RESULT_SCHEMA;
  out.engineVersion = checkText(issues, 'engineVersion', own(input, 'engineVersion'), 'engineVersion');
  const scenario = validateScenario(own(input, 'scenario'));
  for (const i of scenario.ok ? scenario.warnings : scenario.issues) issues.add({ ...i, path: i.path === '(file)' ? 'scenario' : `scenario.${i.path}` });
  out.scenario = scenario.ok ? scenario.value : undefined;
  out.seed = checkNumber(issues, 'seed', own(input, 'seed'), { min: 0, max: LIMITS.maxSeed, integer: true, note: 'maxSafeInteger' });
  const reps = checkNumber(issues, 'replications', own(input, 'replications'), { min: 1, max: LIMITS.maxReplications, integer: true });
  out.replications = reps;
  out.metrics = checkMetrics(issues, own(input, 'metrics'), reps);
  if (isRecord(out.metrics) && scenario.ok) {
    const missing = allMetricKeys(scenario.value).filter((k) => !has(out.metrics as Json, k));
    if (missing.length > 0) issues.warn('metrics', 'metrics.missing', { count: missing.length, keys: [...missing.slice(0, 5), ...(missing.length > 5 ? ['…'] : [])] });
  }
  checkSeries(issues, own(input, 'series'));
  checkHistogram(issues, own(input, 'waitHistogram'));
  const digest = own(input, 'digest');
  if (typeof digest !== 'string' || !/^[0-9a-f]{64}$/.test(digest)) {
    if (digest === undefined) issues.error('digest', 'digest.required', {});
    else issues.error('digest', 'digest.invalid', {}, digest);
  }
  return issues.errorCount === 0 ? (out as unknown as RunFileShape) : undefined;
}

const isNumberOrNull = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v));

function checkMetrics(issues: IssueList, value: unknown, reps: number | undefined): Json | undefined {
  const metrics = checkObject(issues, 'metrics', value, 'metrics');
  if (metrics === undefined) return undefined;
  const out: Json = {};
  for (const key of Object.keys(metrics)) {
    const path = join('metrics', key);
    const m = checkObject(issues, path, metrics[key], 'summary');
    if (m === undefined) continue;
    const before = issues.errorCount;
    for (const f of ['mean', 'sd'] as const) {
      if (!isNumberOrNull(own(m, f))) issues.error(join(path, f), 'summary.numberOrNull', {}, own(m, f));
    }
    const ci = own(m, 'ci95');
    if (!(ci === null || (Array.isArray(ci) && ci.length === 2 && ci.every((x) => typeof x === 'number' && Number.isFinite(x)) && ci[0] <= ci[1]))) {
      issues.error(join(path, 'ci95'), 'summary.ci', {}, ci);
    }
    const values = own(m, 'values');
    if (!Array.isArray(values) || !values.every(isNumberOrNull)) {
      issues.error(join(path, 'values'), 'summary.values', {}, values);
    } else if (reps !== undefined && values.length !== reps) {
      issues.error(join(path, 'values'), 'summary.valuesCount', { replications: reps, count: values.length });
    } else {
      const n = own(m, 'n');
      const counted = values.filter((v) => v !== null).length;
      if (n !== counted) issues.error(join(path, 'n'), 'summary.n', { count: counted }, n);
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
  const band = checkObject(issues, path, value, 'band');
  if (band === undefined) return;
  for (const f of ['mean', 'lo', 'hi']) {
    const v = own(band, f);
    if (!Array.isArray(v) || v.length !== weeks || !v.every(isNumberOrNull)) {
      issues.error(join(path, f), 'band.length', { weeks }, v);
    }
  }
}

function checkSeries(issues: IssueList, value: unknown): void {
  const series = checkObject(issues, 'series', value, 'series');
  if (series === undefined) return;
  const weeks = own(series, 'weekStartDays');
  if (!Array.isArray(weeks) || !weeks.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    issues.error('series.weekStartDays', 'numbers.list', {}, weeks);
    return;
  }
  const values = checkObject(issues, 'series.values', own(series, 'values'), 'seriesValues');
  if (values !== undefined) for (const key of Object.keys(values)) checkBand(issues, join('series.values', key), values[key], weeks.length);
}

function checkHistogram(issues: IssueList, value: unknown): void {
  const h = checkObject(issues, 'waitHistogram', value, 'histogram');
  if (h === undefined) return;
  const edges = own(h, 'edgesDays');
  if (!Array.isArray(edges) || !edges.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    issues.error('waitHistogram.edgesDays', 'numbers.list', {}, edges);
    return;
  }
  checkBand(issues, 'waitHistogram.share', own(h, 'share'), edges.length);
}
