/**
 * Runs a validated scenario end to end, as `run` and `replay` both need: a size check (a run
 * too large for memory or time is refused, exit 2), replications on worker threads with
 * progress on a terminal, Ctrl-C handling, then aggregation.
 */
import { availableParallelism } from 'node:os';
import { aggregateRun } from '../sim/run/aggregate';
import type { RunResult } from '../sim/run/types';
import { checkRunSize } from '../sim/scenario/size-estimate';
import type { Scenario } from '../sim/scenario/types';
import { ENGINE_VERSION } from '../sim/version';
import { CliError, userError } from './errors';
import { runReplications } from './pool';
import { createProgress } from './progress';

export interface Executed {
  result: RunResult;
  workers: number;
  wallMs: number;
}

/** Workers used: as asked, else one per core; never more than there are replications. */
export function workerCount(requested: number | undefined, replications: number): number {
  return Math.max(1, Math.min(requested ?? availableParallelism(), replications));
}

/** Exit code of a process stopped by a signal: 128 + signal number (SIGINT 2, SIGTERM 15). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

export async function executeScenario(scenario: Scenario, requestedWorkers: number | undefined): Promise<Executed> {
  const replications = scenario.replications;
  const workers = workerCount(requestedWorkers, replications);
  // Refused before any worker starts: a run that cannot fit in memory, or would take days
  // (sim/scenario/size-estimate.ts; the message gives the estimate and the limit).
  const size = checkRunSize(scenario, { workers });
  if (!size.ok) throw userError(`${size.message}; nothing was run`);
  const abort = new AbortController();
  const onSignal = (signal: keyof typeof SIGNAL_EXIT) => () =>
    abort.abort(new CliError(`interrupted by ${signal === 'SIGINT' ? 'Ctrl-C' : signal}; the workers were stopped and nothing was written`, SIGNAL_EXIT[signal]));
  const onInt = onSignal('SIGINT');
  const onTerm = onSignal('SIGTERM');
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onTerm);
  const progress = createProgress();
  const start = performance.now();
  try {
    progress.update(0, replications);
    const reps = await runReplications(scenario, replications, {
      workers,
      signal: abort.signal,
      onProgress: (done, total) => progress.update(done, total),
    });
    const result = aggregateRun(scenario, reps, ENGINE_VERSION);
    return { result, workers, wallMs: performance.now() - start };
  } finally {
    progress.finish();
    process.removeListener('SIGINT', onInt);
    process.removeListener('SIGTERM', onTerm);
  }
}
