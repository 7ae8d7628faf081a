/**
 * `kapasim study --format csv`: one row per case × metric, the baseline's rows first, with the
 * case's summary and its difference from the baseline. RFC 4180 as `run --format csv`
 * (comma separated, CRLF, quoted where needed, '.' decimals, full precision, empty = missing).
 */
import type { Summary } from '../sim/run/types';
import type { CaseComparison, StudyResult } from '../sim/study/types';
import { csvField } from './format-csv';

export const STUDY_CSV_COLUMNS = [
  'case', 'kind', 'name', 'sweep_path', 'sweep_value', 'by_path', 'by_value', 'changes',
  'metric', 'mean', 'sd', 'ci95_lo', 'ci95_hi', 'n',
  'difference', 'difference_sd', 'difference_ci95_lo', 'difference_ci95_hi', 'paired', 'verdict', 'change',
] as const;

/** A sweep value or a change as a CSV field: numbers and texts as they are, anything else as JSON. */
function plain(v: unknown): string | number | null {
  if (v === undefined || v === null) return null;
  return typeof v === 'number' || typeof v === 'string' ? v : JSON.stringify(v);
}

/** The metric keys in a stable order: the baseline's, then any others a case has. */
export function studyMetricKeys(result: StudyResult): string[] {
  const keys = Object.keys(result.baseline.metrics);
  for (const c of result.cases) for (const k of Object.keys(c.run.metrics)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

export function formatStudyCsv(result: StudyResult): string {
  const rows = [STUDY_CSV_COLUMNS.join(',')];
  const keys = studyMetricKeys(result);
  const emit = (caseId: number | string, kind: string, name: string, c: { sweep?: StudyResult['cases'][number]['sweep']; changes: Record<string, unknown> }, s: Summary | undefined, cmp: CaseComparison | undefined, key: string): void => {
    const d = cmp?.difference;
    rows.push(
      [
        caseId, kind, name, c.sweep?.path, plain(c.sweep?.value), c.sweep?.by?.path, plain(c.sweep?.by?.value),
        Object.keys(c.changes).length > 0 ? JSON.stringify(c.changes) : null,
        key, s?.mean, s?.sd, s?.ci95?.[0], s?.ci95?.[1], s?.n,
        d?.mean, d?.sd, d?.ci95?.[0], d?.ci95?.[1], cmp ? String(cmp.paired) : null, cmp?.verdict, cmp?.change,
      ].map((v) => csvField(v as string | number | null | undefined)).join(','),
    );
  };
  for (const key of keys) emit('baseline', 'baseline', 'baseline', { changes: {} }, result.baseline.metrics[key], undefined, key);
  for (const c of result.cases) for (const key of keys) emit(c.index, c.kind, c.name, c, c.run.metrics[key], c.comparison[key], key);
  return rows.join('\r\n') + '\r\n';
}
