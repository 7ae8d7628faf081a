import { memo, useCallback, useMemo } from 'react';
import type { RunResult } from '../../sim';
import { WaitHistogram } from '../charts/WaitHistogram';
import type { StampInfo } from '../export/stamp';
import { useI18n } from '../i18n/I18nProvider';
import { ChartCard } from './ChartCard';

const HEIGHT = 280;

/** The distribution of first-start waits by week, with 95 % CI whiskers. Memoised: it redraws only for another run or language. */
export const WaitSection = memo(function WaitSection({ result, stamp }: { result: RunResult; stamp: Omit<StampInfo, 'date' | 'version'> }) {
  const { t, fmt } = useI18n();
  const title = t('results.hist.title');
  const labels = useMemo(
    () => ({ x: t('results.hist.x'), y: t('results.hist.y'), bars: t('results.hist.bars'), whiskers: t('results.hist.whiskers') }),
    [t],
  );
  const { edgesDays, share } = result.waitHistogram;
  const render = useCallback(
    (width: number) => <WaitHistogram title={title} edgesDays={edgesDays} share={share} labels={labels} fmt={fmt} width={width} height={HEIGHT} />,
    [title, edgesDays, share, labels, fmt],
  );
  return (
    <section className="results-section" aria-labelledby="results-waits">
      <h3 id="results-waits">{t('results.heading.waits')}</h3>
      <ChartCard title={title} fileWhat="wait-distribution" stamp={stamp} height={HEIGHT} render={render} note={t('results.hist.note')} />
    </section>
  );
});
