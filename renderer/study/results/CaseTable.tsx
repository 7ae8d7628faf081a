import { caseRows, type StudyResult } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { formatCi, formatDifferenceValue, formatValue } from '../../results/format-metric';
import { KPI_KEYS } from '../../results/kpis';
import { metricLabel } from '../../results/metric-label';
import { metricUnit } from '../../results/metric-units';
import { VerdictBadge } from '../../results/VerdictBadge';
import { changesText } from '../../report/study-tables';

/**
 * Key figures (rows) of the baseline and every variant (columns): each variant's value, its
 * paired difference from the baseline with the 95 % CI, and the verdict in words.
 */
export function CaseTable({ result }: { result: StudyResult }) {
  const text = useI18n();
  const { t } = text;
  const rows = caseRows(result, KPI_KEYS);
  const [base, ...variants] = rows;
  const s = result.baseline.scenario;
  return (
    <section className="results-section" aria-labelledby="study-table-title">
      <h3 id="study-table-title">{t('study.table.title')}</h3>
      <p className="muted">{t('study.table.note')}</p>
      <div className="table-scroll">
        <table className="results-table compare-table case-table" data-testid="case-table">
          <thead>
            <tr>
              <th scope="col">{t('results.col.metric')}</th>
              <th scope="col" className="num">{t('results.col.baseline')}</th>
              {variants.map((v) => (
                <th key={v.name} scope="col" className="num">
                  <span className="cell-value">{v.name}</span>
                  <span className="cell-ci case-changes">{changesText(result, v.changes, text)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {KPI_KEYS.filter((k) => base!.kpis[k]?.mean !== undefined).map((k) => {
              const unit = metricUnit(k);
              const b = base!.kpis[k]!;
              return (
                <tr key={k}>
                  <th scope="row">{metricLabel(k, s, text)}</th>
                  <td className="num">
                    <span className="cell-value">{formatValue(b.mean, unit, text)}</span>
                    <span className="cell-ci">{formatCi(b.ci95, unit, text)}</span>
                  </td>
                  {variants.map((v) => {
                    const c = v.kpis[k]!;
                    const d = c.comparison?.difference;
                    return (
                      <td key={v.name} className="num">
                        <span className="cell-value">{formatValue(c.mean, unit, text)}</span>
                        <span className="cell-diff">{t('study.table.diff', { diff: formatDifferenceValue(d?.mean, unit, text) })}</span>
                        <span className="cell-ci">{formatCi(d?.ci95 ?? null, unit, text, true)}</span>
                        {c.comparison && <VerdictBadge comparison={c.comparison} />}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
