import { useEffect, useRef } from 'react';
import { useDraftStore } from '../../app/AppStore';
import { useI18n } from '../../i18n/I18nProvider';
import { useEdit } from '../fields/useEdit';
import { removeService, serviceReferences, type Reference } from '../model/service-ops';

type Json = Record<string, unknown>;

/**
 * Asks before a service is removed, and says who routes to it: those routes, stay overrides
 * and initial counts go with it (one undo step brings everything back).
 */
export function RemoveServicePrompt({ index, name, onDone }: { index: number; name: string; onDone: () => void }) {
  const { t, fmt } = useI18n();
  const { draft } = useDraftStore();
  const { replace } = useEdit();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const id = ((draft.services as unknown[])[index] as Json | undefined)?.id;
  const refs = typeof id === 'string' ? serviceReferences(draft, id) : [];
  const nameOf = (list: unknown, i: number): string => {
    const item = (Array.isArray(list) ? list[i] : undefined) as Json | undefined;
    return String((typeof item?.label === 'string' && item.label) || item?.id || `#${i + 1}`);
  };
  const describe = (r: Reference): string => {
    const share = r.share === undefined ? '' : ` (${fmt.percent(r.share, 0)})`;
    switch (r.where) {
      case 'entry':
        return t('editor.services.refEntry', { group: nameOf(draft.groups, r.index) }) + share;
      case 'stayDays':
        return t('editor.services.refStay', { group: nameOf(draft.groups, r.index) });
      case 'next':
        return t('editor.services.refNext', { service: nameOf(draft.services, r.index) }) + share;
      case 'initialState':
        return t('editor.services.refInitial');
    }
  };
  return (
    <div className="confirm" role="alertdialog" aria-labelledby={`remove-service-${index}`}>
      <p id={`remove-service-${index}`}>
        <strong>{refs.length > 0 ? t('editor.services.removeReferenced', { name }) : t('editor.services.removeQuestion', { name })}</strong>
      </p>
      {refs.length > 0 && (
        <>
          <ul>{refs.map((r, i) => <li key={i}>{describe(r)}</li>)}</ul>
          <p>{t('editor.services.removeConsequence')}</p>
        </>
      )}
      <div className="button-row">
        <button type="button" className="danger" onClick={() => (replace((d) => removeService(d, index)), onDone())}>
          {refs.length > 0 ? t('editor.services.removeAnyway') : t('editor.remove')}
        </button>
        <button type="button" ref={cancel} onClick={onDone}>{t('editor.cancel')}</button>
      </div>
    </div>
  );
}
