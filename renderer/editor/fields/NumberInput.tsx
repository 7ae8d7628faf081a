import { useRef, useState } from 'react';
import type { EditPath } from '../../app/edit-path';
import { useI18n } from '../../i18n/I18nProvider';
import { formatNumberInput, parseNumberText } from '../model/numbers';
import { nextEditSession, useEdit } from './useEdit';
import { useField } from './useField';

export interface NumberInputProps {
  path: EditPath;
  /** Edit a share in [0, 1] as a percentage. */
  percent?: boolean;
  /** Stored when the input is emptied: undefined removes the field, null means "none". */
  emptyValue?: null;
  /** For inputs without a visible <label> (table cells). */
  ariaLabel?: string;
  placeholder?: string;
  disabled?: boolean;
  size?: 'xs' | 's' | 'm';
}

/**
 * A number typed in the user's locale. What is typed stays while the field has focus; a text
 * that is not a number is stored as typed, so validation reports it beside the field.
 */
export function NumberInput({ path, percent = false, emptyValue, ariaLabel, placeholder, disabled, size = 's' }: NumberInputProps) {
  const { lang } = useI18n();
  const field = useField(path);
  const { set } = useEdit();
  const [text, setText] = useState<string | null>(null);
  const session = useRef(0);
  const parse = (s: string): unknown => parseNumberText(s, lang, percent) ?? emptyValue;
  const shown = text !== null && Object.is(parse(text), field.value) ? text : formatNumberInput(field.value, lang, percent);
  return (
    <input
      id={field.id}
      name={field.id}
      className={`num num-${size}`}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      value={shown}
      placeholder={placeholder}
      disabled={disabled}
      aria-label={ariaLabel}
      aria-invalid={field.invalid || undefined}
      aria-describedby={field.describedBy}
      onFocus={() => (session.current = nextEditSession())}
      onChange={(e) => {
        setText(e.target.value);
        set(path, parse(e.target.value), session.current);
      }}
      onBlur={() => setText(null)}
    />
  );
}
