/**
 * `kapasim study <study>`: validate a study and its baseline, run every case on worker
 * threads with the baseline's seed and replications, and print or save the comparison.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command, OptionValues } from '../command';
import { EXIT_OK, userError } from '../errors';
import { executeStudy } from '../execute-study';
import { writeFileAtomic } from '../files';
import { formatStudyCsv } from '../format-study-csv';
import { formatStudyTable } from '../format-study-table';
import { choiceOption, wholeOption } from '../options';
import { plural } from '../report';
import { writeStdout } from '../stdout';
import { loadStudyFile } from '../study-file';

const FORMATS = ['table', 'json', 'csv', 'xlsx'] as const;

export const studyCommand: Command = {
  name: 'study',
  summary: 'run a study: variants and sweeps against a baseline',
  options: {
    workers: { type: 'string', short: 'w' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
  },
  help: `Usage: kapasim study <study.kapasim-study.json> [options]

Runs a study (kapasim/study@1): the baseline scenario, each variant and each sweep point
(2-D sweeps too), all with the baseline's seed and replications, so every difference from
the baseline is paired over common random numbers. A baseline given as {"file": …} is read
relative to the study file. The study and every case are validated before anything runs.

Options:
  -w, --workers K   worker threads, a whole number ≥ 1 (default: one per CPU core). The
                    replications of all cases share the workers; results are identical for any K.
  -f, --format F    table (default): per key result the baseline and each variant with
                    mean, 95 % CI, difference from the baseline with its 95 % CI and a
                    verdict; each sweep as its own table; run-count and warm-up advice
                    json: the kapasim/study-result@1 file (see docs/studies.md)
                    csv: one row per case × metric, with the difference from the baseline
                    xlsx: one workbook, one sheet per table (needs --out)
  -o, --out FILE    write to FILE (atomically) instead of standard output
  -h, --help        show this help

Progress is shown on standard error when it is a terminal. Ctrl-C stops all workers.

Exit codes: 0 done, 2 bad input (arguments, files, JSON or validation errors of the study,
its baseline or any case; every problem is listed), 1 internal error.

Examples:
  kapasim study scenarios/fewer-beds-stronger-outpatient.kapasim-study.json
  kapasim study scenarios/fewer-beds-stronger-outpatient.kapasim-study.json --format xlsx --out study.xlsx
`,
  async execute(positionals: string[], values: OptionValues): Promise<number> {
    if (positionals.length === 0) throw userError('study needs a study file: kapasim study <study.kapasim-study.json> (see kapasim study --help)');
    if (positionals.length > 1) throw userError(`study takes one study file, got ${positionals.length}: ${positionals.join(' ')}`);
    const workers = wholeOption('workers', values.workers as string | undefined, 1, Number.MAX_SAFE_INTEGER);
    const format = choiceOption('format', values.format as string | undefined, FORMATS, 'table');
    const out = values.out as string | undefined;
    if (out === '') throw userError('--out needs a file name');
    if (format === 'xlsx' && out === undefined) throw userError('--format xlsx writes a binary workbook: give the file to write with --out FILE.xlsx');
    // Before a long run, not after it: the folder of --out must exist.
    if (out !== undefined && !existsSync(dirname(resolve(out)))) throw userError(`cannot write ${out}: the folder ${dirname(resolve(out))} does not exist`);

    const path = positionals[0]!;
    const study = loadStudyFile(path);
    if (!study.ok) {
      const errors = study.problems.length;
      throw userError([...study.problems, `${path} is not a valid study (${plural(errors, 'problem')}); nothing was run`].join('\n'));
    }
    for (const line of study.warnings) process.stderr.write(`${line}\n`);

    const { result, workers: used, wallMs } = await executeStudy(study.cases, { name: study.spec.name, description: study.spec.description }, workers);
    const info = { workers: used, wallMs, baselineFile: study.baselineFile };
    let content: string | Uint8Array;
    if (format === 'xlsx') {
      // Loaded only when asked for: exceljs is large.
      const { formatStudyXlsx } = await import('../format-study-xlsx');
      content = await formatStudyXlsx(result, info);
    } else content = format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : format === 'csv' ? formatStudyCsv(result) : formatStudyTable(result, info);
    if (out !== undefined) {
      writeFileAtomic(out, content);
      process.stderr.write(`wrote ${out} (${plural(result.cases.length + 1, 'case')}, baseline digest ${result.baseline.digest})\n`);
    } else {
      await writeStdout(content as string);
    }
    return EXIT_OK;
  },
};
