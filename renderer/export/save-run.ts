import type { RunResult } from '../../sim';
import { saveTextFile } from '../desktop/files';
import { runFileName, runFileText } from './run-file';

/** Saves the run as `<scenario>.kapasim-run.json` (native dialog in the desktop app, a download in a browser). */
export function saveRunFile(result: RunResult): Promise<{ path: string } | null> {
  return saveTextFile('run', runFileName(result), runFileText(result));
}
