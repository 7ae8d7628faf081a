/** The kinds of file the shell opens, saves and exports: extensions, dialog filters, names. */
import type { FileFilter } from 'electron';
import type { FileKind } from '../../renderer/desktop/api';

export type DocumentKind = 'scenario' | 'study' | 'run';

interface KindInfo {
  /** The full extension, with its leading dot. */
  ext: string;
  label: string;
}

export const KINDS: Record<FileKind, KindInfo> = {
  scenario: { ext: '.kapasim.json', label: 'Kapasim scenario' },
  study: { ext: '.kapasim-study.json', label: 'Kapasim study' },
  run: { ext: '.kapasim-run.json', label: 'Kapasim run' },
  svg: { ext: '.svg', label: 'SVG image' },
  png: { ext: '.png', label: 'PNG image' },
  csv: { ext: '.csv', label: 'CSV table' },
  html: { ext: '.html', label: 'HTML report' },
  xlsx: { ext: '.xlsx', label: 'Excel workbook' },
};

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['scenario', 'study', 'run'];

const isJsonKind = (kind: FileKind) => KINDS[kind].ext.endsWith('.json');

/**
 * Dialog filters for a kind. Windows and Linux match the double extension (`*.kapasim.json`);
 * macOS's panels only know a file's last extension, so there the filter is `.json`.
 */
export function dialogFilters(kind: FileKind, platform: NodeJS.Platform): FileFilter[] {
  const { ext, label } = KINDS[kind];
  const bare = ext.slice(1);
  if (isJsonKind(kind)) {
    return platform === 'darwin'
      ? [{ name: `${label} (${ext})`, extensions: ['json'] }]
      : [
          { name: `${label} (${ext})`, extensions: [bare] },
          { name: 'JSON', extensions: ['json'] },
        ];
  }
  return [{ name: label, extensions: [bare] }];
}

/** The document kind a path names, by its extension (plain `.json` counts as a scenario). */
export function kindOfPath(path: string): DocumentKind | null {
  const lower = path.toLowerCase();
  for (const kind of DOCUMENT_KINDS) if (lower.endsWith(KINDS[kind].ext)) return kind;
  return lower.endsWith('.json') ? 'scenario' : null;
}

/**
 * A save path with the kind's extension: kept if it has it (or, for a Kapasim JSON kind, any
 * `.json` the user typed), else the extension is added — Linux dialogs do not add it.
 */
export function withExtension(path: string, kind: FileKind): string {
  const lower = path.toLowerCase();
  const { ext } = KINDS[kind];
  if (lower.endsWith(ext) || (isJsonKind(kind) && lower.endsWith('.json'))) return path;
  return path.replace(/\.+$/, '') + ext;
}

/** A bare file name from what the page suggested: no folders, no characters a file system refuses. */
export function safeFileName(suggested: string, kind: FileKind): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f<>:"|?*]/g, '-').replace(/^[.\s]+/, '').trim().slice(0, 200);
  return withExtension(cleaned || `kapasim${KINDS[kind].ext}`, kind);
}
