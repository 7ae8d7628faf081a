import { useMemo } from 'react';
import { distributionSd } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { readDistribution } from '../model/distribution';
import { PREVIEW_DRAWS, previewDistribution } from '../model/preview';
import { PreviewChart } from './PreviewChart';

/** The preview beside the parameters: the chart and its key figures, or why there is none yet. */
export function DistributionPreview({ value }: { value: unknown }) {
  const { t, fmt } = useI18n();
  const d = readDistribution(value);
  const key = JSON.stringify(d);
  // Keyed by content: 20,000 draws are made again only when the distribution changes.
  const preview = useMemo(() => (d ? previewDistribution(d) : null), [key]);
  if (!d || !preview) return <p className="dist-preview muted">{t('editor.dist.noPreview')}</p>;
  const days = (v: number): string => `${fmt.number(v, v < 10 ? 1 : 0)} ${t('editor.unit.days')}`;
  return (
    <figure className="dist-preview">
      <PreviewChart preview={preview} label={t('editor.dist.previewLabel', { draws: fmt.number(PREVIEW_DRAWS, 0) })} />
      <dl className="dist-stats">
        <dt>{t('editor.dist.mean')}</dt>
        <dd>{days(preview.mean)}</dd>
        <dt>{t('editor.dist.median')}</dt>
        <dd>{days(preview.median)}</dd>
        <dt>{t('editor.dist.p90')}</dt>
        <dd>{days(preview.p90)}</dd>
        <dt>{t('editor.dist.param.sd')}</dt>
        <dd>{days(distributionSd(d))}</dd>
      </dl>
      <figcaption className="muted">
        {t('editor.dist.previewCaption', { draws: fmt.number(PREVIEW_DRAWS, 0) })}
        {preview.tailShare > 0 && ` ${t('editor.dist.tail', { share: fmt.percent(preview.tailShare, 1) })}`}
      </figcaption>
    </figure>
  );
}
