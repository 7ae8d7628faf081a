/** The app's window: locked-down web preferences, the app:// page, title and close prompt. */
import { BrowserWindow } from 'electron';
import { APP_INDEX_URL, PRODUCT_NAME, preloadPath } from '../app-info';
import { registerAppWindow } from './app-windows';
import { guardClose, type CloseGuardDeps } from './close-guard';
import { trackDocument } from './document-state';

/** Page loads that finished, per window: events to the page wait for one. */
const loaded = new WeakMap<BrowserWindow, Promise<void>>();

/** Resolves once the window's page has loaded (and so its preload listens). */
export function pageLoaded(win: BrowserWindow): Promise<void> {
  return loaded.get(win) ?? Promise.resolve();
}

export function createMainWindow(options: { devTools: boolean; close: CloseGuardDeps }): BrowserWindow {
  // The security flags are set explicitly even where they are Electron's defaults, so that a
  // future default change or a copied option cannot loosen them unnoticed. (The options stay a
  // literal here so that Electronegativity can read them.)
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: PRODUCT_NAME,
    backgroundColor: '#ffffff',
    webPreferences: {
      // Reviewed: the preload is our own bundle; it exposes one method per operation through
      // contextBridge and never ipcRenderer itself.
      preload: preloadPath(), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would open links in new windows (denied anyway): switch the event off.
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools,
    },
  });
  registerAppWindow(win);
  trackDocument(win);
  guardClose(win, options.close);
  loaded.set(win, new Promise((resolve) => win.webContents.once('did-finish-load', () => resolve())));
  win.once('ready-to-show', () => win.show());
  reloadAfterCrash(win);
  void win.loadURL(APP_INDEX_URL);
  return win;
}

/**
 * If the page's process dies, load it again: the page then offers back the work it autosaved.
 * Not more than once a minute, so a page that crashes at once does not loop.
 */
function reloadAfterCrash(win: BrowserWindow): void {
  let last = 0;
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    const now = Date.now();
    if (now - last < 60_000) return;
    last = now;
    console.warn(`[kapasim] page process gone (${details.reason}); reloading`);
    win.webContents.reload();
  });
}
