import { electron, FakeFrame, resetFakeElectron, FakeBrowserWindow } from '../setup';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL } from '../../../electron/app-info';
import { handle, on, ForeignSenderError } from '../../../electron/ipc/main-ipc';
import { PayloadError } from '../../../electron/ipc/validate';
import { registerAppWindow } from '../../../electron/windows/app-windows';
import type { BrowserWindow } from 'electron';

function appWindow() {
  const win = new FakeBrowserWindow();
  registerAppWindow(win as unknown as BrowserWindow);
  win.webContents.mainFrame.url = APP_INDEX_URL;
  return win;
}
const from = (win: FakeBrowserWindow, frame = win.webContents.mainFrame) => ({ sender: win.webContents, senderFrame: frame });

describe('handle(): the sender guard', () => {
  beforeEach(() => resetFakeElectron());

  it('runs the handler for the app page in an app window, with the validated request and the window', async () => {
    const handler = vi.fn(async () => ({ path: '/tmp/x.kapasim.json', name: 'x.kapasim.json', text: '{}' }));
    handle('file:open', handler);
    const win = appWindow();
    await expect(electron.ipcMain.invoke('file:open', from(win), 'scenario')).resolves.toMatchObject({ name: 'x.kapasim.json' });
    expect(handler).toHaveBeenCalledWith('scenario', { window: win });
  });

  it('refuses a webContents the app did not create', async () => {
    const handler = vi.fn();
    handle('autosave:take', handler);
    const stranger = new FakeBrowserWindow(); // never registered
    stranger.webContents.mainFrame.url = APP_INDEX_URL;
    await expect(electron.ipcMain.invoke('autosave:take', from(stranger))).rejects.toBeInstanceOf(ForeignSenderError);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses an app window whose page was navigated elsewhere', async () => {
    const handler = vi.fn();
    handle('autosave:take', handler);
    const win = appWindow();
    win.webContents.mainFrame.url = 'https://evil.example/index.html';
    await expect(electron.ipcMain.invoke('autosave:take', from(win))).rejects.toThrow(/not a Kapasim window/);
    for (const url of ['file:///index.html', 'app://other/index.html', 'app://user:pw@kapasim/index.html']) {
      win.webContents.mainFrame.url = url;
      await expect(electron.ipcMain.invoke('autosave:take', from(win))).rejects.toBeInstanceOf(ForeignSenderError);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a subframe, even one showing an app URL, and a frame that has gone', async () => {
    const handler = vi.fn();
    handle('autosave:take', handler);
    const win = appWindow();
    const sub = new FakeFrame(APP_INDEX_URL, win.webContents.mainFrame);
    await expect(electron.ipcMain.invoke('autosave:take', from(win, sub))).rejects.toBeInstanceOf(ForeignSenderError);
    await expect(electron.ipcMain.invoke('autosave:take', { sender: win.webContents, senderFrame: null })).rejects.toBeInstanceOf(ForeignSenderError);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a window after it closed', async () => {
    const handler = vi.fn();
    handle('autosave:take', handler);
    const win = appWindow();
    win.close();
    await expect(electron.ipcMain.invoke('autosave:take', from(win))).rejects.toBeInstanceOf(ForeignSenderError);
  });
});

describe('handle(): payload validation', () => {
  beforeEach(() => resetFakeElectron());

  it('rejects a bad payload with a clear error before the handler runs', async () => {
    const handler = vi.fn();
    handle('file:save', handler);
    const win = appWindow();
    const call = (payload: unknown) => electron.ipcMain.invoke('file:save', from(win), payload);
    await expect(call({ kind: 'exe', suggestedName: 'a', text: 'x' })).rejects.toThrow('Invalid payload on IPC channel "file:save": payload.kind: expected one of scenario, study, run, svg, png, csv, html, xlsx, got "exe"');
    await expect(call({ kind: 'scenario', suggestedName: 'a' })).rejects.toThrow('payload.text: missing');
    await expect(call({ kind: 'scenario', suggestedName: 'a', text: 42 })).rejects.toThrow('payload.text: expected a string, got number');
    await expect(call({ kind: 'scenario', suggestedName: '', text: '' })).rejects.toThrow('payload.suggestedName: must not be empty');
    await expect(call({ kind: 'scenario', suggestedName: 'a', text: '', path: 'x\0y' })).rejects.toThrow('payload.path: contains a NUL character');
    await expect(call({ kind: 'scenario', suggestedName: 'a', text: '', extra: 1 })).rejects.toThrow('payload.extra: unexpected field');
    await expect(call(null)).rejects.toThrow('payload: expected an object, got null');
    await expect(call(['scenario'])).rejects.toBeInstanceOf(PayloadError);
    expect(handler).not.toHaveBeenCalled();
  });

  it('checks bytes, nullables, "no payload" channels and the argument count', async () => {
    handle('file:export', vi.fn());
    handle('autosave:write', vi.fn());
    handle('autosave:clear', vi.fn());
    const win = appWindow();
    await expect(electron.ipcMain.invoke('file:export', from(win), { kind: 'png', suggestedName: 'a.png', bytes: 'iVBOR' })).rejects.toThrow('payload.bytes: expected bytes (Uint8Array), got string');
    await expect(electron.ipcMain.invoke('autosave:write', from(win), { fileName: 3, text: '' })).rejects.toThrow('payload.fileName: expected a string, got number');
    await expect(electron.ipcMain.invoke('autosave:clear', from(win), { everything: true })).rejects.toThrow('payload: expected no payload, got object');
    await expect(electron.ipcMain.invoke('autosave:write', from(win), { fileName: null, text: '' }, 'more')).rejects.toThrow('expected one payload argument, got 2');
    await expect(electron.ipcMain.invoke('file:export', from(win), { kind: 'png', suggestedName: 'a.png', bytes: new Uint8Array([1]) })).resolves.toBeUndefined();
    await expect(electron.ipcMain.invoke('autosave:write', from(win), { fileName: null, text: 'x' })).resolves.toBeUndefined();
  });
});

describe('on(): one-way messages', () => {
  beforeEach(() => resetFakeElectron());

  it('delivers a valid message from the app page and drops foreign or malformed ones', () => {
    const listener = vi.fn();
    const warn = vi.mocked(console.warn);
    on('document:state', listener);
    const win = appWindow();
    electron.ipcMain.send('document:state', from(win), { fileName: '/a.kapasim.json', dirty: true });
    expect(listener).toHaveBeenCalledWith({ fileName: '/a.kapasim.json', dirty: true }, { window: win });

    const stranger = new FakeBrowserWindow();
    electron.ipcMain.send('document:state', from(stranger), { fileName: null, dirty: false });
    electron.ipcMain.send('document:state', from(win), { fileName: null, dirty: 'yes' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/payload\.dirty: expected true or false/);
  });
});
