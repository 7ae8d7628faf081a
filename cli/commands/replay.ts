/**
 * `kapasim replay <run-file>`: re-runs a saved result's scenario with its seed and
 * replication count and checks that every number comes out the same.
 */
import { replayScenario } from '../../sim/run/replay';
import { validateRunFile } from '../../sim/scenario/index';
import type { Command, OptionValues } from '../command';
import { EXIT_DIFFERENT, EXIT_OK, userError } from '../errors';
import { executeScenario } from '../execute';
import { readJsonFile } from '../files';
import { compareRuns, MAX_DIFFERENCE_LINES } from '../compare';
import { wholeOption } from '../options';
import { issueLines, plural, printWarnings } from '../report';
import { writeStdout } from '../stdout';

export const replayCommand: Command = {
  name: 'replay',
  summary: 're-run a saved result and check that it is reproduced exactly',
  options: {
    workers: { type: 'string', short: 'w' },
  },
  help: `Usage: kapasim replay <result.kapasim-run.json> [--workers K]

Re-runs the scenario stored in a result file (written by kapasim run --format json, or
saved by the app) with the file's seed and number of replications, and compares the digest,
every per-replication metric value, the summaries, the weekly series and the wait histogram
with the file. The app's Replay button uses the same comparison.

Options:
  -w, --workers K   worker threads, a whole number ≥ 1 (default: one per CPU core)
  -h, --help        show this help

Prints "identical (digest …)" when the replay reproduces the file. Otherwise it names what
differs: each metric value that changed, as "replication i, metric: file → replay" (the
first ${MAX_DIFFERENCE_LINES} lines, then a count), the digests, and whether the engine version differs
from the one that wrote the file.

Exit codes: 0 identical, 3 the replay differs, 2 bad input (arguments, missing file,
invalid JSON or an invalid result file), 1 internal error.
`,
  async execute(positionals: string[], values: OptionValues): Promise<number> {
    if (positionals.length === 0) throw userError('replay needs a result file: kapasim replay <result.kapasim-run.json> (see kapasim replay --help)');
    if (positionals.length > 1) throw userError(`replay takes one result file, got ${positionals.length}: ${positionals.join(' ')}`);
    const workers = wholeOption('workers', values.workers as string | undefined, 1, Number.MAX_SAFE_INTEGER);
    const path = positionals[0];
    const checked = validateRunFile(readJsonFile(path));
    if (!checked.ok) {
      const errors = checked.issues.filter((i) => i.severity === 'error').length;
      throw userError([...issueLines(path, checked.issues), `${path} is not a valid result file (${plural(errors, 'problem')})`].join('\n'));
    }
    printWarnings(path, checked.warnings);
    const saved = checked.value;
    const { result: fresh } = await executeScenario(replayScenario(saved), workers);
    const cmp = compareRuns(saved, fresh);
    if (cmp.identical) {
      await writeStdout([`identical (digest ${fresh.digest})`, ...cmp.notes.map((n) => `note: ${n}; the numbers are the same`)].map((l) => `${l}\n`).join(''));
      return EXIT_OK;
    }
    const out = [`different: replaying ${path} (seed ${saved.seed}, ${plural(saved.replications, 'replication')}) does not reproduce it`, ...cmp.lines];
    for (const n of cmp.notes) out.push(`${n}, which can explain the differences`);
    if (cmp.notes.length === 0) out.push(`engine version: the same (${fresh.engineVersion}), so the file was changed after it was written, or the engine changed without a version bump`);
    await writeStdout(out.map((l) => `${l}\n`).join(''));
    return EXIT_DIFFERENT;
  },
};
