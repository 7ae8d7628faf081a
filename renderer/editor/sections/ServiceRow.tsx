import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { DistributionField } from '../distribution/DistributionField';
import { FieldIssues } from '../fields/FieldIssues';
import { IdInput } from '../fields/IdInput';
import { NotesEditor } from '../fields/NotesEditor';
import { NumberCell } from '../fields/NumberCell';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';
import { useEdit } from '../fields/useEdit';
import { useField } from '../fields/useField';
import { renameService } from '../model/service-ops';
import { RemoveServicePrompt } from './RemoveServicePrompt';
import { RowIssues } from './RowIssues';

type Json = Record<string, unknown>;

/** One service in the services table. */
export function ServiceRow({ index }: { index: number }) {
  const { t } = useI18n();
  const { replace } = useEdit();
  const [removing, setRemoving] = useState(false);
  const [open, setOpen] = useState(false);
  const base = ['services', index];
  const row = useField(base);
  const idField = useField([...base, 'id']);
  const label = useField([...base, 'label']);
  const kind = useField([...base, 'kind']);
  const svc = (row.value ?? {}) as Json;
  const name = (typeof svc.label === 'string' && svc.label) || (typeof svc.id === 'string' && svc.id) || `#${index + 1}`;
  const outpatient = svc.kind === 'outpatient';
  const capField = outpatient ? 'slots' : 'beds';
  const cols = 8;
  const setKind = (k: string): void =>
    replace((d) => {
      const services = (d.services as unknown[]).slice();
      const s: Json = { ...(services[index] as Json), kind: k };
      const [from, to] = k === 'outpatient' ? ['beds', 'slots'] : ['slots', 'beds'];
      if (k === 'inpatient' || k === 'outpatient') {
        if (s[to] === undefined && s[from] !== undefined) s[to] = s[from];
        delete s[from];
      }
      services[index] = s;
      return { ...d, services };
    });
  return (
    <>
      <tr id={row.id} tabIndex={-1}>
        <td>
          <IdInput path={[...base, 'id']} ariaLabel={t('editor.services.idOf', { name })} commit={(id) => replace((d) => renameService(d, index, id))} />
          <FieldIssues id={idField.id} issues={idField.issues} />
        </td>
        <td>
          <TextInput path={[...base, 'label']} ariaLabel={t('editor.services.labelOf', { name })} optional size="s" />
          <FieldIssues id={label.id} issues={label.issues} />
        </td>
        <td>
          <SelectInput
            path={[...base, 'kind']}
            ariaLabel={t('editor.services.kindOf', { name })}
            options={[
              { value: 'inpatient', label: t('editor.services.inpatient') },
              { value: 'outpatient', label: t('editor.services.outpatient') },
            ]}
            onSelect={setKind}
          />
          <FieldIssues id={kind.id} issues={kind.issues} />
        </td>
        <NumberCell
          path={[...base, capField]}
          unit={t(outpatient ? 'editor.unit.slots' : 'editor.unit.beds')}
          ariaLabel={t(outpatient ? 'editor.services.slotsOf' : 'editor.services.bedsOf', { name })}
          size="xs"
        />
        <td className="dist-cell">
          <DistributionField path={[...base, 'stayDays']} title={t('editor.services.stayOf', { name })} compact />
        </td>
        <NumberCell path={[...base, 'maxStayDays']} emptyValue={null} placeholder={t('editor.none')} unit={t('editor.unit.days')} ariaLabel={t('editor.services.maxStayOf', { name })} size="xs" />
        <NumberCell path={[...base, 'dropoutShare']} percent unit="%" ariaLabel={t('editor.services.dropoutOf', { name })} size="xs" />
        <td className="actions">
          <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)} aria-label={t('editor.detailsOf', { name })}>
            {t('editor.details')}
          </button>
          <button type="button" className="link-button danger-text" aria-expanded={removing} onClick={() => setRemoving(true)} aria-label={t('editor.services.removeOf', { name })}>
            {t('editor.remove')}
          </button>
        </td>
      </tr>
      {removing && (
        <tr className="confirm-row">
          <td colSpan={cols}>
            <RemoveServicePrompt index={index} name={name} onDone={() => setRemoving(false)} />
          </td>
        </tr>
      )}
      <RowIssues paths={[row.id]} colSpan={cols} />
      {open && (
        <tr className="details-row">
          <td colSpan={cols}>
            <NotesEditor path={[...base, 'notes']} title={t('editor.notes.ofElement', { name })} />
          </td>
        </tr>
      )}
    </>
  );
}
