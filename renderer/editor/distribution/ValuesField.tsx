import { useRef, useState } from 'react';
import type { EditPath } from '../../app/edit-path';
import { useI18n } from '../../i18n/I18nProvider';
import type { Lang } from '../../i18n/lang';
import { FieldIssues } from '../fields/FieldIssues';
import { nextEditSession, useEdit } from '../fields/useEdit';
import { useField } from '../fields/useField';
import { formatNumberInput, parseNumberText } from '../model/numbers';

/** Values separated by spaces, new lines or semicolons (and commas in English, where they are not decimals). */
export function parseValueList(text: string, lang: Lang): unknown[] {
  const sep = lang === 'nb' ? /[\s;]+/ : /[\s;,]+/;
  return text.split(sep).filter((s) => s !== '').map((s) => parseNumberText(s, lang) ?? s);
}

export function formatValueList(values: unknown, lang: Lang): string {
  if (!Array.isArray(values)) return '';
  return values.map((v) => (typeof v === 'number' ? formatNumberInput(v, lang) : String(v))).join(lang === 'nb' ? '; ' : ', ');
}

/** The observed values of an empirical distribution, typed as a list; non-numbers are kept for validation to report. */
export function ValuesField({ path }: { path: EditPath }) {
  const { t, lang } = useI18n();
  const field = useField(path, true);
  const { set } = useEdit();
  const [text, setText] = useState<string | null>(null);
  const session = useRef(0);
  return (
    <div className="field">
      <label htmlFor={field.id}>{t('editor.dist.param.values')}</label>
      <textarea
        id={field.id}
        name={field.id}
        rows={4}
        className="text-l"
        value={text ?? formatValueList(field.value, lang)}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        onFocus={() => (session.current = nextEditSession())}
        onChange={(e) => {
          setText(e.target.value);
          set(path, parseValueList(e.target.value, lang), session.current);
        }}
        onBlur={() => setText(null)}
      />
      <div className="hint">{t(lang === 'nb' ? 'editor.dist.valuesHintNb' : 'editor.dist.valuesHintEn')}</div>
      <FieldIssues id={field.id} issues={field.issues} />
    </div>
  );
}
