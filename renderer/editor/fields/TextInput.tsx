import { useRef } from 'react';
import type { EditPath } from '../../app/edit-path';
import { nextEditSession, useEdit } from './useEdit';
import { useField } from './useField';

/** A text input (or textarea) bound to a draft field; emptying an optional field removes it. */
export function TextInput({ path, ariaLabel, multiline, optional, size = 'm' }: { path: EditPath; ariaLabel?: string; multiline?: boolean; optional?: boolean; size?: 's' | 'm' | 'l' }) {
  const field = useField(path);
  const { set } = useEdit();
  const session = useRef(0);
  const common = {
    id: field.id,
    name: field.id,
    value: typeof field.value === 'string' ? field.value : field.value === undefined || field.value === null ? '' : JSON.stringify(field.value),
    'aria-label': ariaLabel,
    'aria-invalid': field.invalid || undefined,
    'aria-describedby': field.describedBy,
    onFocus: () => (session.current = nextEditSession()),
    onChange: (e: { target: { value: string } }) => set(path, e.target.value === '' && optional ? undefined : e.target.value, session.current),
  };
  return multiline ? <textarea {...common} rows={3} className={`text-${size}`} /> : <input {...common} type="text" className={`text-${size}`} autoComplete="off" />;
}
