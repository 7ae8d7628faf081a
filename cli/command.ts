/** What every subcommand module provides to main.ts. */

export type OptionValues = Record<string, string | boolean | undefined>;

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full `--help` text. */
  help: string;
  options: Record<string, OptionSpec>;
  /** Runs the command and returns its exit code; throws CliError for user mistakes. */
  execute(positionals: string[], values: OptionValues): Promise<number>;
}
