import type { EditPath } from '../../app/edit-path';
import { FieldIssues } from './FieldIssues';
import { TextInput } from './TextInput';
import { useField } from './useField';

/** A labelled text field with its validation messages. */
export function TextField({ path, label, multiline, optional, size }: { path: EditPath; label: string; multiline?: boolean; optional?: boolean; size?: 's' | 'm' | 'l' }) {
  const field = useField(path);
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <div className="field-control">
        <TextInput path={path} multiline={multiline} optional={optional} size={size} />
      </div>
      <FieldIssues id={field.id} issues={field.issues} />
    </div>
  );
}
