/**
 * The static estimate beside what the simulation shows at the scenario's capacity: per
 * service the capacity, the static estimate, the static expected load, and the simulated
 * starts, wait on the list and occupancy; for the run as a whole the mean and 90th-percentile
 * wait and the deadline breaches (MODEL.md has these per run, not per service).
 */
import type { RunResult, Summary } from '../run/types';
import type { ServiceKind } from '../scenario/types';
import type { StaticEstimate, StaticServiceEstimate } from './estimate';

/**
 * Where the scenario's capacity stands against the static method:
 * `overloaded`: the expected load alone exceeds the capacity (more arrive than can start, so the
 *   simulated list is held in check only by patients giving up);
 * `belowTarget`: the capacity carries the load but above the target utilisation;
 * `atOrAbove`: the capacity is at least the static estimate.
 */
export type CapacityPosition = 'overloaded' | 'belowTarget' | 'atOrAbove';

export interface StaticComparisonRow {
  id: string;
  label: string;
  kind: ServiceKind;
  capacity: number;
  estimate: StaticServiceEstimate;
  position: CapacityPosition;
  /** The simulation at the scenario's capacity (null where the run has no such metric). */
  simulated: {
    startsPerYear: Summary | null;
    meanWaitDays: Summary | null;
    occupancy: Summary | null;
    meanWaitingList: Summary | null;
  };
}

export interface StaticComparison {
  target: number;
  rows: StaticComparisonRow[];
  /** Run-level waits and breaches of the simulation at the scenario's capacity. */
  run: {
    meanWaitDays: Summary | null;
    p90WaitDays: Summary | null;
    deadlineBreachShare: Summary | null;
    renegedShare: Summary | null;
    referralsPerYear: Summary | null;
  };
}

export function capacityPosition(e: StaticServiceEstimate): CapacityPosition {
  if (e.capacity < e.meanInUse - 1e-9) return 'overloaded';
  if (e.capacity < e.needed - 1e-9) return 'belowTarget';
  return 'atOrAbove';
}

/** The static estimate (of the run's own scenario) beside the run's results, service by service. */
export function compareStaticWithRun(estimate: StaticEstimate, run: RunResult): StaticComparison {
  const m = (key: string): Summary | null => run.metrics[key] ?? null;
  return {
    target: estimate.target,
    rows: estimate.services.map((e) => ({
      id: e.id,
      label: e.label,
      kind: e.kind,
      capacity: e.capacity,
      estimate: e,
      position: capacityPosition(e),
      simulated: {
        startsPerYear: m(`services.${e.id}.startsPerYear`),
        meanWaitDays: m(`services.${e.id}.meanWaitDays`),
        occupancy: m(`services.${e.id}.occupancy`),
        meanWaitingList: m(`services.${e.id}.meanWaitingList`),
      },
    })),
    run: {
      meanWaitDays: m('meanWaitDays'),
      p90WaitDays: m('p90WaitDays'),
      deadlineBreachShare: m('deadlineBreachShare'),
      renegedShare: m('renegedShare'),
      referralsPerYear: m('referralsPerYear'),
    },
  };
}
