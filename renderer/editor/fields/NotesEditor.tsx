import { useState } from 'react';
import type { EditPath } from '../../app/edit-path';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldIssues } from './FieldIssues';
import { TextInput } from './TextInput';
import { useEdit } from './useEdit';
import { useField } from './useField';

type Notes = Record<string, unknown>;

/** Free-text notes keyed by field (sources and assumptions): add, rename, edit, remove. */
export function NotesEditor({ path, title }: { path: EditPath; title: string }) {
  const { t } = useI18n();
  const field = useField(path);
  const { set } = useEdit();
  const notes: Notes = field.value !== null && typeof field.value === 'object' && !Array.isArray(field.value) ? (field.value as Notes) : {};
  const keys = Object.keys(notes);
  const rename = (from: string, to: string): void => {
    if (to === from || to === '' || Object.hasOwn(notes, to)) return;
    set(path, Object.fromEntries(Object.entries(notes).map(([k, v]) => [k === from ? to : k, v])));
  };
  const add = (): void => {
    let n = keys.length + 1;
    while (Object.hasOwn(notes, `note${n}`)) n++;
    set(path, { ...notes, [`note${n}`]: '' });
  };
  const remove = (key: string): void => {
    const rest = Object.fromEntries(Object.entries(notes).filter(([k]) => k !== key));
    set(path, Object.keys(rest).length > 0 ? rest : undefined);
  };
  return (
    <div className="notes-editor">
      <h4>{title}</h4>
      <FieldIssues id={field.id} issues={field.issues} />
      {keys.length === 0 && <p className="muted">{t('editor.notes.none')}</p>}
      {keys.length > 0 && (
        <table className="edit-table notes-table">
          <thead>
            <tr>
              <th scope="col">{t('editor.notes.field')}</th>
              <th scope="col">{t('editor.notes.text')}</th>
              <th scope="col"><span className="visually-hidden">{t('editor.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k}>
                <td>
                  <NoteKey value={k} label={t('editor.notes.fieldOf', { key: k })} onCommit={(to) => rename(k, to)} />
                </td>
                <td>
                  <TextInput path={[...path, k]} ariaLabel={t('editor.notes.textOf', { key: k })} multiline size="l" />
                </td>
                <td>
                  <button type="button" className="link-button danger-text" onClick={() => remove(k)} aria-label={t('editor.notes.removeOf', { key: k })}>
                    {t('editor.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={add}>{t('editor.notes.add')}</button>
    </div>
  );
}

/** A note's key, renamed on blur or Enter. */
function NoteKey({ value, label, onCommit }: { value: string; label: string; onCommit: (to: string) => void }) {
  const [text, setText] = useState<string | null>(null);
  const done = (): void => {
    if (text !== null) onCommit(text.trim());
    setText(null);
  };
  return (
    <input
      type="text"
      className="text-m"
      value={text ?? value}
      aria-label={label}
      onChange={(e) => setText(e.target.value)}
      onBlur={done}
      onKeyDown={(e) => e.key === 'Enter' && done()}
    />
  );
}
