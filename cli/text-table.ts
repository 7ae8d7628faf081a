/** A plain-text table with aligned columns, for terminals and logs. */

export type Align = 'left' | 'right';

/** Renders rows under a header line and a rule; columns are separated by two spaces. */
export function renderTable(headers: string[], rows: string[][], align: Align[]): string {
  const widths = headers.map((h, c) => Math.max([...h].length, ...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c] - [...cell].length);
        return align[c] === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map((r) => line(r))].join('\n');
}
