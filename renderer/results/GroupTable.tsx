import { GROUP_METRIC_NAMES, type RunResult } from '../../sim';
import { metricsCsv } from '../export/metrics-csv';
import { useI18n } from '../i18n/I18nProvider';
import { CsvButton } from './CsvButton';
import { elementName, metricLabel } from './metric-label';
import { SummaryCell } from './SummaryCell';

/** Per patient group: its share and deadline, then mean wait, deadline breaches and first starts per year with CIs. */
export function GroupTable({ result }: { result: RunResult }) {
  const text = useI18n();
  const { t, fmt } = text;
  const { scenario, metrics } = result;
  const title = t('results.heading.groups');
  const keys = scenario.groups.flatMap((g) => GROUP_METRIC_NAMES.map((n) => `groups.${g.id}.${n}`));
  return (
    <section className="results-section" aria-labelledby="results-groups">
      <div className="section-head">
        <h3 id="results-groups">{title}</h3>
        <CsvButton table={title} scenarioName={scenario.name} fileWhat="groups" csv={() => metricsCsv(result, keys, (k) => metricLabel(k, scenario, text))} />
      </div>
      <div className="table-scroll">
        <table className="results-table">
          <thead>
            <tr>
              <th scope="col">{t('results.col.group')}</th>
              <th scope="col" className="num">{t('results.col.groupShare')}</th>
              <th scope="col" className="num">{t('results.col.deadline')}</th>
              <th scope="col" className="num">{t('results.col.groupWait')}</th>
              <th scope="col" className="num">{t('results.col.breaches')}</th>
              <th scope="col" className="num">{t('results.col.firstStarts')}</th>
            </tr>
          </thead>
          <tbody>
            {scenario.groups.map((g) => {
              const m = (name: string) => metrics[`groups.${g.id}.${name}`];
              return (
                <tr key={g.id}>
                  <th scope="row">{elementName(scenario.groups, g.id)}</th>
                  <td className="num">{t('results.unit.share', { value: fmt.number(g.share * 100, 0) })}</td>
                  <td className="num">{fmt.number(g.deadlineDays, Number.isInteger(g.deadlineDays) ? 0 : 1)}</td>
                  <SummaryCell summary={m('meanWaitDays')} unit="days" />
                  <SummaryCell summary={m('deadlineBreachShare')} unit="share" />
                  <SummaryCell summary={m('firstStartsPerYear')} unit="perYear" />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
