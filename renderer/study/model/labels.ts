/** Change paths and their values in the planner's words: "Long-term (6–12 months): beds", "365 days". */
import type { Scenario } from '../../../sim';
import { elementName } from '../../results/metric-label';
import type { Text } from '../../results/text';
import { fieldKind, type FieldKind } from './fields';

const MINUS = '\u2212';

type Names = Pick<Scenario, 'services' | 'groups'>;

/** A change path as words, with the scenario's own service and group names; an unknown path shows as itself. */
export function pathLabel(path: string, scenario: Names, { t }: Pick<Text, 't'>): string {
  const svc = /^services\.([^.]+)\.(beds|slots|maxStayDays|stayDays\.mean|dropoutShare)$/.exec(path);
  if (svc && scenario.services.some((s) => s.id === svc[1])) {
    const service = elementName(scenario.services, svc[1]!);
    const field = svc[2] === 'stayDays.mean' ? 'stayMean' : svc[2]!;
    return t(`study.field.${field as 'beds'}`, { service });
  }
  const grp = /^groups\.([^.]+)\.(deadlineDays|share)$/.exec(path);
  if (grp && scenario.groups.some((g) => g.id === grp[1])) return t(`study.field.group.${grp[2] as 'share'}`, { group: elementName(scenario.groups, grp[1]!) });
  const fixed: Record<string, Parameters<Text['t']>[0]> = {
    'aftercare.places': 'study.field.aftercarePlaces',
    'aftercare.durationDays.mean': 'study.field.aftercareDuration',
    'waitingList.meanPatienceDays': 'study.field.patience',
    'referrals.perYear': 'study.field.referrals',
    'referrals.growth': 'study.field.growth',
  };
  return Object.hasOwn(fixed, path) ? t(fixed[path]!) : path;
}

function plainNumber(x: number, text: Pick<Text, 'fmt'>): string {
  const digits = Number.isInteger(x) ? 0 : Math.min(4, String(x).split('.')[1]?.length ?? 0);
  return text.fmt.number(x, digits).replace(/^-/, MINUS);
}

/** A share as a percentage the way the app writes it everywhere ("5 %", "12,5 %"), with a true minus. */
export function percentText(share: number, digits: number, text: Pick<Text, 't' | 'fmt'>): string {
  return text.t('study.unit.percent', { value: text.fmt.number(share * 100, digits).replace(/^-/, MINUS) });
}

/** A field's value as shown: "88", "365 days", "50 %", "1,510 per year"; null is "none". */
export function formatFieldValue(value: unknown, kind: FieldKind, text: Text): string {
  if (value === null) return text.t('study.value.none');
  if (value === undefined) return text.t('study.value.absent');
  if (typeof value !== 'number') return typeof value === 'string' ? value : JSON.stringify(value);
  switch (kind) {
    case 'share':
      return text.t('study.unit.percent', { value: plainNumber(Math.round(value * 1e8) / 1e6, text) });
    case 'days':
      return text.t('study.unit.days', { value: plainNumber(value, text) });
    case 'perYear':
      return text.t('study.unit.perYear', { value: plainNumber(value, text) });
    default:
      return plainNumber(value, text);
  }
}

/** A value at a path, in that path's kind. */
export function formatPathValue(path: string, value: unknown, text: Text): string {
  return formatFieldValue(value, fieldKind(path), text);
}

/** The relative change from → to as "−14.8 %", or null when it cannot be said (not numbers, from 0). */
export function relativeChangeText(from: unknown, to: unknown, text: Text): string | null {
  if (typeof from !== 'number' || typeof to !== 'number' || from === 0) return null;
  const r = (to - from) / Math.abs(from);
  const s = text.fmt.number(r * 100, 1).replace(/^-/, MINUS);
  return text.t('study.unit.percent', { value: r > 0 && /[1-9]/.test(s) ? `+${s}` : s });
}
