import { useState } from 'react';
import { useDraftStore } from '../../app/AppStore';
import { getIn } from '../../app/edit-path';
import { useI18n } from '../../i18n/I18nProvider';
import { DistributionField } from '../distribution/DistributionField';
import { IdInput } from '../fields/IdInput';
import { NumberCell } from '../fields/NumberCell';
import { TextInput } from '../fields/TextInput';
import { useEdit } from '../fields/useEdit';
import { useField } from '../fields/useField';
import { FieldIssues } from '../fields/FieldIssues';
import { removeGroup } from '../model/service-ops';
import { GroupDetails } from './GroupDetails';
import { RowIssues } from './RowIssues';
import type { ServiceColumn } from './useServiceList';

/** One patient group in the groups table, with its details (stay overrides, notes) on demand. */
export function GroupRow({ index, services }: { index: number; services: ServiceColumn[] }) {
  const { t } = useI18n();
  const { draft } = useDraftStore();
  const { set, replace } = useEdit();
  const [open, setOpen] = useState(false);
  const base = ['groups', index];
  const row = useField(base);
  const idCell = useField([...base, 'id']);
  const label = useField([...base, 'label']);
  const name = (typeof label.value === 'string' && label.value) || (typeof idCell.value === 'string' && idCell.value) || `#${index + 1}`;
  const override = getIn(draft, [...base, 'assessmentDelayDays']);
  const cols = 6;
  return (
    <>
      <tr id={row.id} tabIndex={-1}>
        <td>
          <IdInput path={[...base, 'id']} ariaLabel={t('editor.groups.idOf', { name })} />
          <FieldIssues id={idCell.id} issues={idCell.issues} />
        </td>
        <td>
          <TextInput path={[...base, 'label']} ariaLabel={t('editor.groups.labelOf', { name })} optional size="s" />
          <FieldIssues id={label.id} issues={label.issues} />
        </td>
        <NumberCell path={[...base, 'share']} percent unit="%" ariaLabel={t('editor.groups.shareOf', { name })} size="xs" />
        <NumberCell path={[...base, 'deadlineDays']} unit={t('editor.unit.days')} ariaLabel={t('editor.groups.deadlineOf', { name })} size="xs" />
        <td className="assessment-cell">
          {override === undefined ? (
            <button type="button" onClick={() => set([...base, 'assessmentDelayDays'], structuredClone(getIn(draft, ['assessment', 'delayDays']) ?? { dist: 'fixed', value: 0 }))}>
              {t('editor.groups.assessmentAdd')}
            </button>
          ) : (
            <DistributionField
              path={[...base, 'assessmentDelayDays']}
              title={t('editor.groups.assessmentOf', { name })}
              compact
              extra={
                <button type="button" className="link-button" onClick={() => set([...base, 'assessmentDelayDays'], undefined)} aria-label={t('editor.groups.assessmentRemoveOf', { name })}>
                  {t('editor.groups.assessmentRemove')}
                </button>
              }
            />
          )}
        </td>
        <td className="actions">
          <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)} aria-label={t('editor.detailsOf', { name })}>
            {t('editor.details')}
          </button>
          <button type="button" className="link-button danger-text" onClick={() => replace((d) => removeGroup(d, index))} aria-label={t('editor.groups.removeOf', { name })}>
            {t('editor.remove')}
          </button>
        </td>
      </tr>
      <RowIssues paths={[row.id]} colSpan={cols} />
      {open && (
        <tr className="details-row">
          <td colSpan={cols}>
            <GroupDetails index={index} name={name} services={services} />
          </td>
        </tr>
      )}
    </>
  );
}
