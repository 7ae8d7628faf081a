/**
 * The object the preload puts on `window.kapasim`: one named method per operation, each a
 * typed call on one contract channel. `satisfies DesktopApi` checks it against the page's
 * expectations; the page never sees `ipcRenderer` or any Electron object.
 */
import type { DesktopApi } from '../renderer/desktop/api';
import { invoke, send, subscriber } from './ipc/renderer-ipc';

export function createDesktopApi() {
  const onMenuCommand = subscriber('menu:command');
  const onOpenFile = subscriber('file:opened');
  return {
    openFile: (kind) => invoke('file:open', kind),
    // Fresh objects: only the contract's fields cross, whatever else the page passed along.
    saveFile: ({ kind, path, suggestedName, text }) => invoke('file:save', path === undefined ? { kind, suggestedName, text } : { kind, path, suggestedName, text }),
    exportFile: ({ kind, suggestedName, bytes }) => invoke('file:export', { kind, suggestedName, bytes }),
    setDocumentState: ({ fileName, dirty }) => send('document:state', { fileName, dirty }),
    autosave: ({ fileName, text }) => invoke('autosave:write', { fileName, text }),
    takeRecovery: () => invoke('autosave:take'),
    clearAutosave: () => invoke('autosave:clear'),
    onMenuCommand: (listener) => onMenuCommand((command) => listener(command)),
    onOpenFile: (listener) => onOpenFile((file) => listener(file)),
  } satisfies DesktopApi;
}
