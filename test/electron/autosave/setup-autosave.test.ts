import { electron, resetFakeElectron, FakeBrowserWindow } from '../setup';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL } from '../../../electron/app-info';

async function start() {
  resetFakeElectron();
  vi.resetModules();
  const { setupAutosave } = await import('../../../electron/autosave/setup-autosave');
  const { setupDocumentState, trackDocument } = await import('../../../electron/windows/document-state');
  const { registerAppWindow } = await import('../../../electron/windows/app-windows');
  setupAutosave();
  setupDocumentState();
  const win = new FakeBrowserWindow();
  registerAppWindow(win as unknown as BrowserWindow);
  trackDocument(win as unknown as BrowserWindow);
  win.webContents.mainFrame.url = APP_INDEX_URL;
  const page = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
  return { win, page };
}

describe('autosave and recovery through IPC', () => {
  let userData: string;
  beforeEach(() => {
    userData = mkdtempSync(join(tmpdir(), 'kapasim-ud-'));
    electron.app.paths.userData = userData;
  });

  it('a session that crashed leaves its work; the next session takes back exactly that text', async () => {
    const text = '{\n  "name": "Nordland ✓",\n  "beds": 12\n}\n';
    const first = await start();
    electron.ipcMain.send('document:state', first.page, { fileName: '/p/nordland.kapasim.json', dirty: true });
    await electron.ipcMain.invoke('autosave:write', first.page, { fileName: '/p/nordland.kapasim.json', text });
    // The process dies: no close event, nothing cleaned up.

    const second = await start();
    const recovery = (await electron.ipcMain.invoke('autosave:take', second.page)) as { fileName: string; text: string; savedAt: string };
    expect(recovery.text).toBe(text);
    expect(recovery.fileName).toBe('/p/nordland.kapasim.json');
    expect(Number.isNaN(Date.parse(recovery.savedAt))).toBe(false);

    // The user declines: it is gone.
    await electron.ipcMain.invoke('autosave:clear', second.page);
    expect(await electron.ipcMain.invoke('autosave:take', second.page)).toBeNull();
  });

  it('a clean close removes the autosave; a window that goes while dirty keeps it', async () => {
    const { win, page } = await start();
    await electron.ipcMain.invoke('autosave:write', page, { fileName: null, text: 'draft' });
    electron.ipcMain.send('document:state', page, { fileName: null, dirty: true });
    win.destroy(); // torn down without the close prompt (e.g. the OS ended the session)
    await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(join(userData, 'autosave', 'unsaved-work.json'))).toBe(true);

    const next = await start();
    electron.ipcMain.send('document:state', next.page, { fileName: '/p/a.kapasim.json', dirty: false });
    next.win.close();
    await vi.waitFor(() => expect(existsSync(join(userData, 'autosave', 'unsaved-work.json'))).toBe(false));
  });
});
