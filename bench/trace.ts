/**
 * The trace of one 7-year replication of the default scenario (the timeline player's input):
 * how many events and patients it holds, its size in memory as recorded and as prepared for
 * the player (checkpoints, patient index), and what recording costs against the same
 * replication without a recorder.
 */
import { simulateReplication } from '../sim/model/simulate';
import type { Scenario } from '../sim/scenario/types';
import { Trace, traceDataBytes, traceReplication } from '../sim/trace';
import { median } from './mmc-engine';

export interface TraceBench {
  horizonDays: number;
  events: number;
  patients: number;
  modelEvents: number;
  recordedBytes: number;
  preparedBytes: number;
  /** Median wall times (ms): the replication without and with the recorder, and preparing the trace. */
  plainMs: number;
  tracedMs: number;
  prepareMs: number;
}

export function benchTrace(scenario: Scenario, replication = 0, runs = 5): TraceBench {
  const plain: number[] = [];
  const traced: number[] = [];
  const prepare: number[] = [];
  let last: ReturnType<typeof traceReplication> | null = null;
  let trace: Trace | null = null;
  // The first of each pays the JIT warm-up; medians of the rest.
  for (let k = 0; k <= runs; k++) {
    let t0 = performance.now();
    simulateReplication(scenario, replication);
    if (k > 0) plain.push(performance.now() - t0);
    t0 = performance.now();
    last = traceReplication(scenario, replication);
    if (k > 0) traced.push(performance.now() - t0);
    t0 = performance.now();
    trace = new Trace(last.data);
    if (k > 0) prepare.push(performance.now() - t0);
  }
  return {
    horizonDays: scenario.horizonDays,
    events: trace!.events,
    patients: trace!.patients,
    modelEvents: last!.result.events,
    recordedBytes: traceDataBytes(last!.data),
    preparedBytes: trace!.bytes,
    plainMs: median(plain),
    tracedMs: median(traced),
    prepareMs: median(prepare),
  };
}
