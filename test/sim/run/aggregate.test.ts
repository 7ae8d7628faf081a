import { describe, expect, it } from 'vitest';
import { allMetricKeys } from '../../../sim/metrics/keys';
import { aggregateRun } from '../../../sim/run/aggregate';
import { computeDigest } from '../../../sim/run/digest';
import { WAIT_HISTOGRAM_EDGES, type ReplicationResult } from '../../../sim/run/types';
import { ENGINE_VERSION } from '../../../sim/version';
import { exampleScenario } from '../../support/scenarios';

const scenario = exampleScenario();
const KEYS = allMetricKeys(scenario);
const BINS = WAIT_HISTOGRAM_EDGES.length;

/** A replication with every metric = base + index, except the overrides; 3 weeks of series. */
function rep(
  replication: number,
  overrides: Record<string, number | null | undefined> = {},
  series: Record<string, number[]> = { waitingList: [1, 2, 3] },
  histogram: number[] = [],
): ReplicationResult {
  const metrics: Record<string, number | null> = {};
  KEYS.forEach((k, i) => (metrics[k] = i + replication));
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete metrics[k];
    else metrics[k] = v;
  }
  const waitHistogram = new Array<number>(BINS).fill(0);
  histogram.forEach((c, i) => (waitHistogram[i] = c));
  return { replication, metrics, series: { weekStartDays: [0, 7, 14], values: series }, waitHistogram, events: 100, patients: 10 };
}

const three = () => [
  rep(0, { meanWaitDays: 10, bedOccupancy: 0.9 }, { waitingList: [1, 2, 3] }, [2, 2]),
  rep(1, { meanWaitDays: 12, bedOccupancy: null }, { waitingList: [3, 2, 5] }, [1, 3]),
  rep(2, { meanWaitDays: 14, bedOccupancy: 0.8 }, { waitingList: [2, 2, 4] }, []),
];

