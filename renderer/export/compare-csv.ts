import type { compareRuns } from '../../sim';
import { toCsv, type CsvValue } from './csv';

export const COMPARE_CSV_HEADER = [
  'metric', 'label', 'baseline_mean', 'baseline_ci95_lo', 'baseline_ci95_hi', 'variant_mean', 'variant_ci95_lo', 'variant_ci95_hi',
  'difference_mean', 'difference_ci95_lo', 'difference_ci95_hi', 'paired', 'direction', 'verdict',
] as const;

/** One row per compared metric (in the given order), difference = variant − baseline. */
export function compareCsv(comparison: ReturnType<typeof compareRuns>, keys: readonly string[], label: (key: string) => string): string {
  const rows: CsvValue[][] = [[...COMPARE_CSV_HEADER]];
  for (const key of keys) {
    const c = comparison[key];
    if (!c) continue;
    const { baseline: b, variant: v, difference: d } = c;
    rows.push([
      key, label(key), b.mean, b.ci95?.[0], b.ci95?.[1], v.mean, v.ci95?.[0], v.ci95?.[1],
      d.mean, d.ci95?.[0], d.ci95?.[1], c.paired, c.direction, c.verdict === 'neutral' ? c.change : c.verdict,
    ]);
  }
  return toCsv(rows);
}
