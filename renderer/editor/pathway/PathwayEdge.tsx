import { useI18n } from '../../i18n/I18nProvider';
import { GEOMETRY, type LaidEdge } from '../model/pathway-layout';

const INK = '#1b1f24';

/** An arrow; its width grows with the share it carries. Back edges are dashed; a discharge is a short exit arrow to a ringed dot. */
export function PathwayEdge({ edge, idPrefix }: { edge: LaidEdge; idPrefix: string }) {
  const exit = edge.kind === 'discharge';
  return (
    <g>
      <path d={edge.d} fill="none" stroke={exit ? '#57606a' : '#3d4650'} strokeWidth={exit ? 1.5 : 1 + 4 * Math.min(1, edge.share)} strokeDasharray={edge.back ? '6 4' : undefined} markerEnd={`url(#${idPrefix}-arrow)`} />
      {exit && <circle cx={edge.endX} cy={edge.endY} r={GEOMETRY.exitRadius} fill={INK} stroke="#ffffff" strokeWidth={1.5} />}
      {exit && <circle cx={edge.endX} cy={edge.endY} r={GEOMETRY.exitRadius + 1.5} fill="none" stroke={INK} strokeWidth={1} />}
    </g>
  );
}

/** An edge's probability on a white plate, drawn above every line so none crosses it. */
export function PathwayEdgeLabel({ edge }: { edge: LaidEdge }) {
  const { fmt } = useI18n();
  const text = fmt.percent(edge.share, edge.share < 0.1 && edge.share > 0 ? 1 : 0);
  const width = 6.4 * text.length + 6;
  const x = edge.kind === 'discharge' ? edge.endX + GEOMETRY.exitRadius + 4 + width / 2 : edge.labelX;
  return (
    <g>
      <rect x={x - width / 2} y={edge.labelY - 7.5} width={width} height={15} rx={3} fill="#ffffff" fillOpacity={0.9} />
      <text x={x} y={edge.labelY + 4} textAnchor="middle" fontSize={11} fill={INK}>{text}</text>
    </g>
  );
}
