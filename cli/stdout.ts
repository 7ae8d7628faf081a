/** Writing results to standard output. */
import { CliError, EXIT_INTERNAL } from './errors';

/** Writes to stdout and waits until it is flushed; a closed pipe (`| head`) is not an error. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (err) => {
      if (!err || (err as NodeJS.ErrnoException).code === 'EPIPE') resolve();
      else reject(new CliError(`cannot write to standard output: ${err.message}`, EXIT_INTERNAL));
    });
  });
}
