/**
 * The `kapasim` command line: parses arguments, dispatches to a subcommand and turns every
 * failure into a message and an exit code. Exit codes: 0 success, 2 bad input, 1 internal
 * error, 3 replay found a difference (see errors.ts).
 */
import { parseArgs } from 'node:util';
import pkg from '../package.json';
import { suggest } from '../sim/scenario/suggest';
import { ENGINE_VERSION } from '../sim/version';
import type { Command } from './command';
import { replayCommand } from './commands/replay';
import { runCommand } from './commands/run';
import { studyCommand } from './commands/study';
import { validateCommand } from './commands/validate';
import { CliError, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, userError } from './errors';

const COMMANDS: Command[] = [runCommand, studyCommand, validateCommand, replayCommand];

const GENERAL_HELP = `Usage: kapasim <command> [options]

Kapasim simulates specialised substance-use treatment (TSB) capacity: referrals, waiting
lists, inpatient beds, outpatient slots, aftercare and readmissions.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Options:
  -h, --help      show help (also: kapasim <command> --help, kapasim help <command>)
  -V, --version   show the package and engine versions

Exit codes: 0 success, 2 bad input (arguments, files, JSON, validation), 1 internal
error, 3 replay found a difference.
`;

function versionText(): string {
  return `kapasim ${(pkg as { version: string }).version} (engine ${ENGINE_VERSION})\n`;
}

function findCommand(name: string): Command {
  const cmd = COMMANDS.find((c) => c.name === name);
  if (cmd) return cmd;
  const close = suggest(name, COMMANDS.map((c) => c.name));
  throw userError(`unknown command ${JSON.stringify(name)}.${close ? ` Did you mean "${close}"?` : ''} Commands: ${COMMANDS.map((c) => c.name).join(', ')} (see kapasim --help)`);
}

/** parseArgs' own messages, shortened and pointed at the command's help. */
function argumentError(cmd: Command, err: unknown): CliError {
  const code = (err as { code?: string }).code;
  let message = err instanceof Error ? err.message : String(err);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const opt = /'([^']+)'/.exec(message)?.[1] ?? message;
    const names = Object.keys(cmd.options).map((o) => `--${o}`);
    const close = suggest(opt.replace(/=.*$/, ''), names);
    message = `unknown option ${opt}${close ? `; did you mean ${close}?` : ''}`;
  } else if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    message = message.replace(/^Option '([^']+)' argument missing$/, '$1 needs a value');
  }
  return userError(`${cmd.name}: ${message.replace(/\s*\n\s*/g, ' ')} (see kapasim ${cmd.name} --help)`);
}

async function dispatch(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    // No command is a usage mistake: the help goes to stderr, and the exit code says so.
    process.stderr.write(GENERAL_HELP);
    return EXIT_USAGE;
  }
  if (first === '-h' || first === '--help') {
    process.stdout.write(GENERAL_HELP);
    return EXIT_OK;
  }
  if (first === '-V' || first === '--version') {
    process.stdout.write(versionText());
    return EXIT_OK;
  }
  if (first === 'help') {
    process.stdout.write(rest[0] === undefined ? GENERAL_HELP : findCommand(rest[0]).help);
    return EXIT_OK;
  }
  if (first.startsWith('-')) throw userError(`expected a command before ${first}; commands: ${COMMANDS.map((c) => c.name).join(', ')} (see kapasim --help)`);

  const cmd = findCommand(first);
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...cmd.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (err) {
    throw argumentError(cmd, err);
  }
  if (parsed.values.help) {
    process.stdout.write(cmd.help);
    return EXIT_OK;
  }
  return cmd.execute(parsed.positionals, parsed.values);
}

function report(err: unknown): number {
  if (err instanceof CliError) {
    process.stderr.write(`kapasim: ${err.message.split('\n').join('\nkapasim: ')}\n`);
    if (err.exitCode === EXIT_INTERNAL) {
      process.stderr.write(`kapasim: this is a bug or a crash; please report it with the command you ran${process.env.KAPASIM_DEBUG === '1' ? '' : ' (set KAPASIM_DEBUG=1 to see the stack trace)'}\n`);
      if (process.env.KAPASIM_DEBUG === '1' && err.stack) process.stderr.write(`${err.stack}\n`);
    }
    return err.exitCode;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  process.stderr.write(`kapasim: internal error: ${e.message}\nkapasim: please report this, with the command you ran${process.env.KAPASIM_DEBUG === '1' ? '' : ' (set KAPASIM_DEBUG=1 to see the stack trace)'}\n`);
  if (process.env.KAPASIM_DEBUG === '1' && e.stack) process.stderr.write(`${e.stack}\n`);
  return EXIT_INTERNAL;
}

// A reader that closes the pipe early (`kapasim run … | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  else process.exit(report(err));
});

dispatch(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.exitCode = report(err);
  },
);
