/**
 * What the page reports about its document (file and unsaved changes): the window title shows
 * it, the close prompt reads it, and a "Save, then close" waits for it to turn clean.
 */
import { basename } from 'node:path';
import type { BrowserWindow } from 'electron';
import { PRODUCT_NAME } from '../app-info';
import type { SendContract } from '../ipc/contract';
import { on } from '../ipc/main-ipc';

export type DocumentState = SendContract['document:state'];

const CLEAN: DocumentState = { fileName: null, dirty: false };
const states = new Map<number, DocumentState>();
const closeAfterSave = new Set<number>();
const closedListeners = new Set<(state: DocumentState) => void>();

/** "• plan.kapasim.json — Kapasim": the file's name, a dot while there are unsaved changes. */
export function windowTitle(state: DocumentState): string {
  const name = state.fileName ? basename(state.fileName.replace(/\\/g, '/')) : 'Untitled';
  return `${state.dirty ? '• ' : ''}${name} — ${PRODUCT_NAME}`;
}

export function documentState(win: BrowserWindow): DocumentState {
  return states.get(win.id) ?? CLEAN;
}

/** Starts tracking a window: title, macOS edited/represented-file markers, cleanup when closed. */
export function trackDocument(win: BrowserWindow): void {
  const id = win.id;
  states.set(id, CLEAN);
  win.setTitle(windowTitle(CLEAN));
  // The title is main's (file and unsaved marker), not whatever the page's <title> says.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.on('closed', () => {
    const last = states.get(id) ?? CLEAN;
    states.delete(id);
    closeAfterSave.delete(id);
    for (const l of closedListeners) l(last);
  });
}

export function applyDocumentState(win: BrowserWindow, state: DocumentState): void {
  states.set(win.id, state);
  win.setTitle(windowTitle(state));
  if (process.platform === 'darwin') {
    win.setDocumentEdited(state.dirty);
    win.setRepresentedFilename(state.fileName ?? '');
  }
  if (!state.dirty && closeAfterSave.delete(win.id)) win.close();
}

/** The user chose "Save" when closing: close the window once the page reports a clean document. */
export function closeWhenSaved(win: BrowserWindow): void {
  closeAfterSave.add(win.id);
}

/** A save was cancelled or failed: a pending "Save, then close" is called off. */
export function saveAbandoned(win: BrowserWindow): void {
  closeAfterSave.delete(win.id);
}

/** The user chose "Don't save": the changes no longer count. */
export function discardChanges(win: BrowserWindow): void {
  states.set(win.id, { ...documentState(win), dirty: false });
}

/** Called with a window's last document state when it has closed. */
export function onDocumentClosed(listener: (state: DocumentState) => void): () => void {
  closedListeners.add(listener);
  return () => closedListeners.delete(listener);
}

export function setupDocumentState(): void {
  on('document:state', (state, { window }) => applyDocumentState(window, state));
}
