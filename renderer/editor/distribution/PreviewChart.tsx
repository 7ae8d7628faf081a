import { useI18n } from '../../i18n/I18nProvider';
import type { DistributionPreview } from '../model/preview';
import { PREVIEW_SIZE, usePreviewScales } from './usePreviewScales';

const INK = '#1b1f24';
const MARKERS = [
  { key: 'mean', dash: undefined },
  { key: 'median', dash: '5 3' },
  { key: 'p90', dash: '2 3' },
] as const;

/** The shape of a distribution: a density histogram with mean, median and p90 marked; x in days. */
export function PreviewChart({ preview, label }: { preview: DistributionPreview; label: string }) {
  const { t, fmt } = useI18n();
  const { x, y, xTicks, baseline } = usePreviewScales(preview);
  const { width, height } = PREVIEW_SIZE;
  const names = { mean: t('editor.dist.mean'), median: t('editor.dist.median'), p90: t('editor.dist.p90') };
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label} fontFamily="system-ui, sans-serif" fontSize={11}>
      {preview.bins.map((b, i) => (
        <rect key={i} x={x(b.x0)} y={y(b.density)} width={Math.max(0.5, x(b.x1) - x(b.x0) - 0.5)} height={baseline - y(b.density)} fill="#9db4cc" stroke="#5b7a99" strokeWidth={0.5} />
      ))}
      <line x1={x.range()[0]} x2={x.range()[1]} y1={baseline} y2={baseline} stroke={INK} />
      {xTicks.map((v) => (
        <g key={v} transform={`translate(${x(v)},${baseline})`}>
          <line y2={4} stroke={INK} />
          <text y={15} textAnchor="middle" fill={INK}>{fmt.number(v, 0)}</text>
        </g>
      ))}
      <text x={width / 2} y={height - 6} textAnchor="middle" fill={INK}>{t('editor.dist.axisDays')}</text>
      {MARKERS.map((m, i) => {
        const v = preview[m.key];
        const lx = PREVIEW_SIZE.left + i * 140;
        return (
          <g key={m.key}>
            <line x1={x(v)} x2={x(v)} y1={baseline} y2={PREVIEW_SIZE.top - 2} stroke={INK} strokeWidth={1.5} strokeDasharray={m.dash} />
            <line x1={lx} x2={lx + 22} y1={9} y2={9} stroke={INK} strokeWidth={1.5} strokeDasharray={m.dash} />
            <text x={lx + 27} y={13} fill={INK}>{`${names[m.key]} ${fmt.number(v, v < 10 ? 1 : 0)}`}</text>
          </g>
        );
      })}
    </svg>
  );
}
