/**
 * Closing a window with unsaved changes asks first: Save / Don't Save / Cancel. "Save" has the
 * page save (it holds the document) and the window closes when the page reports it clean;
 * "Don't Save" closes; "Cancel" keeps the window (and calls off a quit in progress).
 */
import { basename } from 'node:path';
import type { BrowserWindow, MessageBoxOptions } from 'electron';
import { closeWhenSaved, discardChanges, documentState } from './document-state';

export type CloseChoice = 'save' | 'discard' | 'cancel';
const CHOICES: readonly CloseChoice[] = ['save', 'discard', 'cancel'];

export function closePrompt(fileName: string | null): MessageBoxOptions {
  const name = fileName ? basename(fileName.replace(/\\/g, '/')) : 'this scenario';
  return {
    type: 'warning',
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: `Do you want to save the changes you made to ${name}?`,
    detail: "Your changes will be lost if you don't save them.",
  };
}

export function closeChoice(response: number): CloseChoice {
  return CHOICES[response] ?? 'cancel';
}

export interface CloseGuardDeps {
  ask(win: BrowserWindow, options: MessageBoxOptions): Promise<number>;
  /** Has the page save its document (a "save" menu command). */
  requestSave(win: BrowserWindow): void;
  /** The user kept the window: a quit in progress stops. */
  cancelled(): void;
}

export function guardClose(win: BrowserWindow, deps: CloseGuardDeps): void {
  let asking = false;
  let allowed = false;
  win.on('close', (event) => {
    if (allowed || !documentState(win).dirty) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void deps
      .ask(win, closePrompt(documentState(win).fileName))
      .then((response) => {
        const choice = closeChoice(response);
        if (choice === 'save') {
          closeWhenSaved(win);
          deps.requestSave(win);
        } else if (choice === 'discard') {
          discardChanges(win);
          allowed = true;
          win.close();
        } else {
          deps.cancelled();
        }
      })
      .finally(() => {
        asking = false;
      });
  });
}