describe('aggregateRun', () => {
  it('fills the result header from the scenario and keeps the scenario object', () => {
    const r = aggregateRun(scenario, three());
    expect(r.schema).toBe('kapasim/result@1');
    expect(r.engineVersion).toBe(ENGINE_VERSION);
    expect(aggregateRun(scenario, three(), '9.9.9').engineVersion).toBe('9.9.9');
    expect(r.scenario).toBe(scenario);
    expect(r.seed).toBe(20121);
    expect(r.replications).toBe(3);
    expect(Object.keys(r.metrics)).toEqual(KEYS);
  });

  it('summarises each metric across replications with a t-based CI', () => {
    const m = aggregateRun(scenario, three()).metrics;
    expect(m.meanWaitDays!.mean).toBe(12);
    expect(m.meanWaitDays!.sd).toBeCloseTo(2, 14);
    // scipy.stats.t.interval(0.95, 2, loc=12, scale=2/sqrt(3))
    expect(m.meanWaitDays!.ci95![0]).toBeCloseTo(7.0317245764993395, 12);
    expect(m.meanWaitDays!.ci95![1]).toBeCloseTo(16.96827542350066, 12);
    expect(m.meanWaitDays!.values).toEqual([10, 12, 14]);
    expect(m.bedOccupancy!.n).toBe(2);
    expect(m.bedOccupancy!.mean).toBeCloseTo(0.85, 14);
    expect(m.bedOccupancy!.values).toEqual([0.9, null, 0.8]);
  });

  it('counts a missing metric as null', () => {
    const reps = three();
    delete reps[1]!.metrics['services.long.occupancy'];
    const s = aggregateRun(scenario, reps).metrics['services.long.occupancy']!;
    expect(s.values[1]).toBeNull();
    expect(s.n).toBe(2);
  });

  it('gives the same result whatever order the replications arrive in', () => {
    const inOrder = aggregateRun(scenario, three());
    const shuffled = three();
    expect(aggregateRun(scenario, [shuffled[2]!, shuffled[0]!, shuffled[1]!])).toEqual(inOrder);
    expect(aggregateRun(scenario, [shuffled[1]!, shuffled[2]!, shuffled[0]!]).digest).toBe(inOrder.digest);
  });

  it('digests the per-replication values over allMetricKeys', () => {
    const reps = three();
    const r = aggregateRun(scenario, reps);
    expect(r.digest).toBe(computeDigest(KEYS, reps));
    expect(r.digest).toMatch(/^[0-9a-f]{64}$/);
    reps[2]!.metrics.meanWaitDays = 14.000000000000002;
    expect(aggregateRun(scenario, reps).digest).not.toBe(r.digest);
  });

  it('summarises weekly series as mean and 95 % band per week', () => {
    const s = aggregateRun(scenario, three().slice(0, 2)).series;
    expect(s.weekStartDays).toEqual([0, 7, 14]);
    const wl = s.values.waitingList!;
    expect(wl.mean).toEqual([2, 2, 4]);
    // week 0: values 1 and 3, standard error 1, t(0.975, 1) = 12.706204736174694
    expect(wl.lo[0]).toBeCloseTo(2 - 12.706204736174694, 10);
    expect(wl.hi[0]).toBeCloseTo(2 + 12.706204736174694, 10);
    expect([wl.lo[1], wl.hi[1]]).toEqual([2, 2]);
    expect(wl.hi[2]).toBeGreaterThan(4);
  });

  it('collapses the band to the mean with one replication', () => {
    const r = aggregateRun(scenario, [rep(0, {}, { waitingList: [1, 2, 3] }, [3, 1])]);
    expect(r.series.values.waitingList).toEqual({ mean: [1, 2, 3], lo: [1, 2, 3], hi: [1, 2, 3] });
    expect(r.waitHistogram.share.mean.slice(0, 2)).toEqual([0.75, 0.25]);
    expect(r.waitHistogram.share.lo.slice(0, 2)).toEqual([0.75, 0.25]);
    expect(r.metrics.meanWaitDays!.ci95).toBeNull();
  });

  it('averages wait-histogram shares over replications that had waits', () => {
    const h = aggregateRun(scenario, three()).waitHistogram;
    expect(h.edgesDays).toEqual(WAIT_HISTOGRAM_EDGES);
    expect(h.share.mean.length).toBe(BINS);
    expect(h.share.mean.slice(0, 3)).toEqual([0.375, 0.625, 0]);
    // shares 0.5 and 0.25 (the replication without waits is skipped): scipy t.interval, df 1
    expect(h.share.lo[0]).toBeCloseTo(-1.2132755920218368, 12);
    expect(h.share.hi[0]).toBeCloseTo(1.9632755920218368, 12);
    const none = aggregateRun(scenario, [rep(0), rep(1)]).waitHistogram.share;
    expect(none.mean.every((x) => x === 0) && none.lo.every((x) => x === 0)).toBe(true);
  });

  it('refuses replication indices that are not exactly 0..n-1', () => {
    expect(() => aggregateRun(scenario, [])).toThrow(/no replications/);
    expect(() => aggregateRun(scenario, [rep(0), rep(2)])).toThrow(/missing 1/);
    expect(() => aggregateRun(scenario, [rep(0), rep(1), rep(1)])).toThrow(/duplicated 1/);
    expect(() => aggregateRun(scenario, [rep(1), rep(2)])).toThrow(/exactly 0\.\.1/);
  });

  it('refuses replications whose series or histogram differ in shape', () => {
    expect(() => aggregateRun(scenario, [rep(0), rep(1, {}, { waitingList: [1, 2] })])).toThrow(/replication 1/);
    expect(() => aggregateRun(scenario, [rep(0), rep(1, {}, { bedsInUse: [1, 2, 3] })])).toThrow(/another shape/);
    const short = rep(1);
    short.waitHistogram = [1];
    expect(() => aggregateRun(scenario, [rep(0), short])).toThrow(/wait-histogram bins/);
  });
});
