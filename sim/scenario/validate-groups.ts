/**
 * The `groups` list: shares summing to 1, deadlines, entry probabilities summing to 1 over
 * known services, and optional per-service stay overrides.
 */
import { checkNumber, checkObject, checkUnknownFields, copyFreeText, DAYS_NONNEG, has, join, SHARE, type Json } from './check';
import { checkDistribution } from './distribution';
import { checkList, checkProbabilities, checkServiceMap, nameElements, roundSum } from './elements';
import { GROUP_FIELDS } from './fields';
import type { IssueList } from './issues';
import { LIMITS } from './limits';
import type { Distribution, Group } from './types';

/** Checks the groups list against the known service ids (undefined: unknown); returns the cleaned groups. */
export function checkGroups(issues: IssueList, value: unknown, serviceIds: ReadonlySet<string> | undefined): Group[] | undefined {
  const items = checkList(issues, 'groups', value, 'groups');
  if (items === undefined) return undefined;
  const named = nameElements(issues, 'groups', items);
  const before = issues.errorCount;
  const out: Group[] = [];
  let shareSum = 0;
  let sharesValid = true;
  items.forEach((item, i) => {
    const path = named.paths[i];
    const g = checkObject(issues, path, item, 'group');
    if (g === undefined) {
      sharesValid = false;
      return;
    }
    const group = checkGroup(issues, path, g, serviceIds);
    const share = group?.share ?? (has(g, 'share') && typeof g.share === 'number' && Number.isFinite(g.share) && g.share >= 0 && g.share <= 1 ? g.share : undefined);
    if (share === undefined) sharesValid = false;
    else shareSum += share;
    if (group !== undefined) out.push(group);
  });
  if (sharesValid && Math.abs(shareSum - 1) > LIMITS.sumTolerance) {
    issues.error('groups', 'sum.sharesNotOne', { sum: roundSum(shareSum), tolerance: LIMITS.sumTolerance });
  }
  return issues.errorCount === before ? out : undefined;
}

function checkGroup(issues: IssueList, path: string, g: Json, serviceIds: ReadonlySet<string> | undefined): Group | undefined {
  const before = issues.errorCount;
  checkUnknownFields(issues, path, g, GROUP_FIELDS, 'group');
  const get = (k: string): unknown => (has(g, k) ? g[k] : undefined);
  const out: Json = { id: get('id') };
  copyFreeText(issues, path, g, out);
  out.share = checkNumber(issues, join(path, 'share'), get('share'), SHARE);
  out.deadlineDays = checkNumber(issues, join(path, 'deadlineDays'), get('deadlineDays'), DAYS_NONNEG);
  const entryPath = join(path, 'entry');
  if (get('entry') === undefined) {
    issues.error(entryPath, 'entry.required', {});
  } else {
    const entry = checkProbabilities(issues, entryPath, get('entry'), serviceIds, 'entry');
    if (entry !== undefined) {
      const sum = Object.values(entry).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) > LIMITS.sumTolerance) {
        issues.error(entryPath, 'sum.entryNotOne', { sum: roundSum(sum), tolerance: LIMITS.sumTolerance });
      }
      out.entry = entry;
    }
  }
  if (get('assessmentDelayDays') !== undefined) {
    // Kapasim's extension of MODEL.md: a group's own assessment delay (acute patients skip it).
    out.assessmentDelayDays = checkDistribution(issues, join(path, 'assessmentDelayDays'), get('assessmentDelayDays'));
  }
  if (get('stayDays') !== undefined) {
    out.stayDays = checkServiceMap<Distribution>(issues, join(path, 'stayDays'), get('stayDays'), serviceIds, 'stayOverrides', (at, v) => checkDistribution(issues, at, v));
  }
  return issues.errorCount === before ? (out as unknown as Group) : undefined;
}
