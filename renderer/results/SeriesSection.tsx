import { memo, useCallback, useContext, useMemo, useState } from 'react';
import type { RunResult } from '../../sim';
import { TimeSeriesChart } from '../charts/TimeSeriesChart';
import { useI18n } from '../i18n/I18nProvider';
import { PlayerLink } from '../player/player-link';
import { ChartCard } from './ChartCard';
import { elementName } from './metric-label';
import { overlayBaseline, seriesChartSpecs, type SeriesChartSpec, type SeriesSelection } from './series-specs';
import type { StampInfo } from '../export/stamp';

const HEIGHT = 280;

interface Props {
  result: RunResult;
  baseline: RunResult | null;
  stamp: Omit<StampInfo, 'date' | 'version'>;
}

/**
 * Weekly series with 95 % bands and the warm-up shaded, for the whole system or one service.
 * Memoised, like its cards: the charts redraw only when what they show changes.
 */
export const SeriesSection = memo(function SeriesSection({ result, baseline, stamp }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const openPlayer = useContext(PlayerLink);
  const [choice, setChoice] = useState('overall');
  const services = result.scenario.services;
  // Option values: 'overall' or 'service:<id>'; a service that is no longer in the result falls back to overall.
  const selKey = services.some((s) => `service:${s.id}` === choice) ? choice : 'overall';
  // Keyed on the overlay, not the baseline: pinning or unpinning this very run leaves the specs as they are.
  const overlay = overlayBaseline(result, baseline);
  const specs = useMemo(() => {
    const selection: SeriesSelection = selKey === 'overall' ? { kind: 'overall' } : { kind: 'service', id: selKey.slice('service:'.length) };
    return seriesChartSpecs(result, overlay, selection, i18n);
  }, [result, overlay, selKey, i18n]);
  return (
    <section className="results-section" aria-labelledby="results-series">
      <div className="section-head">
        <h3 id="results-series">{t('results.heading.series')}</h3>
        <label className="series-select">
          <span>{t('results.series.show')}</span>
          <select value={selKey} onChange={(e) => setChoice(e.target.value)}>
            <option value="overall">{t('results.series.overall')}</option>
            {services.map((s) => (
              <option key={s.id} value={`service:${s.id}`}>{elementName(services, s.id)}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="chart-grid">
        {specs.map((spec) => (
          <SeriesCard key={spec.id} spec={spec} result={result} stamp={stamp} />
        ))}
      </div>
      {openPlayer && <p className="chart-note muted no-print">{t('player.chartClick')}</p>}
    </section>
  );
});

const SeriesCard = memo(function SeriesCard({ spec, result, stamp }: { spec: SeriesChartSpec; result: RunResult; stamp: Props['stamp'] }) {
  const { fmt } = useI18n();
  const openPlayer = useContext(PlayerLink);
  const { horizonDays, warmupDays } = result.scenario;
  const weeks = result.series.weekStartDays;
  const render = useCallback(
    (width: number) => (
      <TimeSeriesChart
        title={spec.title}
        series={spec.series}
        reference={spec.reference}
        labels={spec.labels}
        horizonDays={horizonDays}
        warmupDays={warmupDays}
        weekStartDays={weeks}
        fmt={fmt}
        width={width}
        height={HEIGHT}
        floor={0}
        onTimeClick={openPlayer ?? undefined}
      />
    ),
    [spec, horizonDays, warmupDays, weeks, fmt, openPlayer],
  );
  return <ChartCard title={spec.title} fileWhat={spec.id} stamp={stamp} height={HEIGHT} render={render} />;
});
