/**
 * Compares a saved result with its replay and says exactly what differs: the shared replay
 * module (sim/run/replay.ts) compares, so the app's Replay and `kapasim replay` agree; this
 * keeps the CLI's shape of it (lines to print, notes that hold either way).
 */
import { compareReplay, MAX_DIFFERENCE_LINES, replayReport } from '../sim/run/replay';
import type { RunResult } from '../sim/run/types';

export { MAX_DIFFERENCE_LINES };

export interface Comparison {
  /** Same digest and every value equal. */
  identical: boolean;
  /** Lines that name what differs (empty when identical). */
  lines: string[];
  /** Notes that hold either way (e.g. the engine version changed but the numbers did not). */
  notes: string[];
}

export function compareRuns(saved: RunResult, fresh: RunResult): Comparison {
  const c = compareReplay(saved, fresh);
  const { lines, notes } = replayReport(c);
  return { identical: c.identical, lines, notes };
}
