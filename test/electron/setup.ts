/**
 * The one place `electron` is mocked for the shell's tests. Every spec under test/electron
 * imports this first (the project's vitest config is shared, so this stands in for a
 * setupFiles entry); main-process specs run in vitest's node environment.
 */
import { beforeEach, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

// Main logs what it refuses; keep test output quiet (specs that care read the spy).
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

export { electron, resetFakeElectron, fakeEvent, FakeFrame, BrowserWindow as FakeBrowserWindow } from './fake-electron';
