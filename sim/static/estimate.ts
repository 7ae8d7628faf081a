/**
 * The static estimate per service, as the regions' national projection model computes
 * capacity: expected activity × mean length of stay → bed-days (or caseload slot-days) a
 * year → places in use on average → divided by a target utilisation. No waiting times, no
 * variability: what it gives is the capacity at which the mean load is `target` of it.
 *
 *   needed_s = (starts_s × mean realised stay_s + delayed-discharge days_s) / 365 / target
 *
 * Starts come from flows.ts. The mean realised stay is exact (stay.ts: the maxStayDays cut
 * and dropout at U × planned), weighted over groups by their starts where a group overrides
 * the service's stay. Delayed discharge is the inpatients who complete their last service
 * there, need aftercare and wait in the bed for a place (aftercare.ts).
 */
import type { Scenario, ServiceKind } from '../scenario/types';
import { capacityOf } from '../scenario/types';
import { computeFlows, type FlowOptions, type Flows } from './flows';
import { meanRealisedStay } from './stay';

/** The target utilisation the static method divides by, unless told otherwise. */
export const DEFAULT_TARGET_UTILISATION = 0.85;

export interface StaticServiceEstimate {
  id: string;
  label: string;
  kind: ServiceKind;
  /** The scenario's beds (inpatient) or slots (outpatient). */
  capacity: number;
  /** Expected starts a year (arrivals at the list; reneging ignored). */
  startsPerYear: number;
  /** Mean realised stay over the starts (days): maxStayDays cut and dropout included, delayed discharge not. */
  meanStayDays: number;
  /** Bed-days a year held by patients waiting in the bed for aftercare (inpatient only). */
  delayedDischargeDaysPerYear: number;
  /** Bed-days (or slot-days) a year: starts × mean stay + delayed discharge. */
  daysPerYear: number;
  /** Places in use on average: daysPerYear / 365 (the offered load, in erlangs). */
  meanInUse: number;
  /** The static estimate: meanInUse / target (a fractional number of beds or slots). */
  needed: number;
  /** The estimate rounded up to whole beds or slots. */
  neededWhole: number;
  /** meanInUse / capacity: the utilisation the static method expects at the scenario's capacity (null with none). */
  utilisationAtCapacity: number | null;
}

export interface StaticEstimate {
  /** The target utilisation used. */
  target: number;
  newReferralsPerYear: number;
  reReferralsPerYear: number;
  referralsPerYear: number;
  aftercare: Flows['aftercare'];
  /**
   * Municipal aftercare places by the same method: the places in use if everyone needing
   * aftercare got one (the queue's offered load) ÷ target, beside the scenario's places.
   */
  aftercarePlaces: { capacity: number; meanInUse: number; needed: number; neededWhole: number; utilisationAtCapacity: number | null };
  services: StaticServiceEstimate[];
  /** False when the flows grow without bound (see Flows.stable): every figure is then Infinity. */
  stable: boolean;
}

export interface StaticOptions extends FlowOptions {
  /** Target utilisation in (0, 1] (default 0.85). */
  target?: number;
}

/** Whole beds or slots for a fractional estimate, without rounding 12.000000001 up to 13. */
function roundUp(x: number): number {
  if (!Number.isFinite(x)) return x;
  return Math.ceil(x - 1e-9);
}

/** The static estimate for every service of a validated scenario. */
export function staticEstimate(scenario: Scenario, options: StaticOptions = {}): StaticEstimate {
  const target = options.target ?? DEFAULT_TARGET_UTILISATION;
  if (!(target > 0 && target <= 1)) throw new RangeError(`staticEstimate: target utilisation must be in (0, 1], got ${target}`);
  const flows = computeFlows(scenario, options);
  const delayPerNeeding = flows.aftercare.meanWaitDays;
  const ac = scenario.aftercare;
  const services = scenario.services.map((svc, i): StaticServiceEstimate => {
    const starts = flows.services[i]!.startsPerYear;
    // Mean stay over the starts, each group with its own stay distribution where it overrides.
    let staySum = 0;
    let weight = 0;
    scenario.groups.forEach((g, gi) => {
      const w = flows.groups[gi]!.startsPerYear[i]!;
      const d = g.stayDays?.[svc.id] ?? svc.stayDays;
      staySum += w * meanRealisedStay(d, svc.maxStayDays, svc.dropoutShare ?? 0);
      weight += w;
    });
    const meanStay = weight > 0 ? staySum / weight : meanRealisedStay(svc.stayDays, svc.maxStayDays, svc.dropoutShare ?? 0);
    const delayed = svc.kind === 'inpatient' && ac.whenFull === 'waitInBed' ? flows.services[i]!.lastCompletionsPerYear * ac.needShare.inpatient * delayPerNeeding : 0;
    const days = (weight > 0 ? staySum : 0) + delayed;
    const meanInUse = days / 365;
    const needed = meanInUse / target;
    const capacity = capacityOf(svc);
    return {
      id: svc.id,
      label: svc.label ?? svc.id,
      kind: svc.kind,
      capacity,
      startsPerYear: starts,
      meanStayDays: meanStay,
      delayedDischargeDaysPerYear: delayed,
      daysPerYear: days,
      meanInUse,
      needed,
      neededWhole: roundUp(needed),
      utilisationAtCapacity: capacity > 0 ? meanInUse / capacity : null,
    };
  });
  return {
    target,
    newReferralsPerYear: flows.newReferralsPerYear,
    reReferralsPerYear: flows.reReferralsPerYear,
    referralsPerYear: flows.referralsPerYear,
    aftercare: flows.aftercare,
    aftercarePlaces: {
      capacity: ac.places,
      meanInUse: flows.aftercare.offeredLoad,
      needed: flows.aftercare.offeredLoad / target,
      neededWhole: roundUp(flows.aftercare.offeredLoad / target),
      utilisationAtCapacity: ac.places > 0 ? flows.aftercare.offeredLoad / ac.places : null,
    },
    services,
    stable: flows.stable,
  };
}
