/** Messages between the CLI and its worker threads (see pool.ts and worker.ts). */
import type { ReplicationResult } from '../sim/run/types';
import type { Scenario } from '../sim/scenario/types';

/** Given to each worker when it starts. */
export interface WorkerInit {
  scenario: Scenario;
}

/** Parent → worker: run one replication, or stop. */
export type ToWorker = { type: 'run'; replication: number } | { type: 'stop' };

/** Worker → parent: a finished replication, or the error that stopped one. */
export type FromWorker =
  | { type: 'result'; result: ReplicationResult }
  | { type: 'error'; replication: number; message: string; stack?: string };
