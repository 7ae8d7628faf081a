/** Number formatting for tables: '.' decimals, ',' thousands separators, shares as percentages. */
import type { Unit } from './labels';

/** Shown where a value is missing (a ratio with no denominator, or a CI with one replication). */
export const MISSING = '–';

/** A fixed-decimals number with thousands separators, e.g. 1234567.8 → "1,234,567.8". */
export function formatGrouped(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  let text = value.toFixed(decimals);
  if (/^-0(\.0*)?$/.test(text)) text = text.slice(1);
  const negative = text.startsWith('-');
  const [whole, frac] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** A value in its unit, without the unit: shares as percent with one decimal. */
export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined || Number.isNaN(value)) return MISSING;
  const a = Math.abs(value);
  switch (unit) {
    case 'share':
      return formatGrouped(value * 100, 1);
    case 'nokPerYear':
      return formatGrouped(value, 0);
    case 'perYear':
      return formatGrouped(value, a >= 100 ? 0 : 1);
    case 'days':
    case 'patients':
      return formatGrouped(value, a < 10 ? 2 : 1);
  }
}

/** A 95 % confidence interval, e.g. "0.25 – 0.29"; "–" when there is none. */
export function formatInterval(ci: [number, number] | null | undefined, unit: Unit): string {
  if (!ci) return MISSING;
  return `${formatValue(ci[0], unit)} – ${formatValue(ci[1], unit)}`;
}

/** A wall time, e.g. "850 ms", "12.3 s", "2 min 05 s". */
export function formatWallTime(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}
