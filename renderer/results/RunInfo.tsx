import type { RunResult } from '../../sim';
import { appVersion } from '../export/app-version';
import { useI18n } from '../i18n/I18nProvider';

/** What identifies the run: scenario, seed, replications, horizon, engine and app versions, digest and wall time. */
export function RunInfo({ result, wallMs }: { result: RunResult; wallMs: number | null }) {
  const { t, fmt } = useI18n();
  const { scenario } = result;
  const rows: [string, string][] = [
    [t('results.info.scenario'), scenario.name],
    [t('results.info.seed'), String(result.seed)],
    [t('results.info.replications'), fmt.number(result.replications, 0)],
    [t('results.info.horizon'), t('results.info.horizonValue', { years: fmt.number(scenario.horizonDays / 365, 1), warmup: fmt.number(scenario.warmupDays, 0) })],
    [t('results.info.engine'), result.engineVersion],
    [t('results.info.app'), appVersion()],
    [t('results.info.wallTime'), wallMs === null ? t('results.info.notRecorded') : t('results.info.seconds', { seconds: fmt.number(wallMs / 1000, 1) })],
  ];
  return (
    <section className="results-section" aria-labelledby="results-info">
      <h3 id="results-info">{t('results.heading.runInfo')}</h3>
      <dl className="run-info">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
        <div className="digest">
          <dt>{t('results.info.digest')}</dt>
          <dd><code>{result.digest}</code></dd>
        </div>
      </dl>
    </section>
  );
}
