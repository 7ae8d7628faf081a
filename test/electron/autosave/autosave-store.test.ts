import '../setup';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AutosaveStore } from '../../../electron/autosave/autosave-store';

const userData = () => mkdtempSync(join(tmpdir(), 'kapasim-autosave-'));
const TRICKY = '{\n  "name": "Tromsø – «plan» ✓",\r\n  "note": "tab\\tand \\u0000, emoji 🧪, lone \\ud800"\n}\n' + 'x'.repeat(200_000);

describe('AutosaveStore', () => {
  it('has nothing to recover at first', async () => {
    expect(await new AutosaveStore(userData()).read()).toBeNull();
  });

  it('gives back exactly the text, file and time after a restart (a new store on the same folder)', async () => {
    const dir = userData();
    await new AutosaveStore(dir).write({ fileName: '/plans/tromsø.kapasim.json', text: TRICKY }, new Date('2026-11-23T10:15:00Z'));
    const recovered = await new AutosaveStore(dir).read();
    expect(recovered).toEqual({ fileName: '/plans/tromsø.kapasim.json', text: TRICKY, savedAt: '2026-11-23T10:15:00.000Z' });
    expect(recovered!.text === TRICKY).toBe(true);
  });

  it('keeps the latest snapshot, and nothing after clear', async () => {
    const dir = userData();
    const store = new AutosaveStore(dir);
    await store.write({ fileName: null, text: 'first' });
    await store.write({ fileName: null, text: 'second' });
    expect((await store.read())?.text).toBe('second');
    await store.clear();
    expect(await store.read()).toBeNull();
    await store.clear(); // clearing twice is fine
  });

  it('runs writes and clears in the order they were asked for', async () => {
    const store = new AutosaveStore(userData());
    const pending = [store.write({ fileName: null, text: 'a' }), store.clear(), store.write({ fileName: null, text: 'b' }), store.clear()];
    await Promise.all(pending);
    expect(await store.read()).toBeNull();
  });

  it('ignores a damaged autosave file', async () => {
    const dir = userData();
    const store = new AutosaveStore(dir);
    await store.write({ fileName: null, text: 'x' });
    writeFileSync(store.file, '{"version":1,"text":');
    expect(await store.read()).toBeNull();
    writeFileSync(store.file, JSON.stringify({ version: 2, text: 'x', fileName: null, savedAt: 'now' }));
    expect(await store.read()).toBeNull();
  });
});
