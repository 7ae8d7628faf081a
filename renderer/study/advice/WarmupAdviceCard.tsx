import { memo, useCallback, useMemo } from 'react';
import type { RunResult, WarmupAdvice } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { ChartCard } from '../../results/ChartCard';
import { WelchChart } from '../charts/WelchChart';
import { warmupMessage } from './advice-text';
import { welchLabels } from './welch-labels';

const HEIGHT = 300;

/**
 * Welch's plot of the waiting list with the suggested warm-up, and what it says about the
 * scenario's warm-up. Memoised: its run and advice stay the same objects while the precision,
 * the report's purpose or anything outside the advice changes, and none of them concern it.
 */
export const WarmupAdviceCard = memo(function WarmupAdviceCard({ run, advice }: { run: RunResult; advice: WarmupAdvice | null }) {
  const text = useI18n();
  const { t, fmt } = text;
  const title = t('advice.welch.title');
  const message = warmupMessage(advice, text);
  const labels = useMemo(() => (advice ? welchLabels(advice, text) : null), [advice, text]);
  const render = useCallback(
    (width: number) =>
      advice && labels ? (
        <WelchChart title={title} advice={advice} weekStartDays={run.series.weekStartDays} horizonDays={run.scenario.horizonDays} labels={labels} fmt={fmt} width={width} height={HEIGHT} />
      ) : (
        <svg width={0} height={0} aria-hidden="true" />
      ),
    [advice, labels, title, run, fmt],
  );
  const stamp = useMemo(() => ({ scenario: run.scenario.name, seed: run.seed, replications: run.replications }), [run]);
  return (
    <div className="warmup-advice">
      <p className={`advice-message advice-${message.tone}`} role={message.tone === 'warn' ? 'note' : undefined} data-testid="warmup-message">
        <span aria-hidden="true">{message.tone === 'warn' ? '⚠ ' : '✓ '}</span>
        {message.text}
      </p>
      {advice && <ChartCard title={title} fileWhat="welch-warm-up" stamp={stamp} height={HEIGHT} render={render} note={t('advice.welch.note')} />}
    </div>
  );
});
