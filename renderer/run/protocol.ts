import type { ReplicationResult, Scenario } from '../../sim';

/** Page → worker: the scenario to run, then replication indices one at a time. */
export type ToRunWorker = { type: 'init'; scenario: Scenario } | { type: 'run'; replication: number };

/** Worker → page: a finished replication, or the error that stopped one. */
export type FromRunWorker = { type: 'result'; result: ReplicationResult } | { type: 'error'; replication: number; message: string };
