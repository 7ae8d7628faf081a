/**
 * The fields a planner changes most in a study (capacities, maximum stays, lengths of stay,
 * aftercare places, patience, referrals), by change path, with how each is typed and shown.
 */
import { isCountPath, isSharePath, valueAt, type Scenario } from '../../../sim';

/** How a field's number is typed and shown: whole counts, days, a share typed as %, a yearly number. */
export type FieldKind = 'count' | 'days' | 'share' | 'perYear' | 'number';

export function fieldKind(path: string): FieldKind {
  if (isCountPath(path)) return 'count';
  if (isSharePath(path) || path === 'referrals.growth') return 'share';
  if (path === 'referrals.perYear') return 'perYear';
  if (/Days(\.(mean|sd|value|min|max|mode))?$/.test(path)) return 'days';
  return 'number';
}

export interface KeyField {
  path: string;
  kind: FieldKind;
  /** The section of the form: a service's id, or 'system'. */
  group: string;
}

const hasMean = (d: unknown): boolean => typeof d === 'object' && d !== null && typeof (d as { mean?: unknown }).mean === 'number';

/** The key fields of a scenario, service by service, then the rest of the system. */
export function keyFields(s: Scenario): KeyField[] {
  const out: KeyField[] = [];
  const add = (path: string, group: string) => out.push({ path, kind: fieldKind(path), group });
  for (const svc of s.services) {
    const at = `services.${svc.id}`;
    add(`${at}.${svc.kind === 'inpatient' ? 'beds' : 'slots'}`, svc.id);
    add(`${at}.maxStayDays`, svc.id);
    if (hasMean(svc.stayDays)) add(`${at}.stayDays.mean`, svc.id);
  }
  add('aftercare.places', 'system');
  if (hasMean(s.aftercare.durationDays)) add('aftercare.durationDays.mean', 'system');
  add('waitingList.meanPatienceDays', 'system');
  add('referrals.perYear', 'system');
  add('referrals.growth', 'system');
  return out;
}

/** Key fields with a number other than 0 in the baseline: the ones a ±X % change can move. */
export function tornadoFields(s: Scenario): KeyField[] {
  return keyFields(s).filter((f) => {
    const v = valueAt(s, f.path);
    return typeof v === 'number' && v !== 0;
  });
}
