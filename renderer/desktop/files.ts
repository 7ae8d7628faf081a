import { desktop, type FileKind, type OpenedFile } from './api';

const ACCEPT: Record<'scenario' | 'study' | 'run', string> = {
  scenario: '.json,.kapasim.json,application/json',
  study: '.json,.kapasim-study.json,application/json',
  run: '.json,.kapasim-run.json,application/json',
};

/** Opens a file: the native dialog in the desktop app, a file input in a browser. Null when cancelled. */
export async function openTextFile(kind: 'scenario' | 'study' | 'run'): Promise<OpenedFile | null> {
  const api = desktop();
  if (api) return api.openFile(kind);
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[kind];
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      resolve(file ? { path: file.name, name: file.name, text: await file.text() } : null);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const MIME: Record<FileKind, string> = {
  scenario: 'application/json',
  study: 'application/json',
  run: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  csv: 'text/csv;charset=utf-8',
  html: 'text/html;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Saves text: atomically through the shell, or as a download in a browser. Null when cancelled. */
export async function saveTextFile(kind: FileKind, suggestedName: string, text: string, path?: string): Promise<{ path: string } | null> {
  const api = desktop();
  if (api) return api.saveFile({ kind, path, suggestedName, text });
  download(suggestedName, new Blob([text], { type: MIME[kind] }));
  return { path: suggestedName };
}

/** Exports bytes (PNG, XLSX …) through the shell's save dialog, or as a download. */
export async function exportBytes(kind: FileKind, suggestedName: string, bytes: Uint8Array): Promise<{ path: string } | null> {
  const api = desktop();
  if (api) return api.exportFile({ kind, suggestedName, bytes });
  download(suggestedName, new Blob([bytes as BlobPart], { type: MIME[kind] }));
  return { path: suggestedName };
}
