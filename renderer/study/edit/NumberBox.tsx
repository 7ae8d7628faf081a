import { useState } from 'react';
import { formatNumberInput, parseNumberText, type Parsed } from '../../editor/model/numbers';
import { useI18n } from '../../i18n/I18nProvider';

/** A small number input with a visible label, in the planner's locale (`percent`: a share typed as %). */
export function NumberBox({ id, label, value, percent = false, invalid, onChange }: { id: string; label: string; value: Parsed; percent?: boolean; invalid?: boolean; onChange(v: Parsed): void }) {
  const { lang } = useI18n();
  const [text, setText] = useState<string | null>(null);
  return (
    <span className="number-box">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="num num-xs"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text ?? formatNumberInput(value, lang, percent)}
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseNumberText(e.target.value, lang, percent));
        }}
        onBlur={() => setText(null)}
      />
    </span>
  );
}
