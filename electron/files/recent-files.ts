/**
 * The recent files list (File → Open Recent), kept in the user data folder as
 * `recent-files.json`. Most recent first, at most ten, one entry per file; files that have
 * gone are dropped whenever the list is read for the menu or one fails to open.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { atomicWrite } from './atomic-write';

export const RECENT_LIMIT = 10;

type Listener = (paths: readonly string[]) => void;

export class RecentFiles {
  private paths: string[] = [];
  private readonly listeners = new Set<Listener>();
  private writing: Promise<void> = Promise.resolve();
  readonly file: string;

  constructor(userDataDir: string, private readonly exists: (path: string) => boolean = existsSync) {
    this.file = join(userDataDir, 'recent-files.json');
  }

  /** Loads the stored list; a missing or damaged file means an empty list. */
  async load(): Promise<readonly string[]> {
    try {
      const data = JSON.parse(await readFile(this.file, 'utf8')) as unknown;
      const files = (data as { files?: unknown }).files;
      this.paths = Array.isArray(files) ? files.filter((p): p is string => typeof p === 'string' && p.length > 0).slice(0, RECENT_LIMIT) : [];
    } catch {
      this.paths = [];
    }
    return this.list();
  }

  list(): readonly string[] {
    return [...this.paths];
  }

  /** The list without files that no longer exist (which are forgotten). */
  existing(): readonly string[] {
    const kept = this.paths.filter((p) => this.exists(p));
    if (kept.length !== this.paths.length) this.replace(kept);
    return this.list();
  }

  add(path: string): void {
    const full = resolve(path);
    const key = comparable(full);
    this.replace([full, ...this.paths.filter((p) => comparable(p) !== key)].slice(0, RECENT_LIMIT));
  }

  remove(path: string): void {
    const key = comparable(resolve(path));
    this.replace(this.paths.filter((p) => comparable(p) !== key));
  }

  clear(): void {
    this.replace([]);
  }

  /** Called with the new list after every change (the menu rebuilds itself). */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when every change so far is on disk. */
  flushed(): Promise<void> {
    return this.writing;
  }

  private replace(paths: string[]): void {
    this.paths = paths;
    const snapshot = JSON.stringify({ version: 1, files: paths }, null, 2) + '\n';
    this.writing = this.writing
      .then(() => atomicWrite(this.file, snapshot))
      .catch((err: unknown) => console.warn(`[kapasim] could not store recent files: ${String(err)}`));
    for (const l of this.listeners) l(this.list());
  }
}

/** Windows and macOS file systems are case-insensitive by default. */
function comparable(path: string): string {
  return process.platform === 'linux' ? path : path.toLowerCase();
}
