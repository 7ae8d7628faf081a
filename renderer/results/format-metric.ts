import type { Summary } from '../../sim';
import { metricUnit, UNIT_DIGITS, type MetricUnit } from './metric-units';
import type { Text } from './text';

const MINUS = '\u2212';

/** The bare number of a value in its unit's scale (percent for shares, millions for NOK). */
export function formatNumber(x: number | null | undefined, unit: MetricUnit, { fmt }: Pick<Text, 'fmt'>, signed = false): string {
  if (typeof x !== 'number' || !Number.isFinite(x)) return '–';
  const scaled = unit === 'share' ? x * 100 : unit === 'nokPerYear' ? x / 1e6 : x;
  const text = fmt.number(scaled, UNIT_DIGITS[unit]).replace(/^-/, MINUS);
  const isZero = !/[1-9]/.test(text);
  if (isZero) return text.replace(MINUS, '');
  return signed && scaled > 0 ? `+${text}` : text;
}

/** A value with its unit: "31.2 days", "12,3 %", "NOK 512.3 million per year". */
export function formatValue(x: number | null | undefined, unit: MetricUnit, text: Text): string {
  if (typeof x !== 'number' || !Number.isFinite(x)) return text.t('results.noValue');
  return text.t(`results.unit.${unit}`, { value: formatNumber(x, unit, text) });
}

/** "29.8–32.6"; with signs or a negative bound "−4.5 to −3.1" (a dash would read as a minus); null without a CI. */
export function formatRange(ci: readonly [number, number] | null, unit: MetricUnit, text: Text, signed = false): string | null {
  if (!ci) return null;
  const lo = formatNumber(ci[0], unit, text, signed);
  const hi = formatNumber(ci[1], unit, text, signed);
  // A dash between a negative bound and the next number reads as a minus: say "to" instead.
  return text.t(signed || lo.startsWith(MINUS) ? 'results.rangeSigned' : 'results.range', { lo, hi });
}

/** "95 % CI 29.8–32.6" ("95 % KI 29,8–32,6"); null without a CI. */
export function formatCi(ci: readonly [number, number] | null, unit: MetricUnit, text: Text, signed = false): string | null {
  // A t-interval can reach past what the quantity can be (a share below 0 or above 100 %, a
  // negative count); shown, it is cut at those limits. Differences (signed) are shown as they are.
  const shown = ci && !signed ? clampToRange(ci, unit) : ci;
  const range = formatRange(shown, unit, text, signed);
  return range === null ? null : text.t('results.ci', { range });
}

/** A CI cut to the quantity's possible range: every metric is ≥ 0, and shares are ≤ 1. */
export function clampToRange(ci: readonly [number, number], unit: MetricUnit): [number, number] {
  const hiMax = unit === 'share' ? 1 : Infinity;
  return [Math.min(Math.max(ci[0], 0), hiMax), Math.min(Math.max(ci[1], 0), hiMax)];
}

/** A summary as one line: "31.2 days (95 % CI 29.8–32.6)". */
export function formatSummary(s: Summary | undefined, unit: MetricUnit, text: Text): string {
  if (!s || s.mean === null) return text.t('results.noValue');
  const value = formatValue(s.mean, unit, text);
  const ci = formatCi(s.ci95, unit, text);
  return ci ? text.t('results.withCi', { value, ci }) : value;
}

/** A metric's summary by key, in the key's unit. */
export function formatMetric(key: string, s: Summary | undefined, text: Text): string {
  return formatSummary(s, metricUnit(key), text);
}

/** A difference's signed value with its unit; shares in percentage points ("+1.2 percentage points"). */
export function formatDifferenceValue(x: number | null | undefined, unit: MetricUnit, text: Text): string {
  if (typeof x !== 'number' || !Number.isFinite(x)) return text.t('results.noValue');
  const number = formatNumber(x, unit, text, true);
  return unit === 'share' ? text.t('results.unit.pp', { value: number }) : text.t(`results.unit.${unit}`, { value: number });
}

/**
 * A difference variant − baseline with a sign, shares in percentage points:
 * "−3.8 days (95 % CI −4.5 to −3.1)", "+1.2 percentage points (…)".
 */
export function formatDifference(d: Summary | undefined, unit: MetricUnit, text: Text): string {
  if (!d || d.mean === null) return text.t('results.noValue');
  const value = formatDifferenceValue(d.mean, unit, text);
  const ci = formatCi(d.ci95, unit, text, true);
  return ci ? text.t('results.withCi', { value, ci }) : value;
}

/** The text around a value in its unit, e.g. ["NOK ", " million per year"], to set the number apart. */
export function unitAffixes(unit: MetricUnit, { t }: Pick<Text, 't'>): [string, string] {
  const marker = '\u0000';
  const [before = '', after = ''] = t(`results.unit.${unit}`, { value: marker }).split(marker);
  return [before, after];
}
