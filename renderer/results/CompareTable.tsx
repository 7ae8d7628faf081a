import { METRIC_KEYS, type RunResult } from '../../sim';
import { compareCsv } from '../export/compare-csv';
import { useI18n } from '../i18n/I18nProvider';
import { CsvButton } from './CsvButton';
import { formatCi, formatDifferenceValue, formatValue } from './format-metric';
import { metricLabel } from './metric-label';
import { metricUnit } from './metric-units';
import { ValueLines } from './ValueLines';
import type { Comparison } from './useComparison';
import { VerdictBadge } from './VerdictBadge';

/** Every run-level metric: baseline, this run, the difference with its 95 % CI and the verdict. */
export function CompareTable({ result, comparison }: { result: RunResult; comparison: Comparison }) {
  const text = useI18n();
  const { t } = text;
  const keys = METRIC_KEYS.filter((k) => comparison.metrics[k]);
  const title = t('results.heading.compare');
  const label = (k: string) => metricLabel(k, result.scenario, text);
  return (
    <section className="results-section" aria-labelledby="results-compare">
      <div className="section-head">
        <h3 id="results-compare">{title}</h3>
        <CsvButton table={title} scenarioName={result.scenario.name} fileWhat="compared-with-baseline" csv={() => compareCsv(comparison.metrics, keys, label)} />
      </div>
      <div className="table-scroll">
        <table className="results-table compare-table">
          <thead>
            <tr>
              <th scope="col">{t('results.col.metric')}</th>
              <th scope="col" className="num">{t('results.col.baseline')}</th>
              <th scope="col" className="num">{t('results.col.thisRun')}</th>
              <th scope="col" className="num">{t('results.col.difference')}</th>
              <th scope="col">{t('results.col.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => {
              const c = comparison.metrics[key]!;
              const unit = metricUnit(key);
              return (
                <tr key={key}>
                  <th scope="row">{label(key)}</th>
                  <td className="num"><ValueLines value={formatValue(c.baseline.mean, unit, text)} ci={formatCi(c.baseline.ci95, unit, text)} /></td>
                  <td className="num"><ValueLines value={formatValue(c.variant.mean, unit, text)} ci={formatCi(c.variant.ci95, unit, text)} /></td>
                  <td className="num"><ValueLines value={formatDifferenceValue(c.difference.mean, unit, text)} ci={formatCi(c.difference.ci95, unit, text, true)} /></td>
                  <td><VerdictBadge comparison={c} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
