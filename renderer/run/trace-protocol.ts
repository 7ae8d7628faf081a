import type { ReplicationResult, Scenario, TraceData } from '../../sim';

/** Page → trace worker: record the trace of one replication. */
export type ToTraceWorker = { type: 'trace'; scenario: Scenario; replication: number };

/** Trace worker → page: the replication and its trace (columns transferred, not copied), or the error. */
export type FromTraceWorker = { type: 'trace'; result: ReplicationResult; data: TraceData } | { type: 'error'; message: string };
