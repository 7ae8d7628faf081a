import { useDraftStore } from '../../app/AppStore';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldIssues } from '../fields/FieldIssues';
import { useEdit } from '../fields/useEdit';
import { useField } from '../fields/useField';
import { addGroup } from '../model/service-ops';
import { GroupRow } from './GroupRow';
import { useServiceList } from './useServiceList';

/** Patient groups: share, deadline, own assessment delay and entry probabilities per service. */
export function GroupsTable() {
  const { t, fmt } = useI18n();
  const { draft } = useDraftStore();
  const { replace } = useEdit();
  const groups = useField(['groups']);
  const services = useServiceList();
  const list = Array.isArray(draft.groups) ? (draft.groups as unknown[]) : [];
  const shareSum = list.reduce((s: number, g) => s + (typeof (g as { share?: unknown })?.share === 'number' ? (g as { share: number }).share : 0), 0);
  return (
    <div className="table-block">
      <div className="table-scroll">
        <table className="edit-table" aria-label={t('editor.groups.heading')}>
          <thead>
            <tr>
              <th scope="col">{t('editor.groups.id')}</th>
              <th scope="col">{t('editor.groups.label')}</th>
              <th scope="col">{t('editor.groups.share')}</th>
              <th scope="col">{t('editor.groups.deadline')}</th>
              <th scope="col">{t('editor.groups.assessment')}</th>
              <th scope="col"><span className="visually-hidden">{t('editor.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {list.map((_, i) => (
              <GroupRow key={i} index={i} services={services} />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>{t('editor.groups.total')}</th>
              <td className="num">{fmt.percent(shareSum, 1)}</td>
              <td colSpan={3} />
            </tr>
          </tfoot>
        </table>
      </div>
      <FieldIssues id={groups.id} issues={groups.issues} />
      <button type="button" onClick={() => replace((d) => addGroup(d, t('editor.groups.newLabel')))}>
        {t('editor.groups.add')}
      </button>
    </div>
  );
}
