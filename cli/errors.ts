/**
 * Exit codes and the one error type the CLI throws on purpose. Anything else that reaches
 * main() is an internal error (a bug), reported as such.
 */

export const EXIT_OK = 0;
/** An internal error: a bug or a crashed worker. */
export const EXIT_INTERNAL = 1;
/** Bad input: arguments, unreadable or missing files, invalid JSON, validation errors. */
export const EXIT_USAGE = 2;
/** `replay` reproduced a different result. */
export const EXIT_DIFFERENT = 3;

/** An expected failure with a message for the user and an exit code; never shows a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A user mistake (exit 2). */
export function userError(message: string): CliError {
  return new CliError(message, EXIT_USAGE);
}
