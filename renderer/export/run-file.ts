import type { RunResult } from '../../sim';
import { slug } from './file-names';

/** The result file as pretty JSON, as the CLI writes it. */
export function runFileText(result: RunResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}

/** `<scenario>.kapasim-run.json`. */
export function runFileName(result: RunResult): string {
  return `${slug(result.scenario.name)}.kapasim-run.json`;
}
