/**
 * Runs a study's cases end to end for `kapasim study`: one worker pool for every replication
 * of every case, progress on a terminal, Ctrl-C handling, then runStudy's comparison with the
 * baseline.
 */
import { aggregateRun } from '../sim/run/aggregate';
import { runStudy } from '../sim/study/run-study';
import type { PlannedCase, StudyResult } from '../sim/study/types';
import { ENGINE_VERSION } from '../sim/version';
import { CliError } from './errors';
import { workerCount } from './execute';
import { createPool } from './pool';
import { createProgress } from './progress';

export interface ExecutedStudy {
  result: StudyResult;
  workers: number;
  wallMs: number;
}

/** Exit code of a process stopped by a signal: 128 + signal number (SIGINT 2, SIGTERM 15). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

export async function executeStudy(cases: readonly PlannedCase[], about: { name: string; description?: string }, requestedWorkers: number | undefined): Promise<ExecutedStudy> {
  const total = cases.reduce((n, c) => n + c.scenario.replications, 0);
  const workers = workerCount(requestedWorkers, total);
  const abort = new AbortController();
  const onSignal = (signal: keyof typeof SIGNAL_EXIT) => () =>
    abort.abort(new CliError(`interrupted by ${signal === 'SIGINT' ? 'Ctrl-C' : signal}; the workers were stopped and nothing was written`, SIGNAL_EXIT[signal]));
  const onInt = onSignal('SIGINT');
  const onTerm = onSignal('SIGTERM');
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onTerm);
  const progress = createProgress();
  const pool = createPool({ workers, signal: abort.signal });
  const start = performance.now();
  let done = 0;
  try {
    progress.update(0, total);
    const result = await runStudy(
      cases,
      async (scenario, i) => {
        const label = i === 0 ? 'the baseline' : `case "${cases[i]!.name}"`;
        const reps = await pool.run(scenario, scenario.replications, { label, onProgress: () => progress.update(++done, total) });
        return aggregateRun(scenario, reps, ENGINE_VERSION);
      },
      { name: about.name, description: about.description },
    );
    return { result, workers, wallMs: performance.now() - start };
  } finally {
    pool.close();
    progress.finish();
    process.removeListener('SIGINT', onInt);
    process.removeListener('SIGTERM', onTerm);
  }
}
