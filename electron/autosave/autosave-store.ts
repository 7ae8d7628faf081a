/**
 * Unsaved work kept in the user data folder (`autosave/unsaved-work.json`) while the page has
 * changes, so a crash or power cut costs seconds, not an afternoon. The file is removed when
 * the window closes cleanly or the user saves or declines recovery; if it is still there at the
 * next start, the page offers it back.
 */
import { mkdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite } from '../files/atomic-write';

export interface Snapshot {
  fileName: string | null;
  text: string;
}

export interface Recovery extends Snapshot {
  /** When the snapshot was written (ISO 8601). */
  savedAt: string;
}

export class AutosaveStore {
  readonly dir: string;
  readonly file: string;
  /** Writes and clears run in the order they were asked for: a clear never precedes an earlier write. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(userDataDir: string) {
    this.dir = join(userDataDir, 'autosave');
    this.file = join(this.dir, 'unsaved-work.json');
  }

  write(snapshot: Snapshot, now: Date = new Date()): Promise<void> {
    const record: Recovery & { version: 1 } = { version: 1, savedAt: now.toISOString(), fileName: snapshot.fileName, text: snapshot.text };
    return this.inOrder(async () => {
      await mkdir(this.dir, { recursive: true });
      await atomicWrite(this.file, JSON.stringify(record));
    });
  }

  /** The unsaved work on disk, or null when there is none or it is unreadable. */
  async read(): Promise<Recovery | null> {
    await this.queue.catch(() => undefined);
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch {
      return null;
    }
    try {
      const data = JSON.parse(raw) as Record<string, unknown>;
      const { savedAt, fileName, text } = data;
      if (data.version !== 1 || typeof savedAt !== 'string' || typeof text !== 'string' || !(fileName === null || typeof fileName === 'string')) return null;
      return { fileName, text, savedAt };
    } catch {
      return null;
    }
  }

  clear(): Promise<void> {
    return this.inOrder(() =>
      unlink(this.file).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      }),
    );
  }

  private inOrder<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.catch(() => undefined).then(task);
    this.queue = next;
    return next;
  }
}
