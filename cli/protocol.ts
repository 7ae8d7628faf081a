/** Messages between the CLI and its worker threads (see pool.ts and worker.ts). */
import type { ReplicationResult } from '../sim/run/types';
import type { Scenario } from '../sim/scenario/types';

/** Given to each worker when it starts: a scenario known as id 0, or none (sent with the first job). */
export interface WorkerInit {
  scenario?: Scenario;
}

/**
 * Parent → worker: run one replication of the scenario with this id (0 when absent), or stop.
 * The first job of a scenario that a worker has not seen carries the scenario, so one pool
 * can run the replications of many scenarios (a study's cases) on the same workers.
 */
export type ToWorker = { type: 'run'; replication: number; scenarioId?: number; scenario?: Scenario } | { type: 'stop' };

/** Worker → parent: a finished replication, or the error that stopped one. */
export type FromWorker =
  | { type: 'result'; scenarioId?: number; result: ReplicationResult }
  | { type: 'error'; scenarioId?: number; replication: number; message: string; stack?: string };
