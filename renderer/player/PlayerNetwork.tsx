import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { NetworkCounts } from './counts';
import type { PlayerLayout, PlayerNode } from './player-layout';
import { sameSelection, type PlayerSelection } from './selection';

const INK = '#1b1f24';
const MUTED = '#57606a';
const IN_SERVICE = '#0b5cad';
const DELAYED = '#9a3412';
const WAITING = '#b3261e';
const AFTERCARE = '#1a7f37';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const MAX_LABEL = 26;

const clip = (s: string): string => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

interface Props {
  layout: PlayerLayout;
  counts: NetworkCounts;
  /** Longest waiting list any service reaches in the trace (scale of the bars). */
  maxWaiting: number;
  aftercarePlaces: number;
  selected: PlayerSelection | null;
  onSelect(sel: PlayerSelection): void;
}

/**
 * A clickable part of the diagram: the shape is a button for the keyboard (Enter or Space) and
 * screen readers, with a fixed name; the counts around it are text beside the button (so the
 * button's name does not change every frame), and a click on them selects too.
 */
function Clickable({ label, selected, onSelect, shape, children }: { label: string; selected: boolean; onSelect(): void; shape: ReactNode; children?: ReactNode }) {
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect();
    }
  };
  return (
    <g className="player-click" onClick={onSelect}>
      <g role="button" tabIndex={0} aria-label={label} aria-pressed={selected} className={`player-hit${selected ? ' selected' : ''}`} onKeyDown={onKey}>
        {shape}
      </g>
      {children}
    </g>
  );
}

/**
 * The pathway at one moment: each service's waiting list as a bar above it, beds or slots in
 * use as the node's fill (delayed discharges hatched on top), aftercare places in use, the
 * discharged who will relapse and return, and relapses coming back to referral. Redrawn every
 * frame during playback; pure SVG with inline styles.
 */
