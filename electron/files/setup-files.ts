/**
 * Files: the open/save/export IPC handlers, the recent files list, and opening a file the OS,
 * the command line or the recent list names.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { handle } from '../ipc/main-ipc';
import { sendToWindow } from '../windows/app-windows';
import { documentState, saveAbandoned } from '../windows/document-state';
import { readyAppWindow } from '../windows/setup-windows';
import { kindOfPath } from './file-kinds';
import { FileService, type FileDialogs } from './file-service';
import { RecentFiles } from './recent-files';

let service: FileService | null = null;
let recent: RecentFiles | null = null;

export const nativeDialogs: FileDialogs = {
  open: (win, options) => dialog.showOpenDialog(win, options),
  save: (win, options) => dialog.showSaveDialog(win, options),
  async confirmReplace(win, path) {
    const { response } = await dialog.showMessageBox(win, {
      type: 'question',
      buttons: ['Replace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: `${basename(path)} already exists. Replace it?`,
    });
    return response === 0;
  },
  async error(win, message, detail) {
    await dialog.showMessageBox(win, { type: 'error', message, detail });
  },
};

export function setupFiles(): void {
  recent = new RecentFiles(app.getPath('userData'));
  void recent.load();
  const files = new FileService({
    dialogs: nativeDialogs,
    recent,
    platform: process.platform,
    defaultDir: () => app.getPath('documents'),
    exists: existsSync,
    noteRecent: (path) => app.addRecentDocument(path),
  });
  service = files;

  handle('file:open', (kind, { window }) => files.open(window, kind));
  handle('file:save', async (request, { window }) => {
    const saved = await files.save(window, request).catch((err: unknown) => {
      saveAbandoned(window);
      throw err;
    });
    if (!saved) saveAbandoned(window);
    return saved;
  });
  handle('file:export', (request, { window }) => files.export(window, request));
}

export function recentFiles(): RecentFiles | null {
  return recent;
}

/**
 * Opens a file the user named outside the page (OS, command line, recent list) in the app's
 * window. Unsaved changes are not dropped without asking; a file that cannot be read is
 * reported (and, if gone, dropped from the recent list).
 */
export async function openPathInApp(path: string): Promise<void> {
  if (!service) return;
  const win = await readyAppWindow();
  if (win.isMinimized()) win.restore();
  win.focus();
  if (documentState(win).dirty && !(await confirmDiscard(win, path))) return;
  try {
    const file = await service.openPath(path, kindOfPath(path));
    sendToWindow(win, 'file:opened', file);
  } catch (err) {
    if (!existsSync(path)) recent?.remove(path);
    await nativeDialogs.error(win, err instanceof Error ? err.message : String(err), path);
  }
}

async function confirmDiscard(win: BrowserWindow, path: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox(win, {
    type: 'warning',
    buttons: ['Open and Discard Changes', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: `Open ${basename(path)}?`,
    detail: 'The current scenario has unsaved changes, which will be lost.',
  });
  return response === 0;
}
