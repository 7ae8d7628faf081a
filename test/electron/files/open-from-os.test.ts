import { electron, fakeEvent, resetFakeElectron, FakeBrowserWindow } from '../setup';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filesFromArgv } from '../../../electron/files/open-from-os';

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'kapasim-os-'));
  const scenario = join(dir, 'plan.kapasim.json');
  const study = join(dir, 'sweep.kapasim-study.json');
  writeFileSync(scenario, '{"name":"plan"}');
  writeFileSync(study, '{"name":"sweep"}');
  return { dir, scenario, study };
}

describe('filesFromArgv', () => {
  const { dir, scenario, study } = folder();
  const exists = (p: string) => p === scenario || p === study;

  it('takes the Kapasim files after the executable in a packaged app', () => {
    expect(filesFromArgv(['/opt/Kapasim/kapasim', scenario], '/', { defaultApp: false, exists })).toEqual([scenario]);
    expect(filesFromArgv(['C:\\Kapasim\\Kapasim.exe', '--allow-file-access', scenario, study], '/', { defaultApp: false, exists })).toEqual([scenario, study]);
  });

  it('skips the app folder in development, switches, other files and files that do not exist', () => {
    expect(filesFromArgv(['/x/electron', 'dist/electron', '--inspect', 'notes.txt', join(dir, 'gone.kapasim.json'), scenario], '/', { defaultApp: true, exists })).toEqual([scenario]);
    expect(filesFromArgv(['/x/electron', 'dist/electron'], '/', { defaultApp: true, exists })).toEqual([]);
    expect(filesFromArgv(['/Applications/Kapasim.app/Contents/MacOS/Kapasim', '-psn_0_12345'], '/', { defaultApp: false, exists })).toEqual([]);
  });

  it('resolves relative paths against the folder the command was given in', () => {
    expect(filesFromArgv(['kapasim', 'plan.kapasim.json'], dir, { defaultApp: false, exists })).toEqual([scenario]);
  });
});

describe('opening files from the OS', () => {
  const argv = process.argv;
  afterEach(() => {
    process.argv = argv;
  });

  async function start(args: string[]) {
    resetFakeElectron();
    vi.resetModules();
    electron.app.paths.userData = mkdtempSync(join(tmpdir(), 'kapasim-ud-'));
    process.argv = ['/opt/Kapasim/kapasim', ...args];
    const { setupWindows } = await import('../../../electron/windows/setup-windows');
    const { setupFiles, recentFiles } = await import('../../../electron/files/setup-files');
    const os = await import('../../../electron/files/open-from-os');
    expect(os.setupSingleInstance()).toBe(true);
    setupWindows();
    setupFiles();
    os.setupOpenFromOs();
    return { recentFiles, os };
  }

  it('a file on the command line opens in the window once its page has loaded', async () => {
    const { scenario } = folder();
    await start([scenario]);
    await vi.waitFor(() => expect(FakeBrowserWindow.all[0]?.webContents.send).toHaveBeenCalledWith('file:opened', { path: scenario, name: 'plan.kapasim.json', text: '{"name":"plan"}' }));
  });

  it("macOS 'open-file' (even before ready) and a second instance's command line open their file", async () => {
    const { scenario, study, dir } = folder();
    await start([]);
    const early = fakeEvent();
    electron.app.emit('open-file', early, study);
    expect(early.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(FakeBrowserWindow.all[0]?.webContents.send).toHaveBeenCalledWith('file:opened', expect.objectContaining({ path: study })));
    const win = FakeBrowserWindow.all[0]!;

    electron.app.emit('second-instance', fakeEvent(), ['/opt/Kapasim/kapasim', 'plan.kapasim.json'], dir, {});
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenLastCalledWith('file:opened', expect.objectContaining({ path: scenario })));
    expect(FakeBrowserWindow.all).toHaveLength(1);
  });

  it('a second instance quits when the lock is taken', async () => {
    resetFakeElectron();
    vi.resetModules();
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    const os = await import('../../../electron/files/open-from-os');
    expect(os.setupSingleInstance()).toBe(false);
  });

  it('asks before replacing unsaved changes, and drops a recent file that has gone', async () => {
    const { scenario, dir } = folder();
    const { recentFiles } = await start([]);
    await vi.waitFor(() => expect(FakeBrowserWindow.all).toHaveLength(1));
    const { openPathInApp } = await import('../../../electron/files/setup-files');
    const win = FakeBrowserWindow.all[0]!;
    electron.ipcMain.send('document:state', { sender: win.webContents, senderFrame: win.webContents.mainFrame }, { fileName: null, dirty: true });

    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false }); // Cancel
    await openPathInApp(scenario);
    expect(win.webContents.send).not.toHaveBeenCalledWith('file:opened', expect.anything());

    electron.ipcMain.send('document:state', { sender: win.webContents, senderFrame: win.webContents.mainFrame }, { fileName: null, dirty: false });
    const gone = join(dir, 'gone.kapasim.json');
    recentFiles()!.add(gone);
    await openPathInApp(gone);
    expect(recentFiles()!.list()).not.toContain(gone);
    expect(electron.dialog.showMessageBox).toHaveBeenLastCalledWith(win, expect.objectContaining({ type: 'error', message: 'Cannot open gone.kapasim.json: the file no longer exists' }));
  });
});
