/**
 * Event traces of one replication, for the timeline player: recorded on demand (never in bulk
 * runs), kept as typed-array columns, with checkpoints for the state at any time and each
 * patient's history. Pure TypeScript, like the rest of sim/.
 */
export { LeaveReason, TRACE_KINDS, TraceKind, TraceOutcome } from './kinds';
export type { TraceSink } from './sink';
export { TraceRecorder, traceDataBytes, type TraceData } from './recorder';
export { buckets, CHECKPOINT_EVERY, NONE, Trace, type Buckets, type PatientAt, type TraceState } from './trace';
export { patientHistory, type HistoryEntry } from './history';
export { seriesFromTrace, weeklyBucketAverages, type SeriesShape } from './series';
export { traceReplication } from './run';
