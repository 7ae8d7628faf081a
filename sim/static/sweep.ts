/**
 * A 1-D sweep of one service's capacity for the chart of capacity against wait, with the
 * static estimate and the scenario's capacity marked: where do waits take off?
 *
 * The values span from a quarter below the smaller of the capacity and the static estimate
 * to a fifth above the larger, evenly, and always include the static estimate (rounded up).
 * The scenario's own capacity is not swept: the baseline run is that point. Every case runs
 * with the scenario's seed and replications (common random numbers), as any study does.
 */
import { expandStudySpec, type StudySpec } from '../study/spec';
import type { PlannedCase, StudyResult } from '../study/types';
import { STUDY_SCHEMA, capacityOf, type Scenario, type Service } from '../scenario/types';
import type { Validated } from '../scenario/issues';
import type { StaticServiceEstimate } from './estimate';

/** The change path of a service's capacity: `services.<id>.beds` or `.slots`. */
export function capacityPath(service: Pick<Service, 'id' | 'kind'>): string {
  return `services.${service.id}.${service.kind === 'inpatient' ? 'beds' : 'slots'}`;
}

/**
 * Whole capacities to sweep around the capacity and the static estimate (at most `count`
 * values besides the estimate), ascending, without the capacity itself, all ≥ 1.
 */
export function capacitySweepValues(capacity: number, neededWhole: number, count = 8): number[] {
  const needed = Number.isFinite(neededWhole) ? Math.max(1, neededWhole) : capacity * 2;
  const lo = Math.max(1, Math.floor(0.75 * Math.min(capacity > 0 ? capacity : needed, needed)));
  const hi = Math.max(lo + 1, Math.ceil(1.2 * Math.max(capacity, needed)));
  const values = new Set<number>();
  const steps = Math.max(1, count - 1);
  for (let i = 0; i <= steps; i++) values.add(Math.round(lo + ((hi - lo) * i) / steps));
  values.add(needed);
  values.delete(capacity);
  return [...values].filter((v) => v >= 1).sort((a, b) => a - b);
}

/** The cases of a capacity sweep of one service: the scenario as baseline, then one case per value. */
export function planCapacitySweep(scenario: Scenario, serviceId: string, values: readonly number[], name?: string): Validated<PlannedCase[]> {
  const service = scenario.services.find((s) => s.id === serviceId);
  if (!service) throw new Error(`planCapacitySweep: no service "${serviceId}"`);
  const spec: StudySpec = {
    schema: STUDY_SCHEMA,
    name: name ?? `${service.label ?? service.id}: capacity sweep`,
    baseline: scenario,
    variants: [],
    sweeps: [{ path: capacityPath(service), values: [...values], name: service.label ?? service.id }],
  };
  return expandStudySpec(spec, scenario);
}

/** One point of the capacity curve. */
export interface CapacityPoint {
  capacity: number;
  mean: number | null;
  ci95: [number, number] | null;
  /** True for the scenario's own capacity (the baseline run). */
  baseline: boolean;
}

export interface CapacityCurve {
  serviceId: string;
  path: string;
  kpi: string;
  capacity: number;
  /** The static estimate (fractional) and rounded up, for the marks. */
  needed: number;
  neededWhole: number;
  points: CapacityPoint[];
}

/**
 * The capacity curve of a capacity-sweep result for one KPI: the baseline's point and every
 * sweep point, sorted by capacity.
 */
export function capacityCurve(result: StudyResult, estimate: StaticServiceEstimate, kpi: string): CapacityCurve {
  const service = result.baseline.scenario.services.find((s) => s.id === estimate.id);
  if (!service) throw new Error(`capacityCurve: no service "${estimate.id}" in the result`);
  const path = capacityPath(service);
  const points: CapacityPoint[] = [];
  const base = result.baseline.metrics[kpi];
  points.push({ capacity: capacityOf(service), mean: base?.mean ?? null, ci95: base?.ci95 ?? null, baseline: true });
  for (const c of result.cases) {
    if (c.sweep?.path !== path || typeof c.sweep.value !== 'number') continue;
    const s = c.run.metrics[kpi];
    points.push({ capacity: c.sweep.value, mean: s?.mean ?? null, ci95: s?.ci95 ?? null, baseline: false });
  }
  points.sort((a, b) => a.capacity - b.capacity);
  return { serviceId: estimate.id, path, kpi, capacity: capacityOf(service), needed: estimate.needed, neededWhole: estimate.neededWhole, points };
}
