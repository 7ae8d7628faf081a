import { memo } from 'react';
import type { Summary } from '../../sim';
import { useI18n } from '../i18n/I18nProvider';
import { formatCi, formatDifferenceValue, formatNumber, formatValue, unitAffixes } from './format-metric';
import type { MetricUnit } from './metric-units';
import { ValueLines } from './ValueLines';
import { VerdictBadge } from './VerdictBadge';
import type { MetricComparison } from './verdict';

interface Props {
  label: string;
  summary: Summary | undefined;
  unit: MetricUnit;
  /** Present when a baseline is pinned and this is a later run. */
  comparison: MetricComparison | null;
}

/** One key figure: mean and 95 % CI; with a baseline also its value, the difference and a verdict. */
export const KpiCard = memo(function KpiCard({ label, summary, unit, comparison }: Props) {
  const text = useI18n();
  const { t } = text;
  const ci = summary ? formatCi(summary.ci95, unit, text) : null;
  const [before, after] = unitAffixes(unit, text);
  const has = summary?.mean !== null && summary?.mean !== undefined;
  return (
    <article className="kpi-card">
      <h4>{label}</h4>
      <p className="kpi-value">
        {has ? (
          <>
            {before && <span className="kpi-unit">{before}</span>}
            <span className="kpi-number">{formatNumber(summary.mean, unit, text)}</span>
            {after && <span className="kpi-unit">{after}</span>}
          </>
        ) : (
          formatValue(null, unit, text)
        )}
      </p>
      <p className="kpi-ci">{ci ?? (summary && summary.n === 1 ? t('results.noCi') : t('results.noData'))}</p>
      {comparison && (
        <>
          <dl className="kpi-compare">
            <dt>{t('results.kpi.baseline')}</dt>
            <dd>
              <ValueLines value={formatValue(comparison.baseline.mean, unit, text)} ci={formatCi(comparison.baseline.ci95, unit, text)} />
            </dd>
            <dt>{t('results.kpi.difference')}</dt>
            <dd>
              <ValueLines value={formatDifferenceValue(comparison.difference.mean, unit, text)} ci={formatCi(comparison.difference.ci95, unit, text, true)} />
            </dd>
          </dl>
          <VerdictBadge comparison={comparison} />
        </>
      )}
    </article>
  );
});
