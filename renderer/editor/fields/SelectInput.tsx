import type { EditPath } from '../../app/edit-path';
import { useI18n } from '../../i18n/I18nProvider';
import { useEdit } from './useEdit';
import { useField } from './useField';

export interface Option {
  value: string;
  label: string;
}

/**
 * A select bound to a draft field. A value that is not among the options (a typo in a file)
 * is shown as it is, so validation's message about it makes sense; each change is one undo step.
 */
export function SelectInput({ path, options, ariaLabel, onSelect }: { path: EditPath; options: readonly Option[]; ariaLabel?: string; onSelect?: (value: string) => void }) {
  const { t } = useI18n();
  const field = useField(path);
  const { set } = useEdit();
  const current = typeof field.value === 'string' ? field.value : '';
  const known = options.some((o) => o.value === current);
  return (
    <select
      id={field.id}
      name={field.id}
      value={current}
      aria-label={ariaLabel}
      aria-invalid={field.invalid || undefined}
      aria-describedby={field.describedBy}
      onChange={(e) => (onSelect ? onSelect(e.target.value) : set(path, e.target.value))}
    >
      {!known && <option value={current}>{current === '' ? t('editor.choose') : current}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>{o.label}</option>
      ))}
    </select>
  );
}
