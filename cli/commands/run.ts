/** `kapasim run <scenario>`: validate, run replications on worker threads, print or save results. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { validateScenario } from '../../sim/scenario/index';
import type { Scenario } from '../../sim/scenario/types';
import type { Command, OptionValues } from '../command';
import { EXIT_OK, userError } from '../errors';
import { executeScenario } from '../execute';
import { readJsonFile, writeFileAtomic } from '../files';
import { formatCsv } from '../format-csv';
import { formatTable } from '../format-table';
import { choiceOption, wholeOption } from '../options';
import { DEFAULT_TARGET_UTILISATION, staticEstimate } from '../../sim/static/estimate';
import { issueLines, plural, printWarnings } from '../report';
import { writeStdout } from '../stdout';

const FORMATS = ['table', 'json', 'csv'] as const;

export const MAX_REPLICATIONS = 10_000;

/** Settings given on the command line that replace the scenario's own. */
export interface Overrides {
  replications?: number;
  seed?: number;
}

/**
 * Reads and validates a scenario file, applies the overrides and validates the result again
 * (so every bound of the file contract holds for the overridden value too).
 */
export function loadScenario(path: string, overrides: Overrides): Scenario {
  const input = readJsonFile(path);
  const checked = validateScenario(input);
  if (!checked.ok) {
    const errors = checked.issues.filter((i) => i.severity === 'error').length;
    throw userError([...issueLines(path, checked.issues), `${path} is not a valid scenario (${plural(errors, 'problem')})`].join('\n'));
  }
  printWarnings(path, checked.warnings);
  if (overrides.replications === undefined && overrides.seed === undefined) return checked.value;
  const changed: Scenario = { ...checked.value };
  if (overrides.replications !== undefined) changed.replications = overrides.replications;
  if (overrides.seed !== undefined) changed.seed = overrides.seed;
  const again = validateScenario(changed);
  if (!again.ok) throw userError(issueLines(`${path} (with the command-line overrides)`, again.issues).join('\n'));
  return again.value;
}

export const runCommand: Command = {
  name: 'run',
  summary: 'run a scenario and print or save its results',
  options: {
    replications: { type: 'string', short: 'n' },
    seed: { type: 'string', short: 's' },
    workers: { type: 'string', short: 'w' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    'static-target': { type: 'string' },
  },
  help: `Usage: kapasim run <scenario.kapasim.json> [options]

Runs every replication of the scenario on worker threads and reports each metric's mean
and 95 % confidence interval across replications.

Options:
  -n, --replications N   replications to run, a whole number 1 to ${MAX_REPLICATIONS}
                         (default: the scenario's "replications")
  -s, --seed S           seed, a whole number 0 to 2^53 − 1 (default: the scenario's "seed")
  -w, --workers K        worker threads, a whole number ≥ 1 (default: one per CPU core;
                         never more than replications). Results are identical for any K.
  -f, --format F         table (default): key results, services and a footer with the digest
                         json: the kapasim/result@1 result file, as replay reads it
                         csv: one row per metric: metric,mean,sd,ci95_lo,ci95_hi,n,rep_0,…
  -o, --out FILE         write to FILE (atomically) instead of standard output
      --static-target U  target utilisation of the static estimate, a number above 0 and
                         at most 1, or a percentage such as 85% (default ${DEFAULT_TARGET_UTILISATION}); the table
                         and the json output ("staticEstimate") show, per service, the beds
                         or slots at which the expected load is U of them
  -h, --help             show this help

Progress is shown on standard error when it is a terminal. Ctrl-C stops all workers.

Exit codes: 0 done, 2 bad input (arguments, file, JSON or validation errors; every
problem is listed), 1 internal error (a bug or a crashed worker).

Examples:
  kapasim run scenarios/default.kapasim.json
  kapasim run scenarios/default.kapasim.json -n 100 --format json --out baseline.kapasim-run.json
`,
  async execute(positionals: string[], values: OptionValues): Promise<number> {
    if (positionals.length === 0) throw userError('run needs a scenario file: kapasim run <scenario.kapasim.json> (see kapasim run --help)');
    if (positionals.length > 1) throw userError(`run takes one scenario file, got ${positionals.length}: ${positionals.join(' ')}`);
    const replications = wholeOption('replications', values.replications as string | undefined, 1, MAX_REPLICATIONS);
    const seed = wholeOption('seed', values.seed as string | undefined, 0, Number.MAX_SAFE_INTEGER);
    const workers = wholeOption('workers', values.workers as string | undefined, 1, Number.MAX_SAFE_INTEGER);
    const format = choiceOption('format', values.format as string | undefined, FORMATS, 'table');
    const out = values.out as string | undefined;
    if (out === '') throw userError('--out needs a file name');
    const target = targetOption(values['static-target'] as string | undefined);
    // Before a long run, not after it: the folder of --out must exist.
    if (out !== undefined && !existsSync(dirname(resolve(out)))) throw userError(`cannot write ${out}: the folder ${dirname(resolve(out))} does not exist`);

    const scenario = loadScenario(positionals[0], { replications, seed });
    const { result, workers: used, wallMs } = await executeScenario(scenario, workers);

    // The static estimate of the scenario as run (docs/static-estimate.md): in the table and in json, not in csv.
    const estimate = staticEstimate(scenario, { target });
    const text =
      format === 'json'
        ? `${JSON.stringify({ ...result, staticEstimate: estimate }, null, 2)}\n`
        : format === 'csv'
          ? formatCsv(result)
          : formatTable(result, { workers: used, wallMs }, estimate);
    if (out !== undefined) {
      writeFileAtomic(out, text);
      process.stderr.write(`wrote ${out} (digest ${result.digest})\n`);
    } else {
      await writeStdout(text);
    }
    return EXIT_OK;
  },
};

/** `--static-target`: a share in (0, 1] or a percentage such as `85%`; a user error otherwise. */
export function targetOption(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TARGET_UTILISATION;
  const t = text.trim();
  const percent = t.endsWith('%');
  const body = percent ? t.slice(0, -1).trim() : t;
  const n = /^(\d+\.?\d*|\.\d+)$/.test(body) ? Number(body) / (percent ? 100 : 1) : NaN;
  if (!(n > 0 && n <= 1)) throw userError(`--static-target must be a number above 0 and at most 1, or a percentage such as 85% (got ${JSON.stringify(text)})`);
  return n;
}
