import { describe, expect, it } from 'vitest';
import { simulateReplication, type Census } from '../../../sim/model/simulate';
import type { Scenario } from '../../../sim/scenario/types';
import { CHECKPOINT_EVERY, NONE, patientHistory, seriesFromTrace, Trace, TraceKind, traceReplication, TraceRecorder } from '../../../sim/trace';
import { exampleScenario, loadScenario, variant } from '../../support/scenarios';

const base = exampleScenario();
const cases: [string, Scenario][] = [
  ['the MODEL.md example (earliest deadline, reneging, aftercare full, wait in bed)', base],
  ['fifo, no reneging, aftercare discharge when full', variant(base, (s) => {
    s.waitingList = { discipline: 'fifo', meanPatienceDays: null };
    s.aftercare.whenFull = 'discharge';
  })],
  ['scarce aftercare that outpatients wait for, an initial state and no warm-up', variant(base, (s) => {
    s.aftercare.places = 20;
    s.aftercare.needShare = { inpatient: 0.9, outpatient: 0.9 };
    s.initialState = { waiting: { short: 80, outpatient: 300 }, inService: { long: 90, detox: 10, outpatient: 700 } };
    s.warmupDays = 0;
    s.horizonDays = 1100;
  })],
];

/** The census a trace gives after its first k events, in the model's terms. */
function censusFromTrace(trace: Trace, k: number): Omit<Census, 'time' | 'created' | 'left'> & { inUse: number[]; waitingPer: number[]; aftercare: number } {
  const st = trace.stateAfter(k);
  const b = trace.b;
  const n = b.nServices;
  const sum = (f: (s: number) => number) => Array.from({ length: n }, (_, s) => st.counts[f(s)]).reduce((a, x) => a + x, 0);
  return {
    inAssessment: st.counts[b.assessment],
    waiting: sum(b.waiting),
    inService: sum(b.inService),
    waitingForAftercare: sum(b.delayed) + st.counts[b.waitOutside],
    awaitingReReferral: st.counts[b.returning],
    inUse: Array.from({ length: n }, (_, s) => st.counts[b.inService(s)] + st.counts[b.delayed(s)]),
    waitingPer: Array.from({ length: n }, (_, s) => st.counts[b.waiting(s)]),
    aftercare: st.counts[b.aftercare],
  };
}

