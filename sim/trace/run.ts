import { simulateReplication, type SimulateOptions } from '../model/simulate';
import type { ReplicationResult } from '../run/types';
import type { Scenario } from '../scenario/types';
import { TraceRecorder, type TraceData } from './recorder';

/**
 * Runs one replication with its trace recorded: the same ReplicationResult as without (the
 * recorder only listens), and the trace's raw columns (transferable from a worker as they are).
 */
export function traceReplication(scenario: Scenario, replication: number, options: Omit<SimulateOptions, 'trace'> = {}): { result: ReplicationResult; data: TraceData } {
  const recorder = new TraceRecorder();
  const result = simulateReplication(scenario, replication, { ...options, trace: recorder });
  return { result, data: recorder.finish() };
}
