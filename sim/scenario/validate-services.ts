/**
 * The `services` list: kinds, capacities (beds for inpatient units, slots for outpatient
 * services), stays, dropout and `next` routing, including the rule that no set of services
 * may keep patients forever.
 */
import {
  CAPACITY, checkEnum, checkNumber, checkObject, checkUnknownFields, copyFreeText, DAYS_POSITIVE, has, join, optionalNumber, SHARE, type Json,
} from './check';
import { checkDistribution } from './distribution';
import { checkList, checkProbabilities, nameElements, roundSum } from './elements';
import { SERVICE_FIELDS } from './fields';
import type { IssueList } from './issues';
import { LIMITS } from './limits';
import { closedLoops, type RoutingNode } from './routing';
import type { Service } from './types';

export interface ServicesResult {
  /** Cleaned services, or undefined when any is invalid. */
  services: Service[] | undefined;
  /** Valid service ids, for references elsewhere. */
  ids: Set<string>;
  /** Whether the list could be read at all; if not, references to services are not checked. */
  listed: boolean;
  /** Path of each service, by id where it is valid and unique. */
  pathOf: Map<string, string>;
  /** Capacity (beds or slots) and kind of each valid service id, where known. */
  capacity: Map<string, number>;
  kind: Map<string, Service['kind']>;
}

/** Checks the services list; the ids are collected first so that `next` can refer forward. */
export function checkServices(issues: IssueList, value: unknown): ServicesResult {
  const result: ServicesResult = { services: undefined, ids: new Set(), listed: false, pathOf: new Map(), capacity: new Map(), kind: new Map() };
  const items = checkList(issues, 'services', value, 'services');
  if (items === undefined) return result;
  result.listed = true;
  const named = nameElements(issues, 'services', items);
  named.ids.forEach((id, i) => id !== undefined && (result.ids.add(id), result.pathOf.has(id) || result.pathOf.set(id, named.paths[i])));
  const before = issues.errorCount;
  const out: Service[] = [];
  const routing: RoutingNode[] = [];
  items.forEach((item, i) => {
    const path = named.paths[i];
    const s = checkObject(issues, path, item, 'service');
    if (s === undefined) return;
    const { svc, ok } = checkService(issues, path, s, result.ids);
    const id = named.ids[i];
    if (id === undefined || path !== `services.${id}`) return; // no id, or not unique
    // Routing is checked for every service whose next and dropout are valid, even when
    // another field of it is not, so that a loop is reported together with other problems.
    if (svc.next !== undefined && svc.dropoutShare !== undefined) routing.push({ id, next: svc.next, dropoutShare: svc.dropoutShare });
    if (!ok) return;
    const valid = svc as Service;
    out.push(valid);
    result.kind.set(id, valid.kind);
    result.capacity.set(id, (valid.kind === 'inpatient' ? valid.beds : valid.slots) ?? 0);
  });
  for (const loop of closedLoops(routing)) {
    const members = [...new Set(loop)];
    const at = join(result.pathOf.get(members[0]) ?? 'services', 'next');
    if (members.length === 1) issues.error(at, 'next.selfLoop', { service: members[0] });
    else issues.error(at, 'next.cycle', { members, cycle: loop });
  }
  if (issues.errorCount === before) result.services = out;
  return result;
}

/** The cleaned service (fields that failed are undefined) and whether all of it is valid. */
function checkService(issues: IssueList, path: string, s: Json, ids: ReadonlySet<string>): { svc: Partial<Service>; ok: boolean } {
  const before = issues.errorCount;
  checkUnknownFields(issues, path, s, SERVICE_FIELDS, 'service');
  const get = (k: string): unknown => (has(s, k) ? s[k] : undefined);
  const kind = checkEnum(issues, join(path, 'kind'), get('kind'), ['inpatient', 'outpatient'] as const);
  const out: Json = { id: get('id') };
  copyFreeText(issues, path, s, out);
  out.kind = kind;
  const capacityField = kind === 'outpatient' ? 'slots' : 'beds';
  const otherField = kind === 'outpatient' ? 'beds' : 'slots';
  if (kind !== undefined) {
    out[capacityField] = checkNumber(issues, join(path, capacityField), get(capacityField), CAPACITY);
    if (has(s, otherField)) {
      issues.warn(join(path, otherField), 'capacity.ignored', { serviceKind: kind, field: capacityField, other: otherField }, get(otherField));
    }
  } else {
    for (const f of ['beds', 'slots']) if (has(s, f)) checkNumber(issues, join(path, f), s[f], CAPACITY);
  }
  out.stayDays = checkDistribution(issues, join(path, 'stayDays'), get('stayDays'));
  out.maxStayDays = get('maxStayDays') === null || get('maxStayDays') === undefined ? null : checkNumber(issues, join(path, 'maxStayDays'), get('maxStayDays'), DAYS_POSITIVE);
  out.dropoutShare = optionalNumber(issues, join(path, 'dropoutShare'), get('dropoutShare'), SHARE, 0);
  out.next = {};
  if (get('next') !== undefined) {
    out.next = undefined;
    const nextPath = join(path, 'next');
    const next = checkProbabilities(issues, nextPath, get('next'), ids, 'next');
    if (next !== undefined) {
      const sum = Object.values(next).reduce((a, b) => a + b, 0);
      if (sum > 1 + LIMITS.sumTolerance) {
        issues.error(nextPath, 'sum.nextOverOne', { sum: roundSum(sum) });
      } else out.next = next;
    }
  }
  return { svc: out as Partial<Service>, ok: issues.errorCount === before };
}
