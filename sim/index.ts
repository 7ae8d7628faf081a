/**
 * The public face of sim/: what the renderer, the CLI and other callers import. Everything
 * here is pure TypeScript and runs the same in a Web Worker, a Node worker thread and a test.
 */
export * from './scenario';
export { simulateReplication, type Census, type ConsistencyCheck, type SimulateOptions } from './model/simulate';
export { aggregateRun } from './run/aggregate';
export { jobsToHold } from './run/jobs-to-hold';
export { computeDigest } from './run/digest';
export { compareRuns } from './run/compare';
export * from './run/types';
export { summarize } from './stats/summary';
export { pairedDifference, verdict } from './stats/paired';
export { quantileSorted } from './stats/quantile';
export { METRIC_DIRECTION } from './metrics/direction';
export { METRIC_KEYS, KEY_METRICS, SERVICE_METRIC_NAMES, GROUP_METRIC_NAMES, allMetricKeys, type MetricKey } from './metrics/keys';
export { createSampler, distributionMean, distributionSd } from './random/distributions';
export { rngFromUniforms, type Rng } from './random/streams';
export { ENGINE_VERSION } from './version';
export * from './advice';
export * from './study';
export * from './static';
export * from './demography';
export * from './trace';
export * from './run/replay';
