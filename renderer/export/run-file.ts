import type { RunResult } from '../../sim';
import { saveTextFile } from '../desktop/files';
import { slug } from './file-names';

/** The result file as pretty JSON, as the CLI writes it. */
export function runFileText(result: RunResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}

/** Saves the run as `<scenario>.kapasim-run.json` (native dialog in the desktop app, a download in a browser). */
export function saveRunFile(result: RunResult): Promise<{ path: string } | null> {
  return saveTextFile('run', `${slug(result.scenario.name)}.kapasim-run.json`, runFileText(result));
}
