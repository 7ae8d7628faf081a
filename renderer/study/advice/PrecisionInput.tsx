import { useId, useState } from 'react';
import { formatNumberInput, parseNumberText } from '../../editor/model/numbers';
import { useI18n } from '../../i18n/I18nProvider';
import { useStudyStore } from '../StudyStore';

/** The precision the run-count advice asks for, typed as ± % of the mean (kept between 0 and 100 %). */
export function PrecisionInput() {
  const { t, lang } = useI18n();
  const { state, dispatch } = useStudyStore();
  const [text, setText] = useState<string | null>(null);
  const id = useId();
  const shown = text ?? formatNumberInput(state.precision, lang, true);
  const parsed = text === null ? state.precision : parseNumberText(text, lang, true);
  const bad = !(typeof parsed === 'number' && parsed > 0 && parsed < 1);
  return (
    <div className="precision-input">
      <label htmlFor={id}>{t('advice.precision')}</label>
      <span className="field-control">
        ±
        <input
          id={id}
          className="num num-xs"
          type="text"
          inputMode="decimal"
          value={shown}
          aria-invalid={bad || undefined}
          aria-describedby={bad ? `${id}-error` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            const p = parseNumberText(e.target.value, lang, true);
            if (typeof p === 'number' && p > 0 && p < 1) dispatch({ type: 'precision', precision: p });
          }}
          onBlur={() => setText(null)}
        />
        <span className="unit">{t('advice.precisionUnit')}</span>
      </span>
      {bad && <span id={`${id}-error`} className="error-text">{t('advice.precisionInvalid')}</span>}
    </div>
  );
}
