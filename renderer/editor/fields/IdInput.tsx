import { useState } from 'react';
import type { EditPath } from '../../app/edit-path';
import { useEdit } from './useEdit';
import { useField } from './useField';

/**
 * An id, committed on blur or Enter (not per keystroke), because other fields refer to it:
 * `commit` may rename those references in the same undo step.
 */
export function IdInput({ path, ariaLabel, commit }: { path: EditPath; ariaLabel: string; commit?: (id: string) => void }) {
  const field = useField(path);
  const { set } = useEdit();
  const stored = typeof field.value === 'string' ? field.value : field.value === undefined ? '' : JSON.stringify(field.value);
  const [text, setText] = useState<string | null>(null);
  const done = (): void => {
    if (text !== null && text !== stored) (commit ? commit(text) : set(path, text));
    setText(null);
  };
  return (
    <input
      id={field.id === '' ? undefined : `${field.id}`}
      name={field.id}
      className="id-input"
      type="text"
      autoComplete="off"
      spellCheck={false}
      value={text ?? stored}
      aria-label={ariaLabel}
      aria-invalid={field.invalid || undefined}
      aria-describedby={field.describedBy}
      onFocus={() => setText(stored)}
      onChange={(e) => setText(e.target.value)}
      onBlur={done}
      onKeyDown={(e) => {
        if (e.key === 'Enter') done();
        if (e.key === 'Escape') setText(null);
      }}
    />
  );
}
