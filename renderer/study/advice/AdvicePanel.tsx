import type { RunResult } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { useStudyStore } from '../StudyStore';
import { PrecisionInput } from './PrecisionInput';
import { ReplicationAdvice } from './ReplicationAdvice';
import { useAdvice } from './useAdvice';
import { WarmupAdviceCard } from './WarmupAdviceCard';
import './advice.css';

/**
 * Advice on a run's experiment settings: for each key figure whether its 95 % CI is within the
 * precision asked for and how many replications would reach it (Hoad, Robinson and Davies
 * 2010), and Welch's warm-up plot with the suggested warm-up. `id` keeps headings unique when
 * the panel appears twice.
 */
export function AdvicePanel({ run, id = 'advice' }: { run: RunResult; id?: string }) {
  const { t } = useI18n();
  const { state } = useStudyStore();
  const advice = useAdvice(run, state.precision);
  return (
    <section className="results-section advice-panel" aria-labelledby={`${id}-title`} data-testid="advice-panel">
      <div className="section-head">
        <h3 id={`${id}-title`}>{t('advice.title')}</h3>
        <PrecisionInput />
      </div>
      <p className="muted advice-intro">{t('advice.replications.intro')}</p>
      <ReplicationAdvice run={run} rows={advice.replications} />
      <h4 className="advice-subhead">{t('advice.warmup.title')}</h4>
      <WarmupAdviceCard run={run} advice={advice.warmup} />
    </section>
  );
}
