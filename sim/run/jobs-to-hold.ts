/**
 * How many replications a worker of a pool should hold at once (one running, the rest waiting
 * in its message queue), given how many are left to hand out and how many workers there are.
 * Two while more are left than there are workers: the worker starts its next one as soon as it
 * posts a result, instead of idling until the main thread (which shares a core when there are
 * as many workers as cores, and in the app also draws progress) takes the result and answers.
 * One near the end, so that no worker is left holding two while another has none.
 * Which worker runs a replication never changes its numbers, so this is for speed only.
 */
export function jobsToHold(left: number, workers: number): number {
  return left > workers ? 2 : 1;
}
