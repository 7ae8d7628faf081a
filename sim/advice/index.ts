/** Advice on experiment settings: how many replications, and how long a warm-up. */
export { adviseReplications, lookAhead, type ReplicationAdvice } from './replications';
export { adviseWarmup, welchMovingAverage, type WelchAdvice } from './warmup';
