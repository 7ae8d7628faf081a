import type { RunResult } from '../../sim';
import { metricsCsv } from '../export/metrics-csv';
import { useI18n } from '../i18n/I18nProvider';
import { CsvButton } from './CsvButton';
import { formatNumber, formatRange, formatValue } from './format-metric';
import { metricLabel } from './metric-label';
import { metricUnit } from './metric-units';

/** Every metric of the run (run-level, per service, per group) in an expandable table. */
export function AllMetricsTable({ result }: { result: RunResult }) {
  const text = useI18n();
  const { t } = text;
  const keys = Object.keys(result.metrics);
  const title = t('results.heading.allMetrics');
  const label = (k: string) => metricLabel(k, result.scenario, text);
  return (
    <section className="results-section" aria-labelledby="results-all">
      <div className="section-head">
        <h3 id="results-all">{title}</h3>
        <CsvButton table={title} scenarioName={result.scenario.name} fileWhat="all-metrics" csv={() => metricsCsv(result, keys, label)} />
      </div>
      <details className="all-metrics">
        <summary>{t('results.allMetrics.summary', { count: keys.length })}</summary>
        <div className="table-scroll">
          <table className="results-table">
            <thead>
              <tr>
                <th scope="col">{t('results.col.metric')}</th>
                <th scope="col" className="num">{t('results.col.mean')}</th>
                <th scope="col" className="num">{t('results.col.ci')}</th>
                <th scope="col" className="num">{t('results.col.sd')}</th>
                <th scope="col" className="num">{t('results.col.n')}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => {
                const s = result.metrics[key]!;
                const unit = metricUnit(key);
                const ci = formatRange(s.ci95, unit, text) ?? '–';
                return (
                  <tr key={key}>
                    <th scope="row" title={key}>{label(key)}</th>
                    <td className="num">{formatValue(s.mean, unit, text)}</td>
                    <td className="num">{ci}</td>
                    <td className="num">{formatNumber(s.sd, unit, text)}</td>
                    <td className="num">{s.n}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
