/**
 * Atomic saves: the new contents go to a temporary file in the target's own folder, are
 * flushed to disk, and only then renamed over the target — so at every instant the target is
 * either the whole old file or the whole new one, even if the app is killed or the machine
 * loses power half-way. The previous version is kept beside it as `<name>.bak`.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, open, readdir, realpath, rename, stat, unlink, chmod } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<name>.bak` (itself written atomically). */
  backup?: boolean;
  /** Bytes per write call; small chunks keep memory flat for large files. */
  chunkSize?: number;
}

/** The backup of a saved file. */
export const backupPath = (path: string) => `${path}.bak`;

const TMP_SUFFIX = '.kapasim-tmp';
const tempPathFor = (target: string) => join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}${TMP_SUFFIX}`);

/** Saves in flight per target: saves of one file run one after another, never interleaved. */
const queues = new Map<string, Promise<unknown>>();

/** Writes data to path atomically (temp file, fsync, rename), keeping a backup when asked. */
export async function atomicWrite(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  // Queued synchronously, so saves run in the order they were asked for.
  const key = resolve(path);
  const before = queues.get(key) ?? Promise.resolve();
  const mine = before.catch(() => undefined).then(() => writeNow(path, data, options));
  queues.set(key, mine);
  try {
    await mine;
  } finally {
    if (queues.get(key) === mine) queues.delete(key);
  }
}

async function writeNow(path: string, data: string | Uint8Array, options: AtomicWriteOptions): Promise<void> {
  const target = await resolveTarget(path);
  const previous = await stat(target).catch(() => null);
  if (previous && !previous.isFile()) throw new Error(`${target} is not a regular file`);

  const temp = tempPathFor(target);
  try {
    await writeAndFlush(temp, data, options.chunkSize ?? 1 << 20, previous?.mode);
    if (previous && options.backup) await copyAtomically(target, backupPath(target));
    await renameWithRetry(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await syncDirectory(dirname(target));
  await removeStaleTemps(target);
}

/** A symlinked target is saved through to the file it points at, keeping the link. */
async function resolveTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

async function writeAndFlush(file: string, data: string | Uint8Array, chunkSize: number, mode: number | undefined): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // wx: never follow or clobber something already at the temp name.
  const handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  try {
    for (let offset = 0; offset < bytes.length; offset += chunkSize) {
      const end = Math.min(offset + chunkSize, bytes.length);
      let written = offset;
      while (written < end) written += (await handle.write(bytes, written, end - written, written)).bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (mode !== undefined && process.platform !== 'win32') await chmod(file, mode & 0o777);
}

async function copyAtomically(from: string, to: string): Promise<void> {
  const temp = tempPathFor(to);
  try {
    await copyFile(from, temp, constants.COPYFILE_EXCL);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, to);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** On Windows a rename over a file that a virus scanner or indexer holds open fails briefly. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (attempt >= 5 || !(code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) throw err;
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
    }
  }
}

/** Makes the rename itself durable (POSIX); Windows cannot open a folder for this. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems (network shares) refuse to sync a directory; the data itself is synced.
  }
}

/** Temp files of this target left by an earlier save that was killed half-way. */
async function removeStaleTemps(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith(TMP_SUFFIX) && /^[0-9a-f]{12}$/.test(name.slice(prefix.length, -TMP_SUFFIX.length))) {
      await unlink(join(dirname(target), name)).catch(() => undefined);
    }
  }
}
