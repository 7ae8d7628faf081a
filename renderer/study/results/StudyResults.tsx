import { useMemo } from 'react';
import type { StudyResult } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { ReportPanel } from '../../report/ReportPanel';
import { AdvicePanel } from '../advice/AdvicePanel';
import { useStudyStore } from '../StudyStore';
import { CaseTable } from './CaseTable';
import { KpiSelect } from './KpiSelect';
import { DifferenceCard, SweepCardChart, TornadoCard } from './StudyCharts';

/** A finished study: the comparison table, the charts for a chosen key figure, advice for the baseline, and the report. */
export function StudyResults({ result }: { result: StudyResult }) {
  const { t, fmt } = useI18n();
  const { state } = useStudyStore();
  const kpi = state.kpi;
  const stamp = useMemo(() => ({ scenario: result.name, seed: result.seed, replications: result.replications }), [result]);
  const source = useMemo(() => ({ kind: 'study' as const, study: result }), [result]);
  const hasVariants = result.cases.some((c) => c.kind === 'variant');
  const hasTornado = result.cases.some((c) => c.kind === 'tornado');
  const stale = state.run.status === 'running';
  return (
    <section className="study-results results" aria-labelledby="study-results-title" data-testid="study-results">
      <div className="results-header">
        <h2 id="study-results-title">{t('study.results.title', { name: result.name })}</h2>
        <p className="muted">
          {t('study.results.meta', { cases: fmt.number(result.cases.length + 1, 0), replications: fmt.number(result.replications, 0), seed: String(result.seed) })}
        </p>
        {stale && <p className="results-stale" role="status">{t('study.results.stale')}</p>}
      </div>
      {hasVariants && <CaseTable result={result} />}
      <section className="results-section" aria-labelledby="study-charts-title">
        <div className="section-head">
          <h3 id="study-charts-title">{t('study.results.charts')}</h3>
          <KpiSelect scenario={result.baseline.scenario} />
        </div>
        <div className="chart-grid">
          {hasVariants && <DifferenceCard result={result} kpi={kpi} stamp={stamp} />}
          {result.sweeps.map((s) => (
            <SweepCardChart key={s.index} result={result} sweep={s} kpi={kpi} stamp={stamp} />
          ))}
          {hasTornado && <TornadoCard result={result} kpi={kpi} stamp={stamp} />}
        </div>
      </section>
      <AdvicePanel run={result.baseline} id="study-advice" />
      <ReportPanel source={source} />
    </section>
  );
}
