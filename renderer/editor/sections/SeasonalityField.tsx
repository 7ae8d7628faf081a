import { useI18n } from '../../i18n/I18nProvider';
import { FieldIssues } from '../fields/FieldIssues';
import { NumberInput } from '../fields/NumberInput';
import { Toggle } from '../fields/Toggle';
import { useEdit } from '../fields/useEdit';
import { useField } from '../fields/useField';

const MONTHS = Array.from({ length: 12 }, (_, m) => m);

/** 12 monthly factors (mean 1) with their mean shown, or none (a flat referral rate). */
export function SeasonalityField() {
  const { t, fmt, lang } = useI18n();
  const field = useField(['referrals', 'seasonality']);
  const { set } = useEdit();
  const factors = Array.isArray(field.value) ? (field.value as unknown[]) : null;
  const numbers = factors?.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)) ?? [];
  const mean = factors && numbers.length === 12 ? numbers.reduce((a, b) => a + b, 0) / 12 : null;
  const month = new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { month: 'short', timeZone: 'UTC' });
  return (
    <fieldset className="field seasonality" aria-describedby={field.describedBy}>
      <legend>{t('editor.referrals.seasonality')}</legend>
      <Toggle
        id="referrals.seasonality.none"
        label={t('editor.referrals.seasonalityNone')}
        checked={factors === null}
        onChange={(none) => set(['referrals', 'seasonality'], none ? null : Array(12).fill(1))}
      />
      {factors && (
        <>
          <div className="months">
            {MONTHS.map((m) => (
              <label key={m} className="month">
                <span>{month.format(new Date(Date.UTC(2021, m, 1)))}</span>
                <NumberInput path={["referrals", "seasonality", m]} size="xs" ariaLabel={t("editor.referrals.monthFactor", { month: month.format(new Date(Date.UTC(2021, m, 1))) })} />
                <span className="unit">×</span>
              </label>
            ))}
          </div>
          <p className={mean !== null && Math.abs(mean - 1) > 1e-6 ? 'warn-text' : 'hint'}>
            {t('editor.referrals.seasonalityMean', { mean: mean === null ? '–' : fmt.number(mean, 3) })}{' '}
            {mean !== null && mean > 0 && Math.abs(mean - 1) > 1e-6 && (
              <button type="button" onClick={() => set(['referrals', 'seasonality'], numbers.map((v) => Number((v / mean).toPrecision(12))))}>
                {t('editor.referrals.seasonalityScale')}
              </button>
            )}
          </p>
        </>
      )}
      <p className="hint">{t('editor.referrals.seasonalityHint')}</p>
      <FieldIssues id={field.id} issues={field.issues} />
      {MONTHS.map((m) => (
        <SeasonIssues key={m} month={m} />
      ))}
    </fieldset>
  );
}

function SeasonIssues({ month }: { month: number }) {
  const field = useField(['referrals', 'seasonality', month]);
  return <FieldIssues id={field.id} issues={field.issues} />;
}
