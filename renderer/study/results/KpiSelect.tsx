import type { Scenario } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { KPI_KEYS } from '../../results/kpis';
import { metricLabel } from '../../results/metric-label';
import { useStudyStore } from '../StudyStore';

/** Which key figure the study's charts show. */
export function KpiSelect({ scenario }: { scenario: Scenario }) {
  const text = useI18n();
  const { state, dispatch } = useStudyStore();
  return (
    <label className="series-select kpi-select">
      <span>{text.t('study.results.kpi')}</span>
      <select value={state.kpi} onChange={(e) => dispatch({ type: 'kpi', kpi: e.target.value })}>
        {KPI_KEYS.map((k) => (
          <option key={k} value={k}>{metricLabel(k, scenario, text)}</option>
        ))}
      </select>
    </label>
  );
}
