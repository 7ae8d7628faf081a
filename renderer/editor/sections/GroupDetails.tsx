import { useId, useState } from 'react';
import { useDraftStore } from '../../app/AppStore';
import { getIn } from '../../app/edit-path';
import { useI18n } from '../../i18n/I18nProvider';
import { DistributionField } from '../distribution/DistributionField';
import { NotesEditor } from '../fields/NotesEditor';
import { useEdit } from '../fields/useEdit';
import type { ServiceColumn } from './useServiceList';

/** A group's stay overrides (its own stay distribution at some services) and its notes. */
export function GroupDetails({ index, name, services }: { index: number; name: string; services: ServiceColumn[] }) {
  const { t } = useI18n();
  const { draft } = useDraftStore();
  const { set } = useEdit();
  const selectId = useId();
  const base = ['groups', index];
  const stay = getIn(draft, [...base, 'stayDays']);
  const overrides = stay !== null && typeof stay === 'object' && !Array.isArray(stay) ? Object.keys(stay) : [];
  const free = services.filter((s) => !overrides.includes(s.id));
  const [pick, setPick] = useState('');
  const labelOf = (id: string): string => services.find((s) => s.id === id)?.label ?? id;
  const add = (): void => {
    const id = pick || free[0]?.id;
    if (!id) return;
    const own = getIn(draft, ['services', services.find((s) => s.id === id)!.index, 'stayDays']);
    set([...base, 'stayDays', id], structuredClone(own ?? { dist: 'exponential', mean: 30 }));
    setPick('');
  };
  return (
    <div className="details">
      <h4>{t('editor.groups.stayHeading', { name })}</h4>
      <p className="hint">{t('editor.groups.stayIntro')}</p>
      {overrides.length === 0 && <p className="muted">{t('editor.groups.stayNone')}</p>}
      <ul className="override-list">
        {overrides.map((id) => (
          <li key={id}>
            <span className="override-name">{labelOf(id)}</span>
            <DistributionField
              path={[...base, 'stayDays', id]}
              title={t('editor.groups.stayOf', { name, service: labelOf(id) })}
              compact
              extra={
                <button type="button" className="link-button" onClick={() => set([...base, 'stayDays', id], undefined)} aria-label={t('editor.groups.stayRemoveOf', { service: labelOf(id) })}>
                  {t('editor.remove')}
                </button>
              }
            />
          </li>
        ))}
      </ul>
      {free.length > 0 && (
        <p className="add-override">
          <label htmlFor={selectId}>{t('editor.groups.stayAddFor')}</label>{' '}
          <select id={selectId} value={pick || free[0].id} onChange={(e) => setPick(e.target.value)}>
            {free.map((s) => (
              <option key={s.id} value={s.id}>{s.label}</option>
            ))}
          </select>{' '}
          <button type="button" onClick={add}>{t('editor.groups.stayAdd')}</button>
        </p>
      )}
      <NotesEditor path={[...base, 'notes']} title={t('editor.notes.ofElement', { name })} />
    </div>
  );
}
