/** The page's side of the desktop bridge (renderer/desktop/bridge.ts): plain logic, run in Node. */
import '../setup';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, AUTOSAVE_INTERVAL_MS, offerRecovery, recoveryQuestion, runMenuCommand, type MenuHandlers } from '../../../renderer/desktop/bridge';

function fakeApi() {
  return {
    autosave: vi.fn(async (_s: { fileName: string | null; text: string }) => undefined),
    clearAutosave: vi.fn(async () => undefined),
    takeRecovery: vi.fn(async () => null as { fileName: string | null; text: string; savedAt: string } | null),
  };
}

describe('menu commands in the page', () => {
  it('run the matching action; help and about are left to the shell', () => {
    const handlers = Object.fromEntries(['open', 'openExample', 'save', 'saveAs', 'undo', 'redo', 'run', 'cancel', 'showScenario', 'showResults'].map((k) => [k, vi.fn()])) as unknown as MenuHandlers;
    for (const command of ['open', 'save', 'saveAs', 'undo', 'redo', 'run', 'cancel', 'showScenario', 'showResults'] as const) {
      runMenuCommand(command, handlers);
      expect(handlers[command]).toHaveBeenCalledTimes(1);
    }
    runMenuCommand('help', handlers);
    runMenuCommand('about', handlers);
    expect(handlers.openExample).not.toHaveBeenCalled();
  });

  it('open an example by its id', () => {
    const handlers = Object.fromEntries(['open', 'openExample', 'save'].map((k) => [k, vi.fn()])) as unknown as MenuHandlers;
    runMenuCommand('example:norway', handlers);
    runMenuCommand('example:mmc', handlers);
    expect(vi.mocked(handlers.openExample).mock.calls).toEqual([['norway'], ['mmc']]);
    expect(handlers.open).not.toHaveBeenCalled();
  });
});

describe('Autosaver', () => {
  afterEach(() => vi.useRealTimers());

  it('writes every few seconds while dirty, only when the text changed, and clears when the document turns clean', async () => {
    vi.useFakeTimers();
    const api = fakeApi();
    let text = 'v1';
    const saver = new Autosaver(api, () => ({ fileName: '/p/a.kapasim.json', text }));
    saver.setDirty(false); // clean at start: nothing happens, nothing is cleared
    expect(api.clearAutosave).not.toHaveBeenCalled();

    saver.setDirty(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS);
    expect(api.autosave).toHaveBeenLastCalledWith({ fileName: '/p/a.kapasim.json', text: 'v1' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS * 3);
    expect(api.autosave).toHaveBeenCalledTimes(1);
    text = 'v2';
    await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS);
    expect(api.autosave).toHaveBeenLastCalledWith({ fileName: '/p/a.kapasim.json', text: 'v2' });

    saver.setDirty(false); // saved
    expect(api.clearAutosave).toHaveBeenCalledTimes(1);
    text = 'v3';
    await vi.advanceTimersByTimeAsync(AUTOSAVE_INTERVAL_MS * 2);
    expect(api.autosave).toHaveBeenCalledTimes(2);
    saver.dispose();
  });

  it('tries again after a failed write', async () => {
    const api = fakeApi();
    api.autosave.mockRejectedValueOnce(new Error('disk full'));
    const saver = new Autosaver(api, () => ({ fileName: null, text: 'same' }), 1_000_000);
    saver.setDirty(true);
    await saver.tick();
    await saver.tick();
    expect(api.autosave).toHaveBeenCalledTimes(2);
    await saver.tick();
    expect(api.autosave).toHaveBeenCalledTimes(2);
    saver.dispose();
  });
});

describe('recovery at start', () => {
  const recovered = { fileName: '/p/Bodø plan.kapasim.json', text: '{"name":"x"}\n', savedAt: '2026-11-23T13:05:00.000Z' };

  it('does nothing when no work was left', async () => {
    const api = fakeApi();
    const ask = vi.fn();
    expect(await offerRecovery(api, ask, vi.fn())).toBe('none');
    expect(ask).not.toHaveBeenCalled();
  });

  it('restores exactly the text when the user says yes', async () => {
    const api = fakeApi();
    api.takeRecovery.mockResolvedValueOnce(recovered);
    const restore = vi.fn();
    expect(await offerRecovery(api, () => true, restore)).toBe('restored');
    expect(restore).toHaveBeenCalledWith(recovered);
    expect(api.clearAutosave).not.toHaveBeenCalled();
  });

  it('forgets it when the user says no', async () => {
    const api = fakeApi();
    api.takeRecovery.mockResolvedValueOnce(recovered);
    const restore = vi.fn();
    expect(await offerRecovery(api, () => false, restore)).toBe('declined');
    expect(restore).not.toHaveBeenCalled();
    expect(api.clearAutosave).toHaveBeenCalled();
  });

  it('asks with the time the work was saved and the file name, in English or Norwegian', () => {
    expect(recoveryQuestion(recovered, 'en')).toMatch(/^Kapasim did not close properly\. Restore unsaved work from .*\d.* \(Bodø plan\.kapasim\.json\)\?$/);
    expect(recoveryQuestion({ ...recovered, fileName: null }, 'nb')).toMatch(/^Kapasim ble ikke avsluttet ordentlig\. Gjenopprette ulagret arbeid fra .*\d.*\?$/);
  });
});
