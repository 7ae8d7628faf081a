/**
 * Reads a file the user chose as text. Main checks only what it must to hand the page a
 * string (a regular file, not too large, UTF-8); whether it is a valid scenario is the page's
 * call, which lists the problems instead of loading half a file.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenedFile } from '../../renderer/desktop/api';

export const MAX_OPEN_BYTES = 64 * 1024 * 1024;

export class OpenError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`Cannot open ${basename(path)}: ${reason}`);
    this.name = 'OpenError';
  }
}

export async function readTextFile(path: string, maxBytes = MAX_OPEN_BYTES): Promise<OpenedFile> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new OpenError(path, code === 'ENOENT' ? 'the file no longer exists' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : String(code ?? err));
  }
  if (!info.isFile()) throw new OpenError(path, 'not a file');
  if (info.size > maxBytes) throw new OpenError(path, `larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new OpenError(path, 'not UTF-8 text');
  }
  return { path, name: basename(path), text };
}