export function PlayerNetwork({ layout, counts, maxWaiting, aftercarePlaces, selected, onSelect }: Props) {
  const { t, fmt } = useI18n();
  const id = `pn${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const n = (x: number) => fmt.number(x, 0);
  const day = Math.floor(counts.time);
  const { aftercare: ac, returning: rt } = layout;
  const acShare = aftercarePlaces > 0 ? Math.min(1, counts.aftercare / aftercarePlaces) : 0;

  const serviceNode = (node: PlayerNode) => {
    const s = node.service;
    const cap = node.capacity;
    const inService = counts.inService[s] ?? 0;
    const delayed = counts.delayed[s] ?? 0;
    const waiting = counts.waiting[s] ?? 0;
    const { x, y, r } = node;
    const h1 = cap > 0 ? (2 * r * Math.min(cap, inService)) / cap : 0;
    const h2 = cap > 0 ? (2 * r * Math.min(cap - Math.min(cap, inService), delayed)) / cap : 0;
    const inpatient = node.kind === 'inpatient';
    const shape = (props: Record<string, unknown>) =>
      inpatient ? <circle cx={x} cy={y} r={r} {...props} /> : <rect x={x - r} y={y - r} width={2 * r} height={2 * r} rx={3} {...props} />;
    const bar = maxWaiting > 0 ? (layout.barWidth * Math.min(waiting, maxWaiting)) / maxWaiting : 0;
    const isSel = sameSelection(selected, { kind: 'service', service: s });
    return (
      <Clickable
        key={`s${s}`}
        label={t('player.openService', { name: node.label })}
        selected={isSel}
        onSelect={() => onSelect({ kind: 'service', service: s })}
        shape={
          <>
            <clipPath id={`${id}-c${s}`}>{shape({})}</clipPath>
            {shape({ fill: '#ffffff' })}
            <g clipPath={`url(#${id}-c${s})`}>
              <rect x={x - r} y={y + r - h1} width={2 * r} height={h1} fill={IN_SERVICE} />
              <rect x={x - r} y={y + r - h1 - h2} width={2 * r} height={h2} fill={`url(#${id}-delayed)`} />
            </g>
            {shape({ fill: 'none', stroke: INK, strokeWidth: 1.5 })}
            {shape({ className: 'focus-ring', fill: 'none', strokeWidth: 3 })}
          </>
        }
      >
        <rect x={x - layout.barWidth / 2 - 6} y={y - r - 44} width={layout.barWidth + 12} height={34} fill="transparent" />
        <rect x={x - layout.barWidth / 2 - 6} y={y + r} width={layout.barWidth + 12} height={54} fill="transparent" />
        <text x={x - layout.barWidth / 2} y={y - r - 26} fill={INK} fontWeight={600}>{t('player.waiting', { n: n(waiting) })}</text>
        <rect x={x - layout.barWidth / 2} y={y - r - 20} width={layout.barWidth} height={9} fill="#f1f3f5" stroke="#d0d7de" />
        <rect className="waiting-bar" x={x - layout.barWidth / 2} y={y - r - 20} width={bar} height={9} fill={WAITING} />
        <text x={x} y={y + r + 16} textAnchor="middle" fontWeight={600} fill={INK}>{clip(node.label)}</text>
        <text x={x} y={y + r + 31} textAnchor="middle" fill={INK}>
          {t(inpatient ? 'player.inUseBeds' : 'player.inUseSlots', { n: n(inService + delayed), cap: n(cap) })}
        </text>
        {inpatient && (
          <text x={x} y={y + r + 46} textAnchor="middle" fill={delayed > 0 ? DELAYED : MUTED}>{t('player.delayed', { n: n(delayed) })}</text>
        )}
      </Clickable>
    );
  };

  const entry = layout.nodes.find((nd) => nd.kind === 'entry');
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="player-network"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="group"
      aria-label={t('player.network', { day: n(day) })}
      fontFamily={FONT}
      fontSize={12}
      data-testid="player-network"
    >
      <defs>
        <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX={9} refY={5} markerWidth={9} markerHeight={9} markerUnits="userSpaceOnUse" orient="auto">
          <path d="M0,0L10,5L0,10z" fill={DELAYED} />
        </marker>
        <pattern id={`${id}-delayed`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={6} height={6} fill="#fde0cf" />
          <line x1={0} y1={0} x2={0} y2={6} stroke={DELAYED} strokeWidth={3} />
        </pattern>
      </defs>
      <rect width={layout.width} height={layout.height} fill="#ffffff" />
      <g transform="translate(12,14)" fill={INK} fontSize={11.5}>
        <rect width={14} height={12} fill={IN_SERVICE} />
        <text x={20} y={10}>{t('player.legendInService')}</text>
        <rect x={130} width={14} height={12} fill={`url(#${id}-delayed)`} stroke={DELAYED} />
        <text x={150} y={10}>{t('player.legendDelayed')}</text>
        <rect x={430} y={2} width={24} height={8} fill={WAITING} />
        <text x={460} y={10}>{t('player.legendWaiting')}</text>
      </g>
      {layout.edges.map((e) => (
        <path
          key={e.key}
          d={e.d}
          fill="none"
          stroke={e.style === 'relapse' ? DELAYED : e.style === 'discharge' ? '#8c959f' : '#3d4650'}
          strokeWidth={e.style === 'forward' || e.style === 'back' ? 1.6 : 1.3}
          strokeDasharray={e.style === 'back' || e.style === 'relapse' ? '6 4' : e.style === 'discharge' ? '2 3' : undefined}
          markerEnd={e.style === 'relapse' ? `url(#${id}-arrow)` : undefined}
        />
      ))}
      {entry && (
        <Clickable
          label={t('player.openService', { name: t('player.referrals') })}
          selected={sameSelection(selected, { kind: 'assessment' })}
          onSelect={() => onSelect({ kind: 'assessment' })}
          shape={
            <>
              <circle cx={entry.x} cy={entry.y} r={entry.r} fill="#ffffff" stroke={INK} strokeWidth={1.5} />
              <circle className="focus-ring" cx={entry.x} cy={entry.y} r={entry.r} fill="none" strokeWidth={3} />
              <path d={`M${entry.x - 9},${entry.y}h18m-6,-6l6,6l-6,6`} fill="none" stroke={INK} strokeWidth={1.5} />
            </>
          }
        >
          <text x={entry.x} y={entry.y + entry.r + 16} textAnchor="middle" fontWeight={600} fill={INK}>{t('player.referrals')}</text>
          <text x={entry.x} y={entry.y + entry.r + 31} textAnchor="middle" fill={INK}>{t('player.inAssessment', { n: n(counts.assessment) })}</text>
          <text x={entry.x} y={entry.y + entry.r + 46} textAnchor="middle" fill={INK}>{t('player.referrals30', { n: n(counts.referrals30) })}</text>
          <text x={entry.x} y={entry.y + entry.r + 61} textAnchor="middle" fill={DELAYED}>{t('player.returning30', { n: n(counts.returning30) })}</text>
        </Clickable>
      )}
      {layout.nodes.filter((nd) => nd.service >= 0).map(serviceNode)}
      <Clickable
        label={t('player.openService', { name: t('player.aftercare') })}
        selected={sameSelection(selected, { kind: 'aftercare' })}
        onSelect={() => onSelect({ kind: 'aftercare' })}
        shape={
          <>
            <rect x={ac.x} y={ac.y} width={ac.width} height={ac.height} rx={6} fill="#ffffff" stroke={INK} strokeWidth={1.5} />
            <rect className="focus-ring" x={ac.x} y={ac.y} width={ac.width} height={ac.height} rx={6} fill="none" strokeWidth={3} />
          </>
        }
      >
        <text x={ac.x + 10} y={ac.y + 19} fontWeight={600} fill={INK}>{t('player.aftercare')}</text>
        <rect x={ac.x + 10} y={ac.y + 28} width={ac.width - 20} height={12} fill="#eef6f0" stroke="#9fc5a8" />
        <rect className="aftercare-bar" x={ac.x + 10} y={ac.y + 28} width={(ac.width - 20) * acShare} height={12} fill={AFTERCARE} />
        <text x={ac.x + 10} y={ac.y + 56} fill={INK}>{t('player.aftercareInUse', { n: n(counts.aftercare), cap: n(aftercarePlaces) })}</text>
        <text x={ac.x + 10} y={ac.y + 71} fill={counts.waitOutside > 0 ? DELAYED : MUTED}>{t('player.aftercareWaitOutside', { n: n(counts.waitOutside) })}</text>
      </Clickable>
      <Clickable
        label={t('player.openService', { name: t('player.toReturn') })}
        selected={sameSelection(selected, { kind: 'returning' })}
        onSelect={() => onSelect({ kind: 'returning' })}
        shape={
          <>
            <rect x={rt.x} y={rt.y} width={rt.width} height={rt.height} rx={6} fill="#fff8f3" stroke={DELAYED} strokeWidth={1.5} strokeDasharray="6 4" />
            <rect className="focus-ring" x={rt.x} y={rt.y} width={rt.width} height={rt.height} rx={6} fill="none" strokeWidth={3} />
          </>
        }
      >
        <foreignObject x={rt.x + 6} y={rt.y + 4} width={rt.width - 12} height={32}>
          <div className="player-box-title">{t('player.toReturn')}</div>
        </foreignObject>
        <text x={rt.x + 10} y={rt.y + 48} fill={INK}>{t('player.toReturnCount', { n: n(counts.returning) })}</text>
      </Clickable>
      <text x={layout.relapseLabel.x} y={layout.relapseLabel.y} textAnchor="middle" fill={DELAYED} fontWeight={600}>
        {t('player.relapseArc')}
      </text>
    </svg>
  );
}
