import { useI18n } from '../i18n/I18nProvider';
import { verdictView, type MetricComparison } from './verdict';

/** The verdict in plain words with a symbol, so it does not depend on colour. */
export function VerdictBadge({ comparison }: { comparison: Pick<MetricComparison, 'verdict' | 'change'> }) {
  const { t } = useI18n();
  const v = verdictView(comparison);
  return (
    <p className={`verdict verdict-${v.tone}`} title={v.tone === 'neutral' ? t('results.verdict.neutralHint') : undefined}>
      <span aria-hidden="true">{v.symbol} </span>
      {t(v.key)}
    </p>
  );
}
