import type { RunResult } from '../../sim';
import { toCsv, type CsvValue } from './csv';

export const METRICS_CSV_HEADER = ['metric', 'label', 'mean', 'ci95_lo', 'ci95_hi', 'sd', 'n'] as const;

/** One row per metric key (in the given order): key, label, mean, 95 % CI, sd, n. */
export function metricsCsv(result: RunResult, keys: readonly string[], label: (key: string) => string): string {
  const rows: CsvValue[][] = [[...METRICS_CSV_HEADER]];
  for (const key of keys) {
    const s = result.metrics[key];
    if (!s) continue;
    rows.push([key, label(key), s.mean, s.ci95?.[0], s.ci95?.[1], s.sd, s.n]);
  }
  return toCsv(rows);
}
