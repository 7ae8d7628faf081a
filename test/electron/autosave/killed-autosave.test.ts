import '../setup';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { AutosaveStore } from '../../../electron/autosave/autosave-store';

// Nothing lost (issue 8): the app killed while it writes an autosave leaves the previous
// snapshot, and the next start gives back exactly that text, character for character.

/** Text that a careless encoder would change: BOM, CRLF, U+2028, an emoji, a lone surrogate, NUL. */
const TRICKY = '\uFEFF{\r\n  "name": "Nordland ✓ \u2028 😀 \uD800 \u0000",\r\n  "services": [{"id": "long", "beds": 12}]\r\n}\n';

describe('autosave killed half-way', () => {
  it('keeps the previous snapshot, which the next start recovers exactly', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'kapasim-autosave-kill-'));
    const bundle = join(userData, 'autosave-store.mjs');
    await build({ entryPoints: ['electron/autosave/autosave-store.ts'], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
    const script = `
      import { AutosaveStore } from ${JSON.stringify(bundle)};
      const store = new AutosaveStore(${JSON.stringify(userData)});
      await store.write({ fileName: '/p/nordland.kapasim.json', text: ${JSON.stringify(TRICKY)} });
      process.stdout.write('first\\n');
      await store.write({ fileName: '/p/nordland.kapasim.json', text: '{"pad":"' + 'x'.repeat(160 * 1024 * 1024) + '"}' });
      process.stdout.write('second\\n');
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise((r) => child.once('exit', r));

    // Kill it once the second snapshot's temp file holds some, but not all, of it.
    const dir = join(userData, 'autosave');
    const temps = () => {
      try {
        return readdirSync(dir).filter((n) => n.endsWith('.kapasim-tmp'));
      } catch {
        return [];
      }
    };
    let killedAt = -1;
    for (let i = 0; i < 10_000 && killedAt < 0; i++) {
      const temp = out.includes('first') ? temps()[0] : undefined;
      const size = temp ? (statSync(join(dir, temp), { throwIfNoEntry: false })?.size ?? 0) : 0;
      if (size > 1024 * 1024) {
        child.kill('SIGKILL');
        killedAt = size;
      } else await new Promise((r) => setTimeout(r, 2));
    }
    await exited;
    expect(killedAt).toBeGreaterThan(0);
    expect(out).toBe('first\n');

    // The next start: exactly the first snapshot, as typed.
    const recovered = await new AutosaveStore(userData).read();
    expect(recovered).not.toBeNull();
    expect(recovered!.text).toBe(TRICKY);
    expect(recovered!.fileName).toBe('/p/nordland.kapasim.json');
  });
});
