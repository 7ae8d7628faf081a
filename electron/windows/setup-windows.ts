/**
 * Windows: the app:// protocol that serves the page, the main window at start (and on macOS
 * when the dock icon is clicked with none open), quitting when the last window closes.
 */
import { app, BrowserWindow, dialog, protocol } from 'electron';
import { APP_SCHEME, rendererDir } from '../app-info';
import { APP_SCHEME_PRIVILEGES, serveAppRequest } from './app-protocol';
import { appWindows, currentAppWindow, sendToWindow } from './app-windows';
import { setupDocumentState } from './document-state';
import { createMainWindow, pageLoaded } from './main-window';

let quitting = false;

export function setupWindows(): void {
  // Before 'ready': a standard, secure scheme gets a real origin, fetch and module workers.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
  if (process.platform === 'win32') app.setAppUserModelId('no.kapasim.app');
  setupDocumentState();

  void app.whenReady().then(() => {
    const root = rendererDir();
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request));
    openMainWindow();
  });
  app.on('activate', () => {
    if (appWindows().length === 0) openMainWindow();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
}

/** Creates the main window. */
export function openMainWindow(): BrowserWindow {
  return createMainWindow({
    devTools: !app.isPackaged,
    close: {
      ask: async (win, options) => (await dialog.showMessageBox(win, options)).response,
      requestSave: (win) => sendToWindow(win, 'menu:command', 'save'),
      cancelled: () => {
        quitting = false;
      },
    },
  });
}

/** The window to act on (focused, else first, else a new one), once its page has loaded. */
export async function readyAppWindow(): Promise<BrowserWindow> {
  const win = currentAppWindow(BrowserWindow.getFocusedWindow()) ?? openMainWindow();
  await pageLoaded(win);
  return win;
}
