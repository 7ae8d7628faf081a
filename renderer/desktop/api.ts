/**
 * What the Electron preload exposes on `window.kapasim` (one named method per operation).
 * In a plain browser it is absent and the renderer falls back to downloads and file inputs.
 */
export type FileKind = 'scenario' | 'study' | 'run' | 'svg' | 'png' | 'csv' | 'html' | 'xlsx';

export interface OpenedFile {
  path: string;
  name: string;
  text: string;
}

export interface DesktopApi {
  /** Shows the native open dialog for a kind of Kapasim file; null when cancelled. */
  openFile(kind: 'scenario' | 'study' | 'run'): Promise<OpenedFile | null>;
  /** Saves text atomically; with no path (or Save As) the native dialog asks first. Null when cancelled. */
  saveFile(request: { kind: FileKind; path?: string; suggestedName: string; text: string }): Promise<{ path: string } | null>;
  /** Exports bytes (charts, workbooks) through the native save dialog. */
  exportFile(request: { kind: FileKind; suggestedName: string; bytes: Uint8Array }): Promise<{ path: string } | null>;
  /** Tells the shell whether there are unsaved changes (title marker, close prompt). */
  setDocumentState(state: { fileName: string | null; dirty: boolean }): void;
  /** Keeps unsaved work in the user data folder, to offer it back after a crash. */
  autosave(snapshot: { fileName: string | null; text: string }): Promise<void>;
  /** Unsaved work left by a session that did not close cleanly, if any (taken once). */
  takeRecovery(): Promise<{ fileName: string | null; text: string; savedAt: string } | null>;
  /** Forgets the autosaved work (after a save, or when the user declines recovery). */
  clearAutosave(): Promise<void>;
  /** Menu and OS events for the page: a menu command, or a file to open (double-click, command line, recent files). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
}

/** The shipped scenarios the page can open as examples (renderer/app/examples.ts lists them). */
export type ExampleId = 'default' | 'fewer-beds' | 'norway' | 'mmc';

/** Commands the native menu sends to the page. */
export type MenuCommand = 'open' | 'save' | 'saveAs' | 'undo' | 'redo' | 'run' | 'cancel' | 'showScenario' | 'showResults' | 'help' | 'about' | `example:${ExampleId}`;

declare global {
  interface Window {
    kapasim?: DesktopApi;
  }
}

/** The desktop API when running inside the Electron shell, else undefined. */
export function desktop(): DesktopApi | undefined {
  // globalThis (the window in a page) keeps this file free of DOM types, so the Electron
  // preload can type-check against DesktopApi without the DOM library.
  return (globalThis as { kapasim?: DesktopApi }).kapasim;
}
