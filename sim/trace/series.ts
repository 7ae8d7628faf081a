/**
 * Weekly time averages rebuilt from a trace, named as a replication's weekly series
 * (ReplicationSeries): the check that the trace and the model agree, and the player's view of
 * its replication over time.
 */
import type { ReplicationSeries } from '../run/types';
import { NONE, type Trace } from './trace';

export interface SeriesShape {
  horizonDays: number;
  services: readonly { id: string; kind: 'inpatient' | 'outpatient' }[];
}

/** Time-averaged bucket counts per week [7w, min(7w + 7, horizon)), from the trace's events. */
export function weeklyBucketAverages(trace: Trace, horizonDays: number): Float64Array[] {
  const nb = trace.b.count;
  const weeks = Math.ceil(horizonDays / 7);
  const area = Array.from({ length: nb }, () => new Float64Array(weeks));
  const counts = new Int32Array(nb);
  const { time } = trace.data;
  let last = 0;
  // Adds counts × (until − last) to the weeks it spans.
  const accumulate = (until: number) => {
    while (last < until) {
      const w = Math.min(weeks - 1, Math.floor(last / 7));
      const end = Math.min(until, 7 * (w + 1), horizonDays);
      const dt = end - last;
      if (dt <= 0) break;
      for (let k = 0; k < nb; k++) if (counts[k] !== 0) area[k][w] += counts[k] * dt;
      last = end;
    }
  };
  for (let i = 0; i < trace.events; i++) {
    const t = Math.min(time[i], horizonDays);
    if (t > last) accumulate(t);
    const f = trace.from[i];
    const to = trace.to[i];
    if (f !== NONE) counts[f]--;
    if (to !== NONE) counts[to]++;
  }
  accumulate(horizonDays);
  for (let w = 0; w < weeks; w++) {
    const length = Math.min(7 * (w + 1), horizonDays) - 7 * w;
    for (let k = 0; k < nb; k++) area[k][w] = length > 0 ? area[k][w] / length : 0;
  }
  return area;
}

/** The weekly series of ReplicationSeries, rebuilt from the trace. */
export function seriesFromTrace(trace: Trace, shape: SeriesShape): ReplicationSeries {
  const avg = weeklyBucketAverages(trace, shape.horizonDays);
  const b = trace.b;
  const weeks = Math.ceil(shape.horizonDays / 7);
  const sum = (rows: Float64Array[]) => {
    const out = new Array<number>(weeks).fill(0);
    for (const r of rows) for (let w = 0; w < weeks; w++) out[w] += r[w];
    return out;
  };
  const n = shape.services.length;
  const idx = [...Array(n).keys()];
  const inUse = (s: number) => [avg[b.inService(s)], avg[b.delayed(s)]];
  const values: Record<string, number[]> = {
    waitingList: sum(idx.map((s) => avg[b.waiting(s)])),
    bedsInUse: sum(idx.filter((s) => shape.services[s].kind === 'inpatient').flatMap(inUse)),
    outpatientSlotsInUse: sum(idx.filter((s) => shape.services[s].kind !== 'inpatient').flatMap(inUse)),
    aftercareInUse: Array.from(avg[b.aftercare]),
    delayedDischarge: sum(idx.map((s) => avg[b.delayed(s)])),
  };
  for (let s = 0; s < n; s++) {
    values[`services.${shape.services[s].id}.waitingList`] = Array.from(avg[b.waiting(s)]);
    values[`services.${shape.services[s].id}.inUse`] = sum(inUse(s));
  }
  return { weekStartDays: Array.from({ length: weeks }, (_, w) => 7 * w), values };
}
