import { electron, resetFakeElectron } from './setup';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../renderer/desktop/api';

/** The methods of DesktopApi (renderer/desktop/api.ts); the preload must expose exactly these. */
const API_METHODS: (keyof DesktopApi)[] = ['openFile', 'saveFile', 'exportFile', 'setDocumentState', 'autosave', 'takeRecovery', 'clearAutosave', 'onMenuCommand', 'onOpenFile'];

describe('the preload', () => {
  let api: DesktopApi;
  beforeAll(async () => {
    resetFakeElectron();
    await import('../../electron/preload');
    api = electron.contextBridge.exposed.get('kapasim') as DesktopApi;
  });

  it('exposes one object, window.kapasim, with exactly the DesktopApi methods and nothing else', () => {
    expect([...electron.contextBridge.exposed.keys()]).toEqual(['kapasim']);
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    for (const key of API_METHODS) expect(typeof api[key]).toBe('function');
  });

  it('never hands the page ipcRenderer or an Electron object', () => {
    const values = Object.values(api) as unknown[];
    expect(values).not.toContain(electron.ipcRenderer);
    expect(values.some((v) => v === electron.ipcRenderer.invoke || v === electron.ipcRenderer.send || v === electron.ipcRenderer.on)).toBe(false);
  });

  it('maps each operation to its channel, passing only the contract fields', async () => {
    const invoke = electron.ipcRenderer.invoke;
    invoke.mockClear();
    await api.openFile('run');
    await api.saveFile({ kind: 'scenario', suggestedName: 'a.kapasim.json', text: '{}', ...{ sneaky: 'x' } } as Parameters<DesktopApi['saveFile']>[0]);
    await api.saveFile({ kind: 'scenario', path: '/d/a.kapasim.json', suggestedName: 'a.kapasim.json', text: '{}' });
    await api.exportFile({ kind: 'png', suggestedName: 'c.png', bytes: new Uint8Array([1, 2]) });
    await api.autosave({ fileName: null, text: 't' });
    await api.takeRecovery();
    await api.clearAutosave();
    expect(invoke.mock.calls).toEqual([
      ['file:open', 'run'],
      ['file:save', { kind: 'scenario', suggestedName: 'a.kapasim.json', text: '{}' }],
      ['file:save', { kind: 'scenario', path: '/d/a.kapasim.json', suggestedName: 'a.kapasim.json', text: '{}' }],
      ['file:export', { kind: 'png', suggestedName: 'c.png', bytes: new Uint8Array([1, 2]) }],
      ['autosave:write', { fileName: null, text: 't' }],
      ['autosave:take'],
      ['autosave:clear'],
    ]);
    api.setDocumentState({ fileName: '/d/a.kapasim.json', dirty: true });
    expect(electron.ipcRenderer.send).toHaveBeenCalledWith('document:state', { fileName: '/d/a.kapasim.json', dirty: true });
  });

  it('keeps events that arrive before the page listens, then delivers them and later ones; unsubscribing stops them', () => {
    const file = { path: '/d/a.kapasim.json', name: 'a.kapasim.json', text: '{}' };
    electron.ipcRenderer.emit('file:opened', file);
    const opened = vi.fn();
    const stop = api.onOpenFile(opened);
    expect(opened).toHaveBeenCalledWith(file);

    const commands = vi.fn();
    const stopCommands = api.onMenuCommand(commands);
    electron.ipcRenderer.emit('menu:command', 'run');
    expect(commands).toHaveBeenCalledWith('run');
    stopCommands();
    stop();
    electron.ipcRenderer.emit('menu:command', 'save');
    expect(commands).toHaveBeenCalledTimes(1);
  });

  it('bundles to CommonJS that requires nothing but electron (a sandboxed preload can load nothing else)', async () => {
    const out = await build({ entryPoints: ['electron/preload.ts'], bundle: true, format: 'cjs', platform: 'browser', external: ['electron'], write: false, logLevel: 'silent' });
    const code = out.outputFiles[0]!.text;
    expect([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(expect.arrayContaining(['electron']));
    expect(new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/\bimport\s*\(/);
  });
});
