import { useMemo, useState } from 'react';
import { capacityCurve, capacitySweepValues, compareStaticWithRun, DEFAULT_TARGET_UTILISATION, staticEstimate, type RunResult, type StaticEstimate } from '../../sim';
import { useI18n } from '../i18n/I18nProvider';
import { ChartCard } from '../results/ChartCard';
import { formatCi, formatNumber, formatRange } from '../results/format-metric';
import { SummaryCell } from '../results/SummaryCell';
import { CapacityChart } from './CapacityChart';
import { GuideButton } from './Guide';
import { useCapacitySweep } from './useCapacitySweep';
import './static.css';

const TARGET_KEY = 'kapasim.staticTarget';

/** The chart's KPIs: the service's own list wait, or a run-level figure. */
const KPIS = ['service', 'meanWaitDays', 'p90WaitDays', 'deadlineBreachShare', 'renegedShare'] as const;
type Kpi = (typeof KPIS)[number];
const KPI_LABEL = {
  service: 'static.kpi.serviceWait',
  meanWaitDays: 'static.kpi.meanWait',
  p90WaitDays: 'static.kpi.p90Wait',
  deadlineBreachShare: 'static.kpi.breaches',
  renegedShare: 'static.kpi.reneged',
} as const;

function savedTarget(): number {
  const v = Number(globalThis.localStorage?.getItem(TARGET_KEY));
  return v >= 1 && v <= 100 ? v : DEFAULT_TARGET_UTILISATION * 100;
}

/**
 * The Results tab's static estimate panel: per service the capacity, the static (national
 * projection model) estimate at a target utilisation and what the simulation shows at the
 * scenario's capacity; and, on request, a sweep of one service's capacity drawn as capacity
 * against wait with the static estimate and the scenario's capacity marked.
 */
