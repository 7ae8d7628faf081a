import type { RunResult } from '../../sim';
import { useI18n } from '../i18n/I18nProvider';
import { KpiCard } from './KpiCard';
import { KPI_KEYS } from './kpis';
import { metricLabel } from './metric-label';
import { metricUnit } from './metric-units';
import type { Comparison } from './useComparison';

/** The key figures as cards, with the comparison when there is one. */
export function KpiGrid({ result, comparison }: { result: RunResult; comparison: Comparison | null }) {
  const text = useI18n();
  return (
    <section className="results-section" aria-labelledby="results-kpis">
      <h3 id="results-kpis">{text.t('results.heading.kpis')}</h3>
      <p className="muted small">{text.t('results.kpiNote')}</p>
      <div className="kpi-grid">
        {KPI_KEYS.map((key) => (
          <KpiCard
            key={key}
            label={metricLabel(key, result.scenario, text)}
            summary={result.metrics[key]}
            unit={metricUnit(key)}
            comparison={comparison?.metrics[key] ?? null}
          />
        ))}
      </div>
    </section>
  );
}
