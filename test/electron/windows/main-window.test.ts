import { electron, fakeEvent, resetFakeElectron, FakeBrowserWindow } from '../setup';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL } from '../../../electron/app-info';

async function fresh() {
  resetFakeElectron();
  vi.resetModules();
  const windows = await import('../../../electron/windows/setup-windows');
  const docs = await import('../../../electron/windows/document-state');
  const appWindows = await import('../../../electron/windows/app-windows');
  return { ...windows, ...docs, ...appWindows };
}

const lastWindow = () => FakeBrowserWindow.all.at(-1)!;
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the main window', () => {
  beforeEach(() => resetFakeElectron());

  it('is created with context isolation, sandbox, no Node, web security and no webviews, explicitly', async () => {
    const m = await fresh();
    m.setupWindows();
    await flush();
    const win = lastWindow();
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('enableRemoteModule');
  });

  it('loads the app page from app:// (never file:// or the network) and is one of the app windows', async () => {
    const m = await fresh();
    m.setupWindows();
    await flush();
    const win = lastWindow();
    expect(win.webContents.mainFrame.url).toBe(APP_INDEX_URL);
    expect(m.appWindowOf({ sender: win.webContents, senderFrame: win.webContents.mainFrame } as never)).toBe(win);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('shows the file and an unsaved marker in the title, whatever the page title says', async () => {
    const m = await fresh();
    m.setupWindows();
    await flush();
    const win = lastWindow();
    const page = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    expect(win.title).toBe('Untitled — Kapasim');
    electron.ipcMain.send('document:state', page, { fileName: '/plans/bodø.kapasim.json', dirty: true });
    expect(win.title).toBe('• bodø.kapasim.json — Kapasim');
    electron.ipcMain.send('document:state', page, { fileName: 'C:\\plans\\x.kapasim.json', dirty: false });
    expect(win.title).toBe('x.kapasim.json — Kapasim');
    const titleEvent = fakeEvent();
    win.emit('page-title-updated', titleEvent, 'something else');
    expect(titleEvent.defaultPrevented).toBe(true);
  });

  it('reloads a page whose process crashed (the page then offers its autosave), but not in a loop', async () => {
    const m = await fresh();
    m.setupWindows();
    await flush();
    const win = lastWindow();
    win.webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed' });
    win.webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed' });
    win.webContents.emit('render-process-gone', fakeEvent(), { reason: 'clean-exit' });
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);
  });
});

describe('closing with unsaved changes', () => {
  async function dirtyWindow(answer: number) {
    const m = await fresh();
    m.setupWindows();
    await flush();
    const win = lastWindow();
    const page = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    electron.ipcMain.send('document:state', page, { fileName: '/p/plan.kapasim.json', dirty: true });
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: answer, checkboxChecked: false });
    return { win, page };
  }

  it('closes at once when there is nothing unsaved', async () => {
    const m = await fresh();
    m.setupWindows();
    await flush();
    const win = lastWindow();
    win.close();
    expect(win.destroyed).toBe(true);
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks Save / Don\'t Save / Cancel; Cancel keeps the window', async () => {
    const { win } = await dirtyWindow(2);
    win.close();
    await flush();
    expect(win.destroyed).toBe(false);
    const [, options] = electron.dialog.showMessageBox.mock.calls[0]!;
    expect(options).toMatchObject({ buttons: ['Save', "Don't Save", 'Cancel'], cancelId: 2, message: 'Do you want to save the changes you made to plan.kapasim.json?' });
  });

  it("Don't Save closes the window", async () => {
    const { win } = await dirtyWindow(1);
    win.close();
    await flush();
    await flush();
    expect(win.destroyed).toBe(true);
  });

  it('Save has the page save, and the window closes once the page reports it clean', async () => {
    const { win, page } = await dirtyWindow(0);
    win.close();
    await flush();
    expect(win.webContents.send).toHaveBeenCalledWith('menu:command', 'save');
    expect(win.destroyed).toBe(false);
    electron.ipcMain.send('document:state', page, { fileName: '/p/plan.kapasim.json', dirty: false });
    expect(win.destroyed).toBe(true);
  });

  it('Save, then cancelling the save dialog, keeps the window (and a later save does not close it)', async () => {
    const { win, page } = await dirtyWindow(0);
    const m = await import('../../../electron/windows/document-state');
    win.close();
    await flush();
    m.saveAbandoned(win as never); // what the file:save handler does when the dialog is cancelled
    electron.ipcMain.send('document:state', page, { fileName: '/p/plan.kapasim.json', dirty: false });
    expect(win.destroyed).toBe(false);
  });
});

describe('windows and the app lifecycle', () => {
  it('quits when the last window closes (except on macOS), and opens a window on activate when none is open', async () => {
    const m = await fresh();
    m.setupWindows();
    await flush();
    lastWindow().close();
    electron.app.emit('window-all-closed');
    if (process.platform !== 'darwin') expect(electron.app.quit).toHaveBeenCalled();
    const before = FakeBrowserWindow.all.length;
    electron.app.emit('activate');
    expect(FakeBrowserWindow.all.length).toBe(before + 1);
  });
});
