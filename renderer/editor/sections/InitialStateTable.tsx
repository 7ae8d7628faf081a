import { useI18n } from '../../i18n/I18nProvider';
import { FieldIssues } from '../fields/FieldIssues';
import { NumberCell } from '../fields/NumberCell';
import { Toggle } from '../fields/Toggle';
import { useEdit } from '../fields/useEdit';
import { useField } from '../fields/useField';
import { useServiceList } from './useServiceList';

/** Patients present at time 0 per service (waiting, in service), or an empty start. */
export function InitialStateTable() {
  const { t } = useI18n();
  const { set } = useEdit();
  const field = useField(['initialState']);
  const waiting = useField(['initialState', 'waiting']);
  const inService = useField(['initialState', 'inService']);
  const services = useServiceList();
  const on = field.value !== null && field.value !== undefined;
  return (
    <div className="initial-state">
      <h3>{t('editor.initial.heading')}</h3>
      <Toggle id="initialState.enabled" label={t('editor.initial.toggle')} checked={on} onChange={(c) => set(['initialState'], c ? { waiting: {}, inService: {} } : undefined)} />
      <p className="hint">{t('editor.initial.hint')}</p>
      <FieldIssues id={field.id} issues={field.issues} />
      {on && (
        <table className="edit-table" aria-label={t('editor.initial.heading')}>
          <thead>
            <tr>
              <th scope="col">{t('editor.services.label')}</th>
              <th scope="col">{t('editor.initial.waiting')}</th>
              <th scope="col">{t('editor.initial.inService')}</th>
            </tr>
          </thead>
          <tbody>
            {services.map((s) => (
              <tr key={s.index}>
                <th scope="row">{s.label}</th>
                <NumberCell path={['initialState', 'waiting', s.id]} unit={t('editor.unit.patients')} ariaLabel={t('editor.initial.waitingOf', { service: s.label })} size="xs" />
                <NumberCell path={['initialState', 'inService', s.id]} unit={t('editor.unit.patients')} ariaLabel={t('editor.initial.inServiceOf', { service: s.label })} size="xs" />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FieldIssues id={waiting.id} issues={waiting.issues} />
      <FieldIssues id={inService.id} issues={inService.issues} />
    </div>
  );
}
