import { electron, resetFakeElectron, FakeBrowserWindow } from '../setup';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

describe('setupMenu', () => {
  it('sets the menu at start, sends commands to the app window, and shows About with the version', async () => {
    resetFakeElectron();
    vi.resetModules();
    electron.app.paths.userData = mkdtempSync(join(tmpdir(), 'kapasim-menu-'));
    const { setupWindows } = await import('../../../electron/windows/setup-windows');
    const { setupFiles } = await import('../../../electron/files/setup-files');
    const { setupMenu } = await import('../../../electron/menu/setup-menu');
    setupWindows();
    setupFiles();
    setupMenu();
    await vi.waitFor(() => expect(electron.Menu.setApplicationMenu).toHaveBeenCalled());
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as MenuItemConstructorOptions[];
    const run = (template.find((m) => m.label === '&Run')!.submenu as MenuItemConstructorOptions[])[0]!;
    (run.click as unknown as () => void)();
    await vi.waitFor(() => expect(FakeBrowserWindow.all[0]?.webContents.send).toHaveBeenCalledWith('menu:command', 'run'));

    const help = template.find((m) => m.label === '&Help')!.submenu as MenuItemConstructorOptions[];
    const about = help.find((i) => i.label === '&About Kapasim');
    if (about) {
      (about.click as unknown as () => void)();
      expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ message: 'Kapasim 0.1.0' }));
    }
  });
});
