import { valueAt, type Scenario } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import type { DimensionDraft } from '../model/draft';
import { fieldKind } from '../model/fields';
import { formatPathValue, pathLabel } from '../model/labels';
import { defaultRange } from '../model/sweep-defaults';
import { dimensionValues } from '../model/sweep-values';
import { NumberBox } from './NumberBox';
import { PathSelect } from './PathSelect';

interface Props {
  id: string;
  /** "Field", or "Second field" for `by`. */
  legend: string;
  baseline: Scenario;
  dim: DimensionDraft;
  onChange(dim: DimensionDraft): void;
}

/** Shows at most ten values, eliding the middle. */
function preview(values: readonly string[]): string {
  return values.length <= 10 ? values.join(', ') : [...values.slice(0, 4), '…', ...values.slice(-3)].join(', ');
}

/** One dimension of a sweep: the field, an optional name, and its values as a range or a list. */
export function DimensionEditor({ id, legend, baseline, dim, onChange }: Props) {
  const text = useI18n();
  const { t, lang, fmt } = text;
  const kind = fieldKind(dim.path);
  const percent = kind === 'share';
  const values = dimensionValues(dim, lang);
  const base = valueAt(baseline, dim.path);
  const setPath = (path: string) => {
    const range = defaultRange(valueAt(baseline, path), fieldKind(path));
    onChange({ ...dim, path, name: '', ...range });
  };
  return (
    <fieldset className="dimension">
      <legend>{legend}</legend>
      <div className="dimension-row">
        <PathSelect id={`${id}-path`} label={t('study.sweep.field')} baseline={baseline} value={dim.path} onChange={setPath} />
        <span className="card-field">
          <label htmlFor={`${id}-name`}>{t('study.sweep.name')}</label>
          <input id={`${id}-name`} className="text-s" value={dim.name} placeholder={pathLabel(dim.path, baseline, text)} onChange={(e) => onChange({ ...dim, name: e.target.value })} />
        </span>
        <span className="muted">{t('study.sweep.baselineValue', { value: formatPathValue(dim.path, base, text) })}</span>
      </div>
      <div className="dimension-row">
        <span role="radiogroup" aria-label={t('study.sweep.valuesAs')} className="mode-switch">
          {(['range', 'list'] as const).map((m) => (
            <label key={m} className="toggle">
              <input type="radio" name={`${id}-mode`} checked={dim.mode === m} onChange={() => onChange({ ...dim, mode: m })} />
              {t(`study.sweep.mode.${m}`)}
            </label>
          ))}
        </span>
        {dim.mode === 'range' ? (
          <>
            <NumberBox id={`${id}-from`} label={t('study.sweep.from')} value={dim.from} percent={percent} onChange={(from) => onChange({ ...dim, from })} />
            <NumberBox id={`${id}-to`} label={t('study.sweep.to')} value={dim.to} percent={percent} onChange={(to) => onChange({ ...dim, to })} />
            <NumberBox id={`${id}-step`} label={t('study.sweep.step')} value={dim.step} percent={percent} onChange={(step) => onChange({ ...dim, step })} />
          </>
        ) : (
          <span className="card-field">
            <label htmlFor={`${id}-list`}>{t('study.sweep.list')}</label>
            <input id={`${id}-list`} className="text-m" value={dim.list} placeholder={lang === 'nb' ? '60; 70; 80' : '60, 70, 80'} onChange={(e) => onChange({ ...dim, list: e.target.value })} />
          </span>
        )}
      </div>
      <p className={values.ok ? 'muted values-preview' : 'error-text values-preview'} aria-live="polite">
        {values.ok
          ? t('study.sweep.values', { count: fmt.number(values.values.length, 0), values: preview(values.values.map((v) => formatPathValue(dim.path, v, text))) })
          : t(`study.sweep.problem.${values.problem}`, { bad: values.bad ?? '' })}
      </p>
    </fieldset>
  );
}
