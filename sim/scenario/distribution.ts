/**
 * Validation of distributions (MODEL.md "Distributions"): every parameter finite and in range,
 * so that no draw can be negative (draws are never clamped), with suggestions for a misspelt
 * `dist` or parameter. Also: how often a draw falls inside a window, for the relapse rule.
 */
import { checkEnum, checkNumber, checkUnknownFields, copyFreeText, has, isRecord, join, valueKind, type Json, type NumberSpec } from './check';
import { DISTRIBUTION_FIELDS, DISTRIBUTION_KINDS, DISTRIBUTION_PARAMS } from './fields';
import type { IssueList } from './issues';
import { LIMITS } from './limits';
import type { Distribution } from './types';
import { lognormalParams, gammaParams } from '../random/distributions';

const DAYS: NumberSpec = { min: 0, max: LIMITS.maxDays, note: 'years100' };
const POSITIVE_DAYS: NumberSpec = { ...DAYS, minExclusive: true };

/**
 * Lognormal and gamma: the mean at least a millionth of a day, and the sd at most 100 times
 * the mean, so that the sampler's parameters (σ² = ln(1 + sd²/mean²); shape = mean²/sd²) are
 * finite. Found by the fuzzer: mean 4e-247 with sd 0.48 gave σ = ∞ and draws of NaN.
 */
const SPREAD_MEAN: NumberSpec = { min: LIMITS.minSpreadMeanDays, max: LIMITS.maxDays, note: 'years100' };

/** An sd this small next to the mean is no spread at all: it is cleaned to 0 (gamma's shape would overflow). */
const NO_SPREAD = 1e-12;

/** Checks a distribution at `path`; returns a fresh, cleaned copy when it is valid. */
export function checkDistribution(issues: IssueList, path: string, value: unknown): Distribution | undefined {
  if (value === undefined) {
    issues.error(path, 'distribution.required', {});
    return undefined;
  }
  if (!isRecord(value)) {
    issues.error(path, 'distribution.type', { kind: valueKind(value) }, value);
    return undefined;
  }
  const kind = checkEnum(issues, join(path, 'dist'), has(value, 'dist') ? value.dist : undefined, DISTRIBUTION_KINDS);
  if (kind === undefined) {
    checkUnknownFields(issues, path, value, DISTRIBUTION_FIELDS, 'distribution');
    return undefined;
  }
  const params: readonly string[] = DISTRIBUTION_PARAMS[kind];
  const before = issues.errorCount;
  for (const key of Object.keys(value)) {
    if (key === 'dist' || params.includes(key) || key === 'notes' || key === 'description' || key === 'label') continue;
    if ((DISTRIBUTION_FIELDS as readonly string[]).includes(key)) {
      issues.error(join(path, key), 'distribution.notParameter', { where: kind, takes: params });
    }
  }
  const rest: Json = {};
  for (const key of Object.keys(value)) if (!(DISTRIBUTION_FIELDS as readonly string[]).includes(key)) rest[key] = value[key];
  checkUnknownFields(issues, path, rest, params, kind);
  const get = (key: string): unknown => (has(value, key) ? value[key] : undefined);
  const out: Json = { dist: kind };
  switch (kind) {
    case 'exponential':
      out.mean = checkNumber(issues, join(path, 'mean'), get('mean'), POSITIVE_DAYS);
      break;
    case 'lognormal':
    case 'gamma': {
      let mean = checkNumber(issues, join(path, 'mean'), get('mean'), POSITIVE_DAYS);
      if (mean !== undefined && mean < LIMITS.minSpreadMeanDays) {
        issues.error(join(path, 'mean'), 'number.min', { ...SPREAD_MEAN, min: LIMITS.minSpreadMeanDays, got: mean }, mean);
        mean = undefined;
      }
      const sdSpec: NumberSpec = mean === undefined ? DAYS : { min: 0, max: Math.min(LIMITS.maxDays, Number((LIMITS.maxSdPerMean * mean).toPrecision(6))) };
      const sd = checkNumber(issues, join(path, 'sd'), get('sd'), sdSpec);
      Object.assign(out, { mean, sd: sd !== undefined && mean !== undefined && sd < NO_SPREAD * mean ? 0 : sd });
      break;
    }
    case 'fixed':
      out.value = checkNumber(issues, join(path, 'value'), get('value'), DAYS);
      break;
    case 'uniform': {
      const min = checkNumber(issues, join(path, 'min'), get('min'), DAYS);
      const max = checkNumber(issues, join(path, 'max'), get('max'), DAYS);
      if (min !== undefined && max !== undefined && max < min) {
        issues.error(join(path, 'max'), 'uniform.maxBelowMin', { min, maxDays: LIMITS.maxDays, got: max }, max);
      }
      Object.assign(out, { min, max });
      break;
    }
    case 'triangular': {
      const min = checkNumber(issues, join(path, 'min'), get('min'), DAYS);
      const mode = checkNumber(issues, join(path, 'mode'), get('mode'), DAYS);
      const max = checkNumber(issues, join(path, 'max'), get('max'), DAYS);
      if (min !== undefined && mode !== undefined && mode < min) {
        issues.error(join(path, 'mode'), 'triangular.modeBelowMin', { min, got: mode }, mode);
      }
      if (mode !== undefined && max !== undefined && max < mode) {
        issues.error(join(path, 'max'), 'triangular.maxBelowMode', { mode, got: max }, max);
      } else if (mode === undefined && min !== undefined && max !== undefined && max < min) {
        issues.error(join(path, 'max'), 'triangular.maxBelowMin', { min, got: max }, max);
      }
      Object.assign(out, { min, mode, max });
      break;
    }
    case 'empirical':
      out.values = checkValues(issues, join(path, 'values'), get('values'));
      break;
  }
  copyFreeText(issues, path, value, out);
  return issues.errorCount === before ? (out as Distribution) : undefined;
}

