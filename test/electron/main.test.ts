import { electron, resetFakeElectron } from './setup';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
vi.mock('../../electron/security/setup-security', () => ({ setupSecurity: () => calls.push('security') }));
vi.mock('../../electron/windows/setup-windows', () => ({ setupWindows: () => calls.push('windows') }));
vi.mock('../../electron/files/setup-files', () => ({ setupFiles: () => calls.push('files') }));
vi.mock('../../electron/autosave/setup-autosave', () => ({ setupAutosave: () => calls.push('autosave') }));
vi.mock('../../electron/menu/setup-menu', () => ({ setupMenu: () => calls.push('menu') }));
vi.mock('../../electron/files/open-from-os', () => ({
  setupSingleInstance: () => (calls.push('single-instance'), electron.app.requestSingleInstanceLock()),
  setupOpenFromOs: () => calls.push('open-from-os'),
}));

describe('main.ts', () => {
  beforeEach(() => {
    resetFakeElectron();
    vi.resetModules();
    calls.length = 0;
  });

  it('only wires the feature modules, security first', async () => {
    await import('../../electron/main');
    expect(calls).toEqual(['single-instance', 'security', 'windows', 'files', 'autosave', 'menu', 'open-from-os']);
    expect(electron.app.quit).not.toHaveBeenCalled();
  });

  it('quits at once when another Kapasim already runs (it opens our file)', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('../../electron/main');
    expect(calls).toEqual(['single-instance']);
    expect(electron.app.quit).toHaveBeenCalled();
  });
});
