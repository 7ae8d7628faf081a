/**
 * Open, Save, Save As and Export with native dialogs. Main writes only where the user said so:
 * a path the page passes for "Save" is used only if the user picked or opened it in this
 * session; anything else goes through the Save dialog — a page cannot make main write
 * wherever it likes.
 */
import { dirname, join, resolve } from 'node:path';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FileKind, OpenedFile } from '../../renderer/desktop/api';
import type { RequestOf } from '../ipc/contract';
import { atomicWrite } from './atomic-write';
import { DOCUMENT_KINDS, dialogFilters, KINDS, safeFileName, withExtension, type DocumentKind } from './file-kinds';
import { readTextFile } from './read-text';
import type { RecentFiles } from './recent-files';

export interface FileDialogs {
  open(win: BrowserWindow, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  save(win: BrowserWindow, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  /** Asks whether to replace an existing file; true to go ahead. */
  confirmReplace(win: BrowserWindow, path: string): Promise<boolean>;
  error(win: BrowserWindow, message: string, detail: string): Promise<void>;
}

export interface FileServiceDeps {
  dialogs: FileDialogs;
  recent: RecentFiles;
  platform: NodeJS.Platform;
  /** Where dialogs start when nothing was opened yet (the Documents folder). */
  defaultDir(): string;
  exists(path: string): boolean;
  /** Tells the OS about a recent document (Jump List, Dock menu). */
  noteRecent?(path: string): void;
}

const comparable = (path: string, platform: NodeJS.Platform) => (platform === 'linux' ? resolve(path) : resolve(path).toLowerCase());

export class FileService {
  private readonly granted = new Set<string>();
  private lastDir: string | null = null;

  constructor(private readonly deps: FileServiceDeps) {}

  /** Marks a path the user chose (dialog, OS, command line, recent list) as one main may write. */
  grant(path: string): void {
    this.granted.add(comparable(path, this.deps.platform));
  }

  isGranted(path: string): boolean {
    return this.granted.has(comparable(path, this.deps.platform));
  }

  private startDir(): string {
    return this.lastDir ?? this.deps.defaultDir();
  }

  private remember(path: string, kind: FileKind | null): void {
    this.grant(path);
    this.lastDir = dirname(path);
    if (kind && (DOCUMENT_KINDS as readonly string[]).includes(kind)) {
      this.deps.recent.add(path);
      this.deps.noteRecent?.(path);
    }
  }

  /** The Open dialog for a kind of Kapasim file, then the file's text; null when cancelled. */
  async open(win: BrowserWindow, kind: DocumentKind): Promise<OpenedFile | null> {
    const result = await this.deps.dialogs.open(win, {
      title: `Open ${KINDS[kind].label.toLowerCase()}`,
      defaultPath: this.startDir(),
      filters: dialogFilters(kind, this.deps.platform),
      properties: ['openFile'],
    });
    const path = result.filePaths[0];
    if (result.canceled || !path) return null;
    return this.openPath(path, kind);
  }

  /** Reads a file the user named (dialog, OS, command line, recent list). Throws OpenError. */
  async openPath(path: string, kind: DocumentKind | null = 'scenario'): Promise<OpenedFile> {
    const file = await readTextFile(resolve(path));
    this.remember(file.path, kind);
    return file;
  }

  /** Saves a document's text atomically, keeping a .bak; null when cancelled or failed (the user was told). */
  async save(win: BrowserWindow, request: RequestOf<'file:save'>): Promise<{ path: string } | null> {
    let target = request.path !== undefined && this.isGranted(request.path) ? request.path : null;
    if (!target) {
      target = await this.askSavePath(win, request.kind, request.suggestedName, request.path, 'Save');
      if (!target) return null;
    }
    return this.write(win, target, request.kind, request.text, true);
  }

  /** Exports bytes through the Save dialog; null when cancelled or failed. */
  async export(win: BrowserWindow, request: RequestOf<'file:export'>): Promise<{ path: string } | null> {
    const target = await this.askSavePath(win, request.kind, request.suggestedName, undefined, 'Export');
    if (!target) return null;
    return this.write(win, target, request.kind, request.bytes, false);
  }

  private async askSavePath(win: BrowserWindow, kind: FileKind, suggestedName: string, previous: string | undefined, verb: string): Promise<string | null> {
    const name = safeFileName(suggestedName, kind);
    const result = await this.deps.dialogs.save(win, {
      title: `${verb} ${KINDS[kind].label.toLowerCase()}`,
      defaultPath: previous ? join(dirname(previous), name) : join(this.startDir(), name),
      filters: dialogFilters(kind, this.deps.platform),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return null;
    const path = withExtension(result.filePath, kind);
    // The dialog confirmed replacing what the user typed; an added extension may name another file.
    if (path !== result.filePath && this.deps.exists(path) && !(await this.deps.dialogs.confirmReplace(win, path))) return null;
    return path;
  }

  private async write(win: BrowserWindow, path: string, kind: FileKind, data: string | Uint8Array, backup: boolean): Promise<{ path: string } | null> {
    try {
      await atomicWrite(path, data, { backup });
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
      await this.deps.dialogs.error(win, `Could not save ${path}`, `${reason}. Nothing was changed on disk; your work is still open — try Save As to another folder.`);
      return null;
    }
    this.remember(path, kind);
    return { path };
  }
}
