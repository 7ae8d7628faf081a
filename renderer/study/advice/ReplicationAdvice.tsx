import { memo } from 'react';
import type { ReplicationAdviceRow, RunResult } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { formatValue } from '../../results/format-metric';
import { metricLabel } from '../../results/metric-label';
import { metricUnit } from '../../results/metric-units';
import { percentText } from '../model/labels';
import { adviceVerdict } from './advice-text';

/** Per key KPI: the CI half-width, as a share of the mean, whether it is within the precision, and the replications advised. Memoised: `rows` change only with the run or the precision. */
export const ReplicationAdvice = memo(function ReplicationAdvice({ run, rows }: { run: RunResult; rows: readonly ReplicationAdviceRow[] }) {
  const text = useI18n();
  const { t, fmt } = text;
  return (
    <div className="table-scroll">
      <table className="results-table advice-table">
        <thead>
          <tr>
            <th scope="col">{t('results.col.metric')}</th>
            <th scope="col" className="num">{t('advice.col.mean')}</th>
            <th scope="col" className="num">{t('advice.col.halfWidth')}</th>
            <th scope="col" className="num">{t('advice.col.relative')}</th>
            <th scope="col">{t('advice.col.met', { target: percentText(rows[0]?.target ?? 0.05, 0, text) })}</th>
            <th scope="col" className="num">{t('advice.col.run')}</th>
            <th scope="col" className="num">{t('advice.col.advised')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const unit = metricUnit(r.key);
            const v = adviceVerdict(r, text);
            return (
              <tr key={r.key}>
                <th scope="row">{metricLabel(r.key, run.scenario, text)}</th>
                <td className="num">{formatValue(r.mean, unit, text)}</td>
                <td className="num">{r.halfWidth === null ? '–' : `± ${formatValue(r.halfWidth, unit, text)}`}</td>
                <td className="num">{r.relativeHalfWidth === null ? '–' : `± ${percentText(r.relativeHalfWidth, 1, text)}`}</td>
                <td className={`advice-met advice-${v.tone}`}>
                  <span aria-hidden="true">{v.symbol} </span>
                  {v.text}
                </td>
                <td className="num">{fmt.number(r.n, 0)}</td>
                <td className="num">{r.advised === null ? '–' : fmt.number(r.advised, 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