describe('the trace recorder', () => {
  it.each(cases)('does not change the replication: the same ReplicationResult with and without it (%s)', (_name, scenario) => {
    const plain = simulateReplication(scenario, 1);
    const { result, data } = traceReplication(scenario, 1);
    expect(result).toEqual(plain);
    expect(data.count).toBeGreaterThan(1000);
  });

  it.each(cases)('gives, rebuilt from the trace, the census and per-service counts of every week boundary (%s)', (_name, scenario) => {
    const recorder = new TraceRecorder();
    const seen: { k: number; census: Census; inUse: number[]; waiting: number[]; aftercare: number }[] = [];
    simulateReplication(scenario, 0, {
      trace: recorder,
      onWeek: (census, check) => seen.push({ k: recorder.length, census, inUse: check.inUsePerService, waiting: check.waitingPerService, aftercare: check.aftercareInUse }),
    });
    const trace = new Trace(recorder.finish());
    expect(seen.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const w of seen) {
      const got = censusFromTrace(trace, w.k);
      const c = w.census;
      const want = { inAssessment: c.inAssessment, waiting: c.waiting, inService: c.inService, waitingForAftercare: c.waitingForAftercare, awaitingReReferral: c.awaitingReReferral, inUse: w.inUse, waitingPer: w.waiting, aftercare: w.aftercare };
      if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`t=${c.time}: trace ${JSON.stringify(got)} model ${JSON.stringify(want)}`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it.each(cases)('gives, rebuilt from the trace, the replication weekly series (time-averaged per week, to rounding) (%s)', (_name, scenario) => {
    const { result, data } = traceReplication(scenario, 2);
    const rebuilt = seriesFromTrace(new Trace(data), scenario);
    expect(rebuilt.weekStartDays).toEqual(result.series.weekStartDays);
    expect(Object.keys(rebuilt.values).sort()).toEqual(Object.keys(result.series.values).sort());
    let worst = 0;
    for (const [key, want] of Object.entries(result.series.values)) {
      const got = rebuilt.values[key]!;
      want.forEach((v, w) => (worst = Math.max(worst, Math.abs(got[w]! - v) / Math.max(1, Math.abs(v)))));
    }
    expect(worst).toBeLessThan(1e-9);
  });
});

describe('a trace', () => {
  const scenario = variant(base, (s) => (s.horizonDays = 1500));
  const { data } = traceReplication(scenario, 0);
  const trace = new Trace(data);

  it('has nondecreasing times, and every patient is in one bucket or none after each event', () => {
    for (let i = 1; i < data.count; i++) if (data.time[i]! < data.time[i - 1]!) throw new Error(`time goes back at ${i}`);
    const st = trace.stateAfter(data.count);
    for (const c of st.counts) expect(c).toBeGreaterThanOrEqual(0);
    expect(st.counts[trace.b.discharged]).toBe(0);
    const present = Array.from(st.counts).reduce((a, x) => a + x, 0) - st.counts[trace.b.aftercare]!;
    const left = st.kinds[TraceKind.Leave]!;
    expect(present + left).toBe(data.patients);
  });

  it('gives the same state from a checkpoint as from replaying every event, at any time, and when seeking back and forth', () => {
    const brute = (k: number) => {
      const counts = new Int32Array(trace.b.count);
      for (let i = 0; i < k; i++) {
        if (trace.from[i] !== NONE) counts[trace.from[i]!]--;
        if (trace.to[i] !== NONE) counts[trace.to[i]!]++;
      }
      return Array.from(counts);
    };
    const cursor = trace.newState();
    for (const t of [0, 3.5, 100, 99, 365.25, 800, 10, 1499.9, 1500, 2000, 640]) {
      const k = trace.eventsUpTo(t);
      expect(Array.from(trace.stateAt(t).counts)).toEqual(brute(k));
      expect(Array.from(trace.seek(cursor, t).counts)).toEqual(brute(k));
    }
    for (const k of [0, 1, CHECKPOINT_EVERY - 1, CHECKPOINT_EVERY, CHECKPOINT_EVERY + 1, data.count]) expect(Array.from(trace.stateAfter(k).counts)).toEqual(brute(k));
  });

  it('lists the patients at a service at a time, each with a history that puts them there', () => {
    const t = 900;
    const b = trace.b;
    const at = trace.patientsAt(t, [b.waiting(1), b.inService(1), b.delayed(1)]);
    const st = trace.stateAt(t);
    expect(at).toHaveLength(st.counts[b.waiting(1)]! + st.counts[b.inService(1)]! + st.counts[b.delayed(1)]!);
    const aftercare = trace.patientsAt(t, [b.aftercare]);
    expect(aftercare).toHaveLength(st.counts[b.aftercare]!);
    for (const p of at.slice(0, 50)) {
      const h = patientHistory(trace, p.patient);
      const last = h.filter((e) => e.time <= t && e.kind !== TraceKind.AftercareStart).at(-1)!;
      expect(last.service).toBe(1);
      expect(last.time).toBe(p.since);
      expect(h[0]!.kind === TraceKind.Referral || h[0]!.kind === TraceKind.Initial).toBe(true);
    }
  });

  it('tells a patient history: waits, stays, outcomes, aftercare and relapses, by episode', () => {
    let withRelapse = -1;
    for (let p = 0; p < data.patients && withRelapse < 0; p++) {
      if (trace.eventsOf(p).some((i) => data.kind[i] === TraceKind.ReReferral)) withRelapse = p;
    }
    expect(withRelapse).toBeGreaterThanOrEqual(0);
    const h = patientHistory(trace, withRelapse);
    const rr = h.find((e) => e.kind === TraceKind.ReReferral)!;
    expect(rr.episode).toBe(2);
    const relapse = h.find((e) => e.kind === TraceKind.Relapse)!;
    expect(relapse.until).toBe(rr.time);
    for (const e of h) {
      if (e.kind === TraceKind.Start) expect(e.days).toBeGreaterThanOrEqual(0);
      if (e.kind === TraceKind.Discharge) expect(e.outcome).not.toBeNull();
      if (e.kind === TraceKind.AftercareStart) expect(e.until).toBeGreaterThan(e.time);
    }
    // Waits on the list add up: every Start after a Wait at the same service reports the time between.
    for (let j = 1; j < h.length; j++) {
      if (h[j]!.kind === TraceKind.Start && h[j - 1]!.kind === TraceKind.Wait && h[j - 1]!.service === h[j]!.service) expect(h[j]!.days).toBeCloseTo(h[j]!.time - h[j - 1]!.time, 12);
    }
  });

  it('counts re-referrals (relapses returning) over a window', () => {
    const all = trace.reReferralsWithin(1500, 1500);
    expect(all).toBe(trace.stateAfter(data.count).kinds[TraceKind.ReReferral]);
    expect(trace.reReferralsWithin(900, 30)).toBe(Array.from(trace.reReferralTimes).filter((x) => x > 870 && x <= 900).length);
  });
});

describe('the trace of one 7-year replication of the default', () => {
  it('fits in memory comfortably (under 8 MB, recorded and derived)', () => {
    const scenario = loadScenario('default.kapasim.json');
    const { data } = traceReplication(scenario, 0);
    const trace = new Trace(data);
    // Printed by npm run bench; here a bound.
    expect(trace.bytes).toBeLessThan(8 * 1024 * 1024);
    expect(trace.events).toBeGreaterThan(10_000);
  });
});
