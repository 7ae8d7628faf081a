/** Reading input files and writing output files (atomically), with messages a planner can act on. */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { formatIssue, parseJsonText } from '../sim/scenario/index';
import { userError } from './errors';

/** Why a file could not be read, in plain words, from a Node file-system error. */
export function describeFsError(path: string, err: unknown, action = 'read'): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `cannot ${action} ${path}: no such file or directory`;
    case 'EISDIR':
      return `cannot ${action} ${path}: it is a directory, not a file`;
    case 'EACCES':
    case 'EPERM':
      return `cannot ${action} ${path}: permission denied`;
    case 'ENOTDIR':
      return `cannot ${action} ${path}: a part of the path is not a directory`;
    default:
      return `cannot ${action} ${path}: ${(err as Error | undefined)?.message ?? String(err)}`;
  }
}

/** The outcome of loading one JSON file: the parsed value, or the lines that say why not. */
export type Loaded = { ok: true; value: unknown } | { ok: false; problems: string[] };

/** Reads and parses a JSON file; syntax errors come with line and column. Never throws. */
export function loadJsonFile(path: string): Loaded {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { ok: false, problems: [describeFsError(path, err)] };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problems: parsed.issues.map((i) => formatIssue(i)) };
  return { ok: true, value: parsed.value };
}

/** Reads and parses a JSON file, or throws a user error (exit 2) naming the file. */
export function readJsonFile(path: string): unknown {
  const loaded = loadJsonFile(path);
  if (!loaded.ok) throw userError(loaded.problems.map((p) => (p.startsWith('cannot ') ? p : `${path}: ${p}`)).join('\n'));
  return loaded.value;
}

/**
 * Writes a file (text as UTF-8, or bytes) atomically: to `FILE.tmp-<pid>` first, flushed to disk, then renamed over
 * FILE, so a reader never sees half a file and a crash never leaves a broken one.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    let written = 0;
    while (written < buf.length) written += writeSync(fd, buf, written, buf.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing; the first error is the one to report
      }
    }
    rmSync(tmp, { force: true });
    throw userError(describeFsError(path, err, 'write'));
  }
}