export function StaticPanel({ result }: { result: RunResult }) {
  const text = useI18n();
  const { t, fmt } = text;
  const [percent, setPercent] = useState<number>(savedTarget);
  const [typed, setTyped] = useState<string | null>(null);
  const target = percent / 100;
  const estimate = useMemo(() => staticEstimate(result.scenario, { target }), [result, target]);
  const cmp = useMemo(() => compareStaticWithRun(estimate, result), [estimate, result]);
  const sweep = useCapacitySweep(result);
  const targetText = t('results.unit.share', { value: fmt.number(percent, percent % 1 === 0 ? 0 : 1) });
  const busy = sweep.state.status === 'running';
  const pct = (x: number | null | undefined, digits = 0) => (typeof x === 'number' && Number.isFinite(x) ? t('results.unit.share', { value: fmt.number(x * 100, digits) }) : '–');
  const run = cmp.run;

  const setTarget = (raw: string) => {
    setTyped(raw);
    const v = Number(raw.replace(',', '.'));
    if (v >= 1 && v <= 100) {
      setPercent(v);
      globalThis.localStorage?.setItem(TARGET_KEY, String(v));
    }
  };

  return (
    <section className="results static-panel" aria-labelledby="static-heading" data-testid="static-panel">
      <div className="section-head">
        <h2 id="static-heading">{t('static.heading')}</h2>
        <GuideButton />
      </div>
      <p className="static-intro">{t('static.intro')}</p>
      <div className="static-target">
        <label htmlFor="static-target">{t('static.target')}</label>
        <input
          id="static-target"
          className="num num-xs"
          type="text"
          inputMode="decimal"
          value={typed ?? String(percent)}
          aria-describedby="static-target-hint"
          aria-invalid={typed !== null && !(Number(typed.replace(',', '.')) >= 1 && Number(typed.replace(',', '.')) <= 100) ? true : undefined}
          onChange={(e) => setTarget(e.target.value)}
          onBlur={() => setTyped(null)}
        />
        <span>%</span>
        <span id="static-target-hint" className="hint muted">{t('static.targetHint')}</span>
      </div>
      <div className="table-scroll">
        <table className="results-table static-table">
          <thead>
            <tr>
              <th scope="col">{t('static.col.service')}</th>
              <th scope="col" className="num">{t('static.col.capacity')}</th>
              <th scope="col" className="num">{t('static.col.estimate', { target: targetText })}</th>
              <th scope="col" className="num">{t('static.col.load')}</th>
              <th scope="col" className="num">{t('static.col.utilisation')}</th>
              <th scope="col" className="num">{t('static.col.stay')}</th>
              <th scope="col" className="num">{t('static.col.startsStatic')}</th>
              <th scope="col" className="num">{t('static.col.startsSim')}</th>
              <th scope="col" className="num">{t('static.col.wait')}</th>
              <th scope="col" className="num">{t('static.col.occupancy')}</th>
              <th scope="col"><span className="visually-hidden">{t('static.col.sweep')}</span></th>
            </tr>
          </thead>
          <tbody>
            {cmp.rows.map((r) => {
              const e = r.estimate;
              const unit = r.kind === 'inpatient' ? 'static.capacity.beds' : 'static.capacity.slots';
              return (
                <tr key={r.id} data-service={r.id} className={`position-${r.position}`}>
                  <th scope="row">{r.label}</th>
                  <td className="num">{t(unit, { count: fmt.number(r.capacity, 0) })}</td>
                  <td className="num static-estimate">
                    <strong>{fmt.number(e.neededWhole, 0)}</strong>
                    <span className="cell-ci">{fmt.number(e.needed, 1)}</span>
                  </td>
                  <td className="num">{fmt.number(e.meanInUse, 1)}</td>
                  <td className="num">
                    <span className="cell-value">{pct(e.utilisationAtCapacity)}</span>
                    <span className={`cell-ci position-text`}>{t(`static.position.${r.position}`)}</span>
                  </td>
                  <td className="num">{fmt.number(e.meanStayDays, 1)}</td>
                  <td className="num">{fmt.number(e.startsPerYear, 0)}</td>
                  <SummaryCell summary={r.simulated.startsPerYear ?? undefined} unit="perYear" />
                  <SummaryCell summary={r.simulated.meanWaitDays ?? undefined} unit="days" />
                  <SummaryCell summary={r.simulated.occupancy ?? undefined} unit="share" />
                  <td>
                    <button
                      type="button"
                      className="small"
                      disabled={busy || r.capacity <= 0}
                      onClick={() => sweep.start(r.id, capacitySweepValues(r.capacity, e.neededWhole))}
                    >
                      {t('static.sweep.button')}
                      <span className="visually-hidden"> — {r.label}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
            <AftercareRow estimate={estimate} />
          </tbody>
        </table>
      </div>
      <p className="static-run" data-testid="static-run">
        {t('static.run', {
          mean: formatNumber(run.meanWaitDays?.mean, 'days', text),
          ci: formatRange(run.meanWaitDays?.ci95 ?? null, 'days', text) ?? '–',
          p90: formatNumber(run.p90WaitDays?.mean, 'days', text),
          breaches: pct(run.deadlineBreachShare?.mean, 1),
          reneged: pct(run.renegedShare?.mean, 1),
        })}
      </p>
      <p className="static-flows">
        {t('static.flows', {
          fresh: fmt.number(estimate.newReferralsPerYear, 0),
          re: fmt.number(estimate.reReferralsPerYear, 0),
          share: pct(estimate.aftercare.share),
        })}
      </p>
      {!estimate.stable && <p className="warn-text" role="alert">{t('static.unstable')}</p>}
      <p className="muted static-note">{t('static.note')}</p>
      <SweepView result={result} estimate={estimate} sweep={sweep} targetText={targetText} />
    </section>
  );
}

function AftercareRow({ estimate }: { estimate: StaticEstimate }) {
  const { t, fmt } = useI18n();
  const a = estimate.aftercarePlaces;
  const position = a.capacity < a.meanInUse - 1e-9 ? 'overloaded' : a.capacity < a.needed - 1e-9 ? 'belowTarget' : 'atOrAbove';
  return (
    <tr data-service="aftercare" className={`position-${position}`}>
      <th scope="row">{t('static.row.aftercare')}</th>
      <td className="num">{t('static.capacity.places', { count: fmt.number(a.capacity, 0) })}</td>
      <td className="num static-estimate">
        <strong>{fmt.number(a.neededWhole, 0)}</strong>
        <span className="cell-ci">{fmt.number(a.needed, 1)}</span>
      </td>
      <td className="num">{fmt.number(a.meanInUse, 1)}</td>
      <td className="num">
        <span className="cell-value">{a.utilisationAtCapacity === null ? '–' : t('results.unit.share', { value: fmt.number(a.utilisationAtCapacity * 100, 0) })}</span>
        <span className="cell-ci position-text">{t(`static.position.${position}`)}</span>
      </td>
      <td className="num">{fmt.number(estimate.aftercare.meanDurationDays, 1)}</td>
      <td className="num">{fmt.number(estimate.aftercare.neededPerYear, 0)}</td>
      <td className="num">–</td>
      <td className="num">–</td>
      <td className="num">–</td>
      <td />
    </tr>
  );
}

function SweepView({ result, estimate, sweep, targetText }: { result: RunResult; estimate: StaticEstimate; sweep: ReturnType<typeof useCapacitySweep>; targetText: string }) {
  const text = useI18n();
  const { t, fmt } = text;
  const [kpi, setKpi] = useState<Kpi>('service');
  const s = sweep.state;
  const stamp = useMemo(() => ({ scenario: result.scenario.name, seed: result.seed, replications: result.replications }), [result]);
  const serviceId = s.status === 'idle' ? null : s.serviceId;
  const service = result.scenario.services.find((x) => x.id === serviceId);
  const row = estimate.services.find((x) => x.id === serviceId);
  const key = kpi === 'service' ? `services.${serviceId}.meanWaitDays` : kpi;
  const share = kpi === 'deadlineBreachShare' || kpi === 'renegedShare';
  const curve = useMemo(() => (s.status === 'done' && row ? capacityCurve(s.study, row, key) : null), [s, row, key]);
  if (s.status === 'idle' || !service || !row) return null;
  const name = service.label ?? service.id;
  const unitWord = service.kind === 'inpatient' ? t('static.chart.xBeds') : t('static.chart.xSlots');
  const values = s.status === 'running' || s.status === 'done' ? s.values : [];
  const title = t('static.chart.title', { service: name, kpi: t(KPI_LABEL[kpi]) });
  return (
    <div className="static-sweep" data-testid="static-sweep">
      {values.length > 0 && (
        <p className="muted small">
          {t('static.sweep.values', {
            values: values.map((v) => fmt.number(v, 0)).join(', '),
            unit: unitWord.toLowerCase(),
            capacity: fmt.number(row.capacity, 0),
            replications: fmt.number(result.replications, 0),
          })}
        </p>
      )}
      {s.status === 'running' && (
        <div className="static-sweep-progress" role="status">
          <progress max={s.total} value={s.done} aria-label={t('static.sweep.running', { service: name, done: s.done, total: s.total })} />
          <span>{t('static.sweep.running', { service: name, done: fmt.number(s.done, 0), total: fmt.number(s.total, 0) })}</span>
          <button type="button" className="small" onClick={sweep.cancel}>{t('static.sweep.cancel')}</button>
        </div>
      )}
      {s.status === 'cancelled' && <p role="status">{t('static.sweep.cancelled')}</p>}
      {s.status === 'error' && <p className="error-text" role="alert">{t('static.sweep.failed', { message: s.message })}</p>}
      {curve && (
        <>
          <label className="series-select">
            <span>{t('static.kpi.label')}</span>
            <select value={kpi} onChange={(e) => setKpi(e.target.value as Kpi)}>
              {KPIS.map((k) => (
                <option key={k} value={k}>{t(KPI_LABEL[k])}</option>
              ))}
            </select>
          </label>
          <ChartCard
            title={title}
            fileWhat={`capacity-${service.id}`}
            stamp={stamp}
            height={320}
            note={t('static.chart.note')}
            render={(width) => (
              <CapacityChart
                title={title}
                curve={curve}
                share={share}
                fmt={fmt}
                width={width}
                height={320}
                labels={{
                  x: unitWord,
                  y: share ? t('static.chart.yPercent') : t('static.chart.yDays'),
                  mean: t('static.chart.mean'),
                  band: t('static.chart.band'),
                  staticMark: t('static.chart.static', { target: targetText, value: fmt.number(curve.needed, 1) }),
                  capacityMark: t('static.chart.capacity', { value: fmt.number(curve.capacity, 0) }),
                }}
              />
            )}
          />
          <details className="static-numbers">
            <summary>{t('static.chart.numbers')}</summary>
            <table className="results-table">
              <thead>
                <tr>
                  <th scope="col" className="num">{t('static.chart.colCapacity')}</th>
                  <th scope="col" className="num">{t('static.chart.colMean')}</th>
                  <th scope="col" className="num">{t('static.chart.colCi')}</th>
                </tr>
              </thead>
              <tbody>
                {curve.points.map((p) => (
                  <tr key={p.capacity}>
                    <td className="num">
                      {fmt.number(p.capacity, 0)} {p.baseline && t('static.chart.baseline')}
                    </td>
                    <td className="num">{formatNumber(p.mean, share ? 'share' : 'days', text)}</td>
                    <td className="num">{formatCi(p.ci95, share ? 'share' : 'days', text) ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </div>
  );
}
