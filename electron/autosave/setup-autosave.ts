/** Autosave: the page's snapshots of unsaved work, offered back after a crash. */
import { app } from 'electron';
import { handle } from '../ipc/main-ipc';
import { onDocumentClosed } from '../windows/document-state';
import { AutosaveStore } from './autosave-store';

export function setupAutosave(): void {
  const store = new AutosaveStore(app.getPath('userData'));
  handle('autosave:write', (snapshot) => store.write(snapshot));
  // What is on disk was left by a session that did not close cleanly (or by this page before it
  // crashed and reloaded): a clean close removes it.
  handle('autosave:take', () => store.read());
  handle('autosave:clear', () => store.clear());
  onDocumentClosed((state) => {
    if (!state.dirty) void store.clear();
  });
}
