import { useDraftStore } from '../../app/AppStore';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldIssues } from '../fields/FieldIssues';
import { useEdit } from '../fields/useEdit';
import { useField } from '../fields/useField';
import { addService } from '../model/service-ops';
import { ServiceRow } from './ServiceRow';

/** Services: kind, capacity, stay, maximum stay and dropout (where patients go next: RoutingTable). */
export function ServicesTable() {
  const { t } = useI18n();
  const { draft } = useDraftStore();
  const { replace } = useEdit();
  const field = useField(['services']);
  const list = Array.isArray(draft.services) ? (draft.services as unknown[]) : [];
  return (
    <div className="table-block">
      <div className="table-scroll">
        <table className="edit-table" aria-label={t('editor.section.services')}>
          <thead>
            <tr>
              <th scope="col">{t('editor.services.id')}</th>
              <th scope="col">{t('editor.services.label')}</th>
              <th scope="col">{t('editor.services.kind')}</th>
              <th scope="col">{t('editor.services.capacity')}</th>
              <th scope="col">{t('editor.services.stay')}</th>
              <th scope="col">{t('editor.services.maxStay')}</th>
              <th scope="col">{t('editor.services.dropout')}</th>
              <th scope="col"><span className="visually-hidden">{t('editor.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {list.map((_, i) => (
              <ServiceRow key={i} index={i} />
            ))}
          </tbody>
        </table>
      </div>
      <FieldIssues id={field.id} issues={field.issues} />
      <div className="button-row">
        <button type="button" onClick={() => replace((d) => addService(d, 'inpatient', t('editor.services.newInpatient')))}>{t('editor.services.addInpatient')}</button>
        <button type="button" onClick={() => replace((d) => addService(d, 'outpatient', t('editor.services.newOutpatient')))}>{t('editor.services.addOutpatient')}</button>
      </div>
    </div>
  );
}
