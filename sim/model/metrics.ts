import type { MetricValues, ReplicationSeries } from '../run/types';
import type { Scenario } from '../scenario/types';
import type { CompiledModel } from './compile';
import type { Integrals } from './integrals';
import { Observations, READMISSION_DAYS } from './observations';
import { quantilesOfNonNegative } from './order-statistics';

/** Weekly averages gathered during a run: one row per integrated variable (see simulate.ts). */
export interface SeriesBuffer {
  weeks: number;
  values: Float64Array[];
}

/** A ratio, or null when it has no denominator (MODEL.md, "Edge cases"). */
function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/**
 * Turns one replication's tallies and time integrals into the metric values of MODEL.md.
 * Integral variables: in use per service [0, n), waiting per service [n, 2n), aftercare (2n),
 * delayed discharge (2n + 1).
 */
export function computeMetrics(
  m: CompiledModel,
  obs: Observations,
  integrals: Integrals,
  areaAtWarmup: Float64Array,
  scenario: Scenario,
): MetricValues {
  const n = m.nServices;
  const length = m.horizon - m.warmup;
  const years = length / 365;
  const area = (v: number) => integrals.areaOf(v) - areaAtWarmup[v];

  let bedDays = 0;
  let beds = 0;
  let slotDays = 0;
  let slots = 0;
  let waitingDays = 0;
  for (let s = 0; s < n; s++) {
    if (m.inpatient[s]) {
      bedDays += area(s);
      beds += m.capacity[s];
    } else {
      slotDays += area(s);
      slots += m.capacity[s];
    }
    waitingDays += area(n + s);
  }
  const placeDays = area(2 * n);
  const delayedBedDays = area(2 * n + 1);

  // Selection, not a sort: two order statistics of up to millions of waits.
  const waits = obs.firstWaits.subarray(0, obs.firstWaitCount);
  const [median, p90] = waits.length > 0 ? quantilesOfNonNegative(waits, [0.5, 0.9]) : [null, null];
  const metrics: MetricValues = {
    meanWaitDays: ratio(obs.firstWaitSum, obs.firstWaitCount),
    medianWaitDays: median,
    p90WaitDays: p90,
    meanWaitInpatientDays: ratio(obs.inpatientListWaitSum, obs.inpatientStarts),
    meanWaitOutpatientDays: ratio(obs.outpatientListWaitSum, obs.outpatientStarts),
    deadlineBreachShare: ratio(obs.breaches, obs.firstWaitCount),
    meanWaitingList: waitingDays / length,
    bedOccupancy: ratio(bedDays, beds * length),
    outpatientUtilization: ratio(slotDays, slots * length),
    delayedDischargeBedDaysPerYear: delayedBedDays / years,
    dischargedWithoutAftercareShare: ratio(obs.aftercareWithout, obs.aftercareNeeded),
    readmission30Share: null,
    readmission90Share: null,
    readmission365Share: null,
    dropoutShare: ratio(obs.dropouts, obs.starts),
    renegedShare: ratio(obs.reneges, obs.listEntries),
    referralsPerYear: obs.referrals / years,
    admissionsPerYear: obs.inpatientStarts / years,
    costNokPerYear: (bedDays * m.bedDayNok + slotDays * m.slotDayNok + placeDays * m.placeDayNok) / years,
    // Bed-days per admission (Little's law over the window), delayed discharge included.
    meanInpatientStayDays: ratio(bedDays, obs.inpatientStarts),
    firstStartOutpatientShare: ratio(obs.firstStartsOutpatient, obs.firstWaitCount),
    // Referral to first start at an inpatient service, planned patients only (deadline over a
    // day): what national statistics call the wait for inpatient care.
    meanWaitPlannedInpatientDays: ratio(obs.plannedInpatientFirstWaitSum, obs.plannedInpatientFirstStarts),
  };
  READMISSION_DAYS.forEach((days, k) => {
    metrics[`readmission${days}Share`] = ratio(obs.readmitNumerator[k], obs.readmitDenominator[k]);
  });
  scenario.services.forEach((service, s) => {
    const prefix = `services.${service.id}.`;
    metrics[prefix + 'meanWaitDays'] = ratio(obs.serviceListWaitSum[s], obs.serviceStarts[s]);
    metrics[prefix + 'occupancy'] = ratio(area(s), m.capacity[s] * length);
    metrics[prefix + 'meanWaitingList'] = area(n + s) / length;
    metrics[prefix + 'startsPerYear'] = obs.serviceStarts[s] / years;
  });
  scenario.groups.forEach((group, g) => {
    const prefix = `groups.${group.id}.`;
    metrics[prefix + 'meanWaitDays'] = ratio(obs.groupWaitSum[g], obs.groupFirstStarts[g]);
    metrics[prefix + 'deadlineBreachShare'] = ratio(obs.groupBreaches[g], obs.groupFirstStarts[g]);
    metrics[prefix + 'firstStartsPerYear'] = obs.groupFirstStarts[g] / years;
  });
  return metrics;
}

/** Named weekly series of one replication, overall and per service. */
export function weeklySeries(m: CompiledModel, buffer: SeriesBuffer): ReplicationSeries {
  const n = m.nServices;
  const weeks = buffer.weeks;
  const sum = (pick: (s: number) => boolean, offset: number) => {
    const out = new Array<number>(weeks).fill(0);
    for (let s = 0; s < n; s++) {
      if (!pick(s)) continue;
      const row = buffer.values[offset + s];
      for (let w = 0; w < weeks; w++) out[w] += row[w];
    }
    return out;
  };
  const values: Record<string, number[]> = {
    waitingList: sum(() => true, n),
    bedsInUse: sum((s) => m.inpatient[s] === 1, 0),
    outpatientSlotsInUse: sum((s) => m.inpatient[s] === 0, 0),
    aftercareInUse: Array.from(buffer.values[2 * n]),
    delayedDischarge: Array.from(buffer.values[2 * n + 1]),
  };
  for (let s = 0; s < n; s++) {
    values[`services.${m.serviceIds[s]}.waitingList`] = Array.from(buffer.values[n + s]);
    values[`services.${m.serviceIds[s]}.inUse`] = Array.from(buffer.values[s]);
  }
  return { weekStartDays: Array.from({ length: weeks }, (_, w) => 7 * w), values };
}
