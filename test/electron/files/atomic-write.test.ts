import '../setup';
import { spawn } from 'node:child_process';
import { lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, closeSync, statSync, symlinkSync, writeFileSync, chmodSync, fstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { atomicWrite, backupPath } from '../../../electron/files/atomic-write';

const tempDir = () => mkdtempSync(join(tmpdir(), 'kapasim-save-'));
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.kapasim-tmp'));

describe('atomicWrite', () => {
  it('creates a new file, with no backup and no temp file left', async () => {
    const dir = tempDir();
    const target = join(dir, 'plan.kapasim.json');
    await atomicWrite(target, '{"a":1}\n', { backup: true });
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir)).toEqual(['plan.kapasim.json']);
  });

  it('replaces the file by rename (a new inode; readers of the old file keep the old bytes) and keeps the old version as .bak', async () => {
    const dir = tempDir();
    const target = join(dir, 'plan.kapasim.json');
    writeFileSync(target, 'old version');
    const oldInode = statSync(target).ino;
    const reader = openSync(target, 'r'); // someone still reading the old file

    await atomicWrite(target, 'new version', { backup: true });

    expect(readFileSync(target, 'utf8')).toBe('new version');
    expect(statSync(target).ino).not.toBe(oldInode); // renamed over, not rewritten in place
    const buf = Buffer.alloc(fstatSync(reader).size);
    readSync(reader, buf, 0, buf.length, 0);
    closeSync(reader);
    expect(buf.toString()).toBe('old version');
    expect(readFileSync(backupPath(target), 'utf8')).toBe('old version');
    expect(leftovers(dir)).toEqual([]);

    await atomicWrite(target, 'third', { backup: true });
    expect(readFileSync(backupPath(target), 'utf8')).toBe('new version');
  });

  it('writes bytes exactly, and keeps no backup when not asked', async () => {
    const dir = tempDir();
    const target = join(dir, 'chart.png');
    writeFileSync(target, 'previous');
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
    await atomicWrite(target, bytes.subarray(1000), { chunkSize: 4096 });
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes.subarray(1000));
    expect(readdirSync(dir)).toEqual(['chart.png']);
  });

  it.skipIf(process.platform === 'win32')('keeps the file mode and saves through a symlink to its target', async () => {
    const dir = tempDir();
    const real = join(dir, 'real.kapasim.json');
    writeFileSync(real, 'v1');
    chmodSync(real, 0o600);
    const link = join(dir, 'link.kapasim.json');
    symlinkSync(real, link);
    await atomicWrite(link, 'v2', { backup: true });
    expect(readFileSync(real, 'utf8')).toBe('v2');
    expect(statSync(real).mode & 0o777).toBe(0o600);
    expect(readFileSync(backupPath(real), 'utf8')).toBe('v1');
    expect(lstatSync(link).isSymbolicLink()).toBe(true); // still a link to the real file
  });

  it('runs overlapping saves of one file one after the other; the last one wins', async () => {
    const dir = tempDir();
    const target = join(dir, 'plan.kapasim.json');
    await Promise.all(Array.from({ length: 8 }, (_, i) => atomicWrite(target, `version ${i}`, { backup: true })));
    expect(readFileSync(target, 'utf8')).toBe('version 7');
    expect(readFileSync(backupPath(target), 'utf8')).toBe('version 6');
    expect(leftovers(dir)).toEqual([]);
  });

  it('refuses to replace a folder', async () => {
    const dir = tempDir();
    await expect(atomicWrite(dir, 'x')).rejects.toThrow(/not a regular file/);
  });

  it('a save killed half-way leaves the previous file whole and readable; the next save clears the debris', async () => {
    const dir = tempDir();
    const target = join(dir, 'plan.kapasim.json');
    const previous = JSON.stringify({ schema: 'kapasim/scenario@1', name: 'Before the crash' }, null, 2);
    writeFileSync(target, previous);

    // A child process saves a large file through atomicWrite (bundled, as Node cannot run TypeScript).
    const bundle = join(dir, 'atomic-write.mjs');
    await build({ entryPoints: ['electron/files/atomic-write.ts'], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
    const size = 96 * 1024 * 1024;
    const script = `
      import { atomicWrite } from ${JSON.stringify(bundle)};
      const text = '{"pad":"' + 'x'.repeat(${size}) + '"}';
      process.stdout.write('writing\\n');
      await atomicWrite(${JSON.stringify(target)}, text, { backup: true, chunkSize: 16 * 1024 });
      process.stdout.write('done\\n');
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));

    // Kill it once its temp file has some, but not all, of the new contents.
    let killedAt = -1;
    for (let i = 0; i < 6000 && killedAt < 0; i++) {
      const temp = leftovers(dir)[0];
      const written = temp ? statSync(join(dir, temp), { throwIfNoEntry: false })?.size ?? 0 : 0;
      if (written > 1024 * 1024) {
        child.kill('SIGKILL');
        killedAt = written;
      } else await new Promise((r) => setTimeout(r, 2));
    }
    await new Promise((r) => child.once('exit', r));

    expect(out).not.toContain('done');
    expect(killedAt).toBeGreaterThan(0);
    const debris = leftovers(dir);
    expect(debris).toHaveLength(1);
    expect(statSync(join(dir, debris[0]!)).size).toBeLessThan(size);
    // The file the planner had is untouched and parses.
    expect(readFileSync(target, 'utf8')).toBe(previous);
    expect(JSON.parse(readFileSync(target, 'utf8')).name).toBe('Before the crash');

    await atomicWrite(target, '{"name":"after"}', { backup: true });
    expect(leftovers(dir)).toEqual([]);
    expect(readFileSync(backupPath(target), 'utf8')).toBe(previous);
  });
});
