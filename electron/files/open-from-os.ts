/**
 * Files handed to the app by the OS: on the command line (Windows and Linux file associations
 * start `Kapasim <file>`), to an already-running instance (which gets the second instance's
 * command line, thanks to the single-instance lock), and on macOS through 'open-file'.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { app } from 'electron';
import { readyAppWindow } from '../windows/setup-windows';
import { kindOfPath } from './file-kinds';
import { openPathInApp } from './setup-files';

export interface ArgvOptions {
  /** Started as `electron <app folder> …` (development) rather than the packaged app. */
  defaultApp: boolean;
  exists(path: string): boolean;
}

/**
 * The Kapasim files a command line names: after the executable (and, in development, the app
 * folder), every argument that is not a switch and names an existing file with a Kapasim
 * extension (or plain .json), resolved against the working folder it was given in.
 */
export function filesFromArgv(argv: readonly string[], cwd: string, options: ArgvOptions): string[] {
  const args = argv.slice(options.defaultApp ? 2 : 1);
  const files: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('-')) continue; // Chromium switches, macOS's -psn_…
    if (!kindOfPath(arg)) continue;
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg);
    if (options.exists(path) && !files.includes(path)) files.push(path);
  }
  return files;
}

const argvOptions = (): ArgvOptions => ({ defaultApp: Boolean(process.defaultApp), exists: existsSync });

/** Takes the single-instance lock; false when another Kapasim already runs (this one should quit). */
export function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const [first] = filesFromArgv(argv, workingDirectory, argvOptions());
    // The app holds one document: the first file named opens, and the window comes forward either way.
    void openFirstOrFocus(first);
  });
  return true;
}

async function openFirstOrFocus(path: string | undefined): Promise<void> {
  if (path) await openPathInApp(path);
  else {
    const win = await readyAppWindow();
    if (win.isMinimized()) win.restore();
    win.focus();
  }
}

export function setupOpenFromOs(): void {
  let ready = false;
  const early: string[] = [];
  // macOS: double-click or drop on the Dock icon; may come before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (ready) void openPathInApp(path);
    else early.push(path);
  });
  void app.whenReady().then(() => {
    ready = true;
    const [first] = [...early, ...filesFromArgv(process.argv, process.cwd(), argvOptions())];
    if (first) void openPathInApp(first);
  });
}
