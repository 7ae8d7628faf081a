import type { ReactNode } from 'react';
import type { Text } from '../results/text';
import type { Cell, ReportTable } from './cells';
import { formatCell } from './format-cell';

function className(cell: Cell, num: boolean | undefined): string | undefined {
  const c = [num ? 'num' : '', cell.kind === 'range' ? 'range' : '', cell.kind === 'text' && cell.todo ? 'todo' : ''].filter(Boolean).join(' ');
  return c || undefined;
}

/**
 * A report table as HTML: a caption, a header row and the cells formatted in the report's
 * language; with `groupBy`, that column's value heads each run of rows that share it.
 */
export function ReportTableView({ table, text }: { table: ReportTable; text: Text }) {
  const g = table.groupBy;
  const columns = table.columns.filter((_, i) => i !== g);
  let group: string | null = null;
  const rows: ReactNode[] = [];
  table.rows.forEach((row, r) => {
    if (g !== undefined) {
      const head = formatCell(row[g]!, text);
      if (head !== group) {
        group = head;
        rows.push(
          <tr key={`g${r}`} className="group">
            <th scope="colgroup" colSpan={columns.length}>{head}</th>
          </tr>,
        );
      }
    }
    const cells = row.filter((_, i) => i !== g);
    rows.push(
      <tr key={r}>
        {cells.map((cell, i) => {
          const cls = className(cell, columns[i]?.num);
          return i === 0 ? (
            <th key={i} scope="row" className={cls}>{formatCell(cell, text)}</th>
          ) : (
            <td key={i} className={cls}>{formatCell(cell, text)}</td>
          );
        })}
      </tr>,
    );
  });
  return (
    <div className="table-wrap">
      <table id={table.id}>
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={c.num ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
      {table.note && <p className="note">{table.note}</p>}
    </div>
  );
}
