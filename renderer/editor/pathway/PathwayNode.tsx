import { useI18n } from '../../i18n/I18nProvider';
import { GEOMETRY, type LaidNode } from '../model/pathway-layout';

const INK = '#1b1f24';
const MAX_LABEL = 24;

const clip = (s: string): string => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

/** A node: referrals, inpatient units as hatched circles, outpatient services as plain squares; name and capacity below. */
export function PathwayNode({ node, idPrefix, perYear }: { node: LaidNode; idPrefix: string; perYear: number }) {
  const { t, fmt } = useI18n();
  const { x, y, half, service } = node;
  const below = y + Math.max(half, GEOMETRY.endHalf) + 14;
  if (!service) {
    return (
      <g>
        <circle cx={x} cy={y} r={half} fill="#ffffff" stroke={INK} strokeWidth={1.5} />
        <path d={`M${x - half / 2},${y}h${half}m-5,-5l5,5l-5,5`} fill="none" stroke={INK} strokeWidth={1.5} />
        <text x={x} y={below} textAnchor="middle" fontWeight={600} fill={INK}>{t('editor.pathway.referrals')}</text>
        <text x={x} y={below + 14} textAnchor="middle" fill={INK}>{t('editor.pathway.perYear', { n: fmt.number(perYear, 0) })}</text>
      </g>
    );
  }
  const empty = service.capacity === 0;
  const inpatient = service.kind === 'inpatient';
  const shape = inpatient ? (
    <circle cx={x} cy={y} r={half} fill={empty ? '#ffffff' : `url(#${idPrefix}-hatch)`} stroke={INK} strokeWidth={1.5} strokeDasharray={empty ? '3 2' : undefined} />
  ) : (
    <rect x={x - half} y={y - half} width={2 * half} height={2 * half} rx={3} fill={empty ? '#ffffff' : '#e8eaed'} stroke={INK} strokeWidth={1.5} strokeDasharray={empty ? '3 2' : undefined} />
  );
  const capacity = t(inpatient ? 'editor.pathway.beds' : 'editor.pathway.slots', { n: fmt.number(service.capacity, 0) });
  return (
    <g>
      <title>{`${service.label}: ${capacity}`}</title>
      {shape}
      <text x={x} y={below} textAnchor="middle" fontWeight={600} fill={INK}>{clip(service.label)}</text>
      <text x={x} y={below + 14} textAnchor="middle" fill={INK}>
        {capacity}
        {service.dropoutShare > 0 && ` · ${t('editor.pathway.dropout', { share: fmt.percent(service.dropoutShare, 0) })}`}
      </text>
    </g>
  );
}
