import type { EditPath } from '../../app/edit-path';
import { FieldIssues } from './FieldIssues';
import { SelectInput, type Option } from './SelectInput';
import { useField } from './useField';

/** A labelled select with its validation messages. */
export function SelectField({ path, label, options, hint, onSelect }: { path: EditPath; label: string; options: readonly Option[]; hint?: string; onSelect?: (value: string) => void }) {
  const field = useField(path);
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <div className="field-control">
        <SelectInput path={path} options={options} onSelect={onSelect} />
      </div>
      {hint && <div className="hint">{hint}</div>}
      <FieldIssues id={field.id} issues={field.issues} />
    </div>
  );
}
