/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF; a field holding a comma, a
 * double quote, CR or LF is wrapped in double quotes, with inner quotes doubled.
 * Numbers are written with '.' as decimal point whatever the UI language, so any
 * spreadsheet or script reads them the same.
 */
export type CsvValue = string | number | boolean | null | undefined;

/** One field, quoted when needed; null/undefined and non-finite numbers are empty. */
export function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows (the first one the header) as a CSV document ending with CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