/** An empirical distribution's values: a non-empty list of day counts; at most 10 bad ones listed. */
function checkValues(issues: IssueList, path: string, value: unknown): number[] | undefined {
  const limits = { maxDays: LIMITS.maxDays, maxValues: LIMITS.maxEmpiricalValues };
  if (!Array.isArray(value)) {
    if (value === undefined) issues.error(path, 'values.required', limits);
    else issues.error(path, 'values.type', { ...limits, kind: valueKind(value) }, value);
    return undefined;
  }
  if (value.length === 0) {
    issues.error(path, 'values.empty', limits);
    return undefined;
  }
  if (value.length > LIMITS.maxEmpiricalValues) {
    issues.error(path, 'values.tooMany', { ...limits, count: value.length });
    return undefined;
  }
  const out: number[] = [];
  let bad = 0;
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= LIMITS.maxDays) {
      out.push(v === 0 ? 0 : v);
      continue;
    }
    bad++;
    if (bad <= 10) issues.error(join(path, i), 'values.outOfRange', limits, v);
  }
  if (bad > 10) issues.error(path, 'values.moreOutOfRange', { ...limits, count: bad - 10 });
  return bad === 0 ? out : undefined;
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 erfc; error < 1.5e-7), enough for a feasibility check. */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/**
 * The probability that a draw falls in [0, window] (approximate for gamma, by Wilson–Hilferty).
 * The relapse time is redrawn until it lies in the window, so this must not be (near) zero.
 */
export function shareWithin(d: Distribution, window: number): number {
  switch (d.dist) {
    case 'exponential':
      return 1 - Math.exp(-window / d.mean);
    case 'lognormal': {
      if (d.sd === 0) return d.mean <= window ? 1 : 0;
      const { mu, sigma } = lognormalParams(d.mean, d.sd);
      return normalCdf((Math.log(window) - mu) / sigma);
    }
    case 'gamma': {
      if (d.sd === 0) return d.mean <= window ? 1 : 0;
      const { shape } = gammaParams(d.mean, d.sd);
      const v = 1 / (9 * shape);
      return normalCdf((Math.cbrt(window / d.mean) - (1 - v)) / Math.sqrt(v));
    }
    case 'fixed':
      return d.value <= window ? 1 : 0;
    case 'uniform':
      if (d.max === d.min) return d.min <= window ? 1 : 0;
      return Math.min(1, Math.max(0, (window - d.min) / (d.max - d.min)));
    case 'triangular': {
      const { min: a, mode: c, max: b } = d;
      if (b === a) return a <= window ? 1 : 0;
      if (window <= a) return 0;
      if (window >= b) return 1;
      if (window <= c) return ((window - a) * (window - a)) / ((b - a) * (c - a));
      return 1 - ((b - window) * (b - window)) / ((b - a) * (b - c));
    }
    case 'empirical':
      return d.values.filter((v) => v <= window).length / d.values.length;
  }
}
