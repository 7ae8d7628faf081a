import { FieldIssues } from '../fields/FieldIssues';
import { useIssues } from '../useIssues';

/** Messages about a whole row or map (a group's entry sum, a service's next sum), under the row. */
export function RowIssues({ paths, colSpan }: { paths: string[]; colSpan: number }) {
  const index = useIssues();
  const found = paths.filter((p) => index.at(p).length > 0);
  if (found.length === 0) return null;
  return (
    <tr className="row-issues">
      <td colSpan={colSpan}>
        {found.map((p) => (
          <FieldIssues key={p} id={p} issues={index.at(p)} />
        ))}
      </td>
    </tr>
  );
}
