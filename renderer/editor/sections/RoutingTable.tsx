import { useDraftStore } from '../../app/AppStore';
import { useI18n } from '../../i18n/I18nProvider';
import { NumberCell } from '../fields/NumberCell';
import { useField } from '../fields/useField';
import { joinPath } from '../model/issue-path';
import { RowIssues } from './RowIssues';
import { useServiceList } from './useServiceList';

type Json = Record<string, unknown>;

/**
 * A routing matrix: one row per group (`entry`, must sum to 100 %) or per service (`next`,
 * at most 100 %, the rest discharged), one column per target service, in percent.
 */
export function RoutingTable({ list, table }: { list: 'groups' | 'services'; table: 'entry' | 'next' }) {
  const { t } = useI18n();
  const { draft } = useDraftStore();
  const targets = useServiceList();
  const rows = Array.isArray(draft[list]) ? (draft[list] as unknown[]) : [];
  const title = t(table === 'entry' ? 'editor.groups.entryHeading' : 'editor.services.nextHeading');
  return (
    <div className="table-block">
      <h3>{title}</h3>
      <p className="intro">{t(table === 'entry' ? 'editor.groups.entryIntro' : 'editor.services.nextIntro')}</p>
      <div className="table-scroll">
        <table className="edit-table" aria-label={title}>
          <thead>
            <tr>
              <th scope="col">{t(table === 'entry' ? 'editor.groups.rowHeader' : 'editor.services.rowHeader')}</th>
              {targets.map((s) => (
                <th scope="col" key={s.index} className="route-col">{s.label}</th>
              ))}
              <th scope="col">{t(table === 'entry' ? 'editor.groups.entrySum' : 'editor.services.discharge')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((_, i) => (
              <RoutingRow key={i} list={list} table={table} index={i} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function RoutingRow({ list, table, index }: { list: 'groups' | 'services'; table: 'entry' | 'next'; index: number }) {
  const { t, fmt } = useI18n();
  const targets = useServiceList();
  const row = useField([list, index]);
  const map = useField([list, index, table]);
  const item = (row.value ?? {}) as Json;
  const name = (typeof item.label === 'string' && item.label) || (typeof item.id === 'string' && item.id) || `#${index + 1}`;
  const values = map.value !== null && typeof map.value === 'object' ? Object.values(map.value as Json) : [];
  const sum = values.reduce((s: number, v) => s + (typeof v === 'number' ? v : 0), 0);
  const bad = table === 'entry' ? Math.abs(sum - 1) > 1e-9 : sum > 1 + 1e-9;
  // Keys that name no routable service (a typo in a file) have no cell; their messages go under the row.
  const known = new Set(targets.map((s) => s.id));
  const others = map.value !== null && typeof map.value === 'object' ? Object.keys(map.value).filter((k) => !known.has(k)).map((k) => joinPath(map.id, k)) : [];
  const label = (service: string): string => t(table === 'entry' ? 'editor.groups.entryOf' : 'editor.services.nextOf', { name, service });
  return (
    <>
      <tr id={map.id} tabIndex={-1}>
        <th scope="row">{name}</th>
        {targets.map((s) => (
          <NumberCell key={s.index} path={[list, index, table, s.id]} percent unit="%" ariaLabel={label(s.label)} size="xs" />
        ))}
        <td className={`num ${bad ? 'error-text' : ''}`}>{fmt.percent(table === 'entry' ? sum : Math.max(0, 1 - sum), 1)}</td>
      </tr>
      <RowIssues paths={[map.id, ...others]} colSpan={targets.length + 2} />
    </>
  );
}

