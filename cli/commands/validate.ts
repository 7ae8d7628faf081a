/**
 * `kapasim validate <file>...`: checks scenario, study and result files, each by its
 * `schema`, and reports every file: `OK  path (…)` or one line per problem.
 */
import { validateRunFile, validateScenario, type ValidationIssue } from '../../sim/scenario/index';
import type { Command } from '../command';
import { EXIT_OK, EXIT_USAGE, userError } from '../errors';
import { loadJsonFile } from '../files';
import { issueLines, plural } from '../report';
import { writeStdout } from '../stdout';
import { checkStudy } from '../study-file';

export const KNOWN_SCHEMAS = ['kapasim/scenario@1', 'kapasim/study@1', 'kapasim/result@1'] as const;

/** What one file's check found: the lines to print and whether it is valid. */
export interface FileReport {
  ok: boolean;
  lines: string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function quoted(name: unknown): string {
  return typeof name === 'string' ? JSON.stringify(name) : '(no name)';
}

/** The file kind a schema names (any version, so that validators can say "newer version"). */
function kindOf(schema: unknown): 'scenario' | 'study' | 'result' | undefined {
  const m = typeof schema === 'string' ? /^kapasim\/(scenario|study|result)@\d+$/.exec(schema) : null;
  return (m?.[1] as 'scenario' | 'study' | 'result' | undefined) ?? undefined;
}

function failed(path: string, issues: readonly ValidationIssue[]): FileReport {
  return { ok: false, lines: issueLines(path, issues) };
}

/** Checks one file; never throws. */
export function validateFile(path: string): FileReport {
  const loaded = loadJsonFile(path);
  if (!loaded.ok) return { ok: false, lines: loaded.problems.map((p) => (p.startsWith('cannot ') ? p : `${path}: ${p}`)) };
  const input = loaded.value;
  const expected = KNOWN_SCHEMAS.map((s) => `"${s}"`).join(', ');
  if (!isRecord(input)) return { ok: false, lines: [`${path}: (file): must be a JSON object with a "schema" field, one of ${expected}`] };
  const kind = kindOf(input.schema);
  if (kind === undefined) {
    const got = input.schema === undefined ? 'it has none' : `got ${JSON.stringify(input.schema)}`;
    return { ok: false, lines: [`${path}: schema: unknown file kind (${got}); expected one of ${expected}`] };
  }

  if (kind === 'scenario') {
    const r = validateScenario(input);
    if (!r.ok) return failed(path, r.issues);
    return { ok: true, lines: [`OK  ${path} (scenario ${quoted(r.value.name)})`, ...issueLines(path, r.warnings)] };
  }
  if (kind === 'result') {
    const r = validateRunFile(input);
    if (!r.ok) return failed(path, r.issues);
    const run = r.value;
    return {
      ok: true,
      lines: [`OK  ${path} (result of scenario ${quoted(run.scenario.name)}, ${plural(run.replications, 'replication')}, digest ${run.digest})`, ...issueLines(path, r.warnings)],
    };
  }
  // A study (2-D sweeps included): its own fields, then a baseline given as a file, read
  // relative to the study file, then every variant and sweep point applied to the baseline.
  const r = checkStudy(path, input);
  if (!r.ok) return { ok: false, lines: r.problems };
  const from = r.baselineFile !== null ? `, baseline ${quoted(r.baseline.name)} from ${r.baselineFile}` : '';
  return { ok: true, lines: [`OK  ${path} (study ${quoted(r.spec.name)}${from})`, ...r.warnings] };
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check scenario, study and result files',
  options: {},
  help: `Usage: kapasim validate <file>...

Checks each file against the file contract, choosing the check by its "schema":
  kapasim/scenario@1   a scenario (*.kapasim.json)
  kapasim/study@1      a study (*.kapasim-study.json); a baseline given as {"file": …} is
                       read relative to the study file and checked too, and every variant
                       and sweep point (2-D sweeps included) is applied to it
  kapasim/result@1     a result file (*.kapasim-run.json) written by kapasim run --format json

Prints "OK  <file> (…)" for a valid file, else one line per problem:
  <file>: <field.path>: <message> (got <value>; allowed: <what>)
JSON syntax errors give the line and column. Warnings are printed but do not fail a file.

Exit codes: 0 every file is valid, 2 any file is invalid, missing or unreadable
(or no file was given), 1 internal error.

Example:
  kapasim validate scenarios/*.kapasim.json studies/*.kapasim-study.json
`,
  async execute(positionals: string[]): Promise<number> {
    if (positionals.length === 0) throw userError('validate needs at least one file: kapasim validate <file>... (see kapasim validate --help)');
    const lines: string[] = [];
    let invalid = 0;
    for (const path of positionals) {
      const report = validateFile(path);
      if (!report.ok) invalid++;
      lines.push(...report.lines);
    }
    if (positionals.length > 1) {
      lines.push(`${plural(positionals.length, 'file')}: ${positionals.length - invalid} valid, ${invalid} invalid`);
    }
    await writeStdout(lines.map((l) => `${l}\n`).join(''));
    return invalid > 0 ? EXIT_USAGE : EXIT_OK;
  },
};
