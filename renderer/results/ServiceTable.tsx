import { capacityOf, SERVICE_METRIC_NAMES, type RunResult } from '../../sim';
import { metricsCsv } from '../export/metrics-csv';
import { useI18n } from '../i18n/I18nProvider';
import { CsvButton } from './CsvButton';
import { elementName, metricLabel } from './metric-label';
import { SummaryCell } from './SummaryCell';

/** Per service: capacity, mean wait on its list, occupancy, mean waiting list and starts per year, each with its CI. */
export function ServiceTable({ result }: { result: RunResult }) {
  const text = useI18n();
  const { t, fmt } = text;
  const { scenario, metrics } = result;
  const title = t('results.heading.services');
  const keys = scenario.services.flatMap((s) => SERVICE_METRIC_NAMES.map((n) => `services.${s.id}.${n}`));
  return (
    <section className="results-section" aria-labelledby="results-services">
      <div className="section-head">
        <h3 id="results-services">{title}</h3>
        <CsvButton table={title} scenarioName={scenario.name} fileWhat="services" csv={() => metricsCsv(result, keys, (k) => metricLabel(k, scenario, text))} />
      </div>
      <div className="table-scroll">
        <table className="results-table">
          <thead>
            <tr>
              <th scope="col">{t('results.col.service')}</th>
              <th scope="col">{t('results.col.kind')}</th>
              <th scope="col" className="num">{t('results.col.capacity')}</th>
              <th scope="col" className="num">{t('results.col.serviceWait')}</th>
              <th scope="col" className="num">{t('results.col.occupancy')}</th>
              <th scope="col" className="num">{t('results.col.waitingList')}</th>
              <th scope="col" className="num">{t('results.col.starts')}</th>
            </tr>
          </thead>
          <tbody>
            {scenario.services.map((s) => {
              const m = (name: string) => metrics[`services.${s.id}.${name}`];
              const capKey = s.kind === 'inpatient' ? 'results.capacity.beds' : 'results.capacity.slots';
              return (
                <tr key={s.id}>
                  <th scope="row">{elementName(scenario.services, s.id)}</th>
                  <td>{t(`results.kind.${s.kind}`)}</td>
                  <td className="num">{t(capKey, { count: fmt.number(capacityOf(s), 0) })}</td>
                  <SummaryCell summary={m('meanWaitDays')} unit="days" />
                  <SummaryCell summary={m('occupancy')} unit="share" />
                  <SummaryCell summary={m('meanWaitingList')} unit="patients" />
                  <SummaryCell summary={m('startsPerYear')} unit="perYear" />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
