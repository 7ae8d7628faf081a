import type { RunResult } from '../../sim';

/** Wall time of each finished run, remembered for as long as the result lives (it is not in the result file). */
const wallTimes = new WeakMap<RunResult, number>();

export function rememberWallTime(result: RunResult, ms: number): void {
  wallTimes.set(result, ms);
}

export function wallTimeOf(result: RunResult): number | null {
  return wallTimes.get(result) ?? null;
}
