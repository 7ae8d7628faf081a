/**
 * `run --format csv`: one row per metric key, `metric,mean,sd,ci95_lo,ci95_hi,n,rep_0,…`.
 * RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, quote or
 * line break; numbers with '.' decimals and full precision; a missing value is an empty field.
 */
import { allMetricKeys } from '../sim/metrics/keys';
import type { RunResult } from '../sim/run/types';

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The metric keys in a stable order: the scenario's keys first, then any others the result has. */
export function orderedKeys(result: RunResult): string[] {
  const keys = allMetricKeys(result.scenario).filter((k) => k in result.metrics);
  for (const k of Object.keys(result.metrics)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

export function formatCsv(result: RunResult): string {
  const reps = result.replications;
  const header = ['metric', 'mean', 'sd', 'ci95_lo', 'ci95_hi', 'n', ...Array.from({ length: reps }, (_, i) => `rep_${i}`)];
  const rows = [header.map(csvField).join(',')];
  for (const key of orderedKeys(result)) {
    const s = result.metrics[key];
    const values = Array.from({ length: reps }, (_, i) => s.values[i] ?? null);
    rows.push([key, s.mean, s.sd, s.ci95?.[0] ?? null, s.ci95?.[1] ?? null, s.n, ...values].map(csvField).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}
