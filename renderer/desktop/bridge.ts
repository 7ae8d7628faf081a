/**
 * The page's side of the desktop shell, without React: what a menu command does, when unsaved
 * work is autosaved, and how recovered work is offered back. useDesktopBridge wires these to
 * the app store; they are kept plain so they can be tested without a browser.
 */
import type { DesktopApi, ExampleId, MenuCommand } from './api';

type ExampleCommand = `example:${ExampleId}`;

/** What the page does for each menu command (help and about are the shell's own); every example goes to `openExample`. */
export type MenuHandlers = Record<Exclude<MenuCommand, 'help' | 'about' | ExampleCommand>, () => void> & { openExample(id: ExampleId): void };

export function runMenuCommand(command: MenuCommand, handlers: MenuHandlers): void {
  if (command === 'help' || command === 'about') return;
  if (command.startsWith('example:')) {
    handlers.openExample(command.slice('example:'.length) as ExampleId);
    return;
  }
  handlers[command as Exclude<MenuCommand, 'help' | 'about' | ExampleCommand>]?.();
}

/** How often unsaved work is written to the user data folder while there are changes. */
export const AUTOSAVE_INTERVAL_MS = 5000;

export interface Snapshot {
  fileName: string | null;
  text: string;
}

/**
 * Keeps the shell's autosave in step with the document: while dirty, the latest text is
 * written every few seconds (only when it changed); when the document turns clean (saved,
 * or another file opened), the autosave is removed.
 */
export class Autosaver {
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastWritten: string | null = null;
  private dirty = false;

  constructor(
    private readonly api: Pick<DesktopApi, 'autosave' | 'clearAutosave'>,
    private readonly current: () => Snapshot,
    private readonly intervalMs = AUTOSAVE_INTERVAL_MS,
  ) {}

  /** Tells the autosaver whether the document has unsaved changes. */
  setDirty(dirty: boolean): void {
    if (dirty === this.dirty) return;
    this.dirty = dirty;
    if (dirty) {
      this.timer = setInterval(() => void this.tick(), this.intervalMs);
    } else {
      this.stopTimer();
      this.lastWritten = null;
      void this.api.clearAutosave().catch(() => undefined);
    }
  }

  /** Writes the current text if it changed since the last write. */
  async tick(): Promise<void> {
    if (!this.dirty) return;
    const snapshot = this.current();
    const key = `${snapshot.fileName ?? ''}\u0000${snapshot.text}`;
    if (key === this.lastWritten) return;
    this.lastWritten = key;
    try {
      await this.api.autosave(snapshot);
    } catch {
      this.lastWritten = null; // try again next time
    }
  }

  dispose(): void {
    this.stopTimer();
  }

  private stopTimer(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}

export interface Recovered {
  fileName: string | null;
  text: string;
  savedAt: string;
}

/**
 * Offers back the unsaved work a crashed session left: asks the user (with the time it was
 * saved); yes → `restore` gets it, no → the autosave is removed.
 */
export async function offerRecovery(
  api: Pick<DesktopApi, 'takeRecovery' | 'clearAutosave'>,
  ask: (recovered: Recovered) => boolean,
  restore: (recovered: Recovered) => void,
): Promise<'none' | 'restored' | 'declined'> {
  const recovered = await api.takeRecovery();
  if (!recovered) return 'none';
  if (ask(recovered)) {
    restore(recovered);
    return 'restored';
  }
  await api.clearAutosave();
  return 'declined';
}

/** "Restore unsaved work from 23.11.2026, 14:05?" in the page's language. */
export function recoveryQuestion(recovered: Recovered, lang: 'nb' | 'en'): string {
  const when = new Date(recovered.savedAt);
  const time = Number.isNaN(when.getTime()) ? recovered.savedAt : when.toLocaleString(lang === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  const name = recovered.fileName ? ` (${baseName(recovered.fileName)})` : '';
  return lang === 'nb'
    ? `Kapasim ble ikke avsluttet ordentlig. Gjenopprette ulagret arbeid fra ${time}${name}?`
    : `Kapasim did not close properly. Restore unsaved work from ${time}${name}?`;
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
