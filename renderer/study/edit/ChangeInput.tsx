import { useState } from 'react';
import { formatNumberInput } from '../../editor/model/numbers';
import { useI18n } from '../../i18n/I18nProvider';
import { parseChangeText } from '../model/change-text';
import type { FieldKind } from '../model/fields';

interface Props {
  id: string;
  /** The variant's value (the baseline's when unchanged). */
  value: unknown;
  base: unknown;
  kind: FieldKind;
  nullable: boolean;
  label: string;
  describedBy?: string;
  invalid?: boolean;
  onChange(value: unknown): void;
}

/**
 * A variant's value of one field, typed in the planner's locale (shares as %); "−15 %" or
 * "+20 %" changes it from the baseline. What is typed stays while the field has focus.
 */
export function ChangeInput({ id, value, base, kind, nullable, label, describedBy, invalid, onChange }: Props) {
  const { lang, t } = useI18n();
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? formatNumberInput(value, lang, kind === 'share');
  return (
    <input
      id={id}
      className="num num-s"
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      value={shown}
      placeholder={value === null ? t('study.value.none') : undefined}
      aria-label={label}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseChangeText(e.target.value, lang, kind, base, nullable));
      }}
      onBlur={() => setText(null)}
    />
  );
}
