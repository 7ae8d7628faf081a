/** The application menu, rebuilt whenever the recent files change. */
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { DOCS_URL, PRODUCT_NAME } from '../app-info';
import { openPathInApp, recentFiles } from '../files/setup-files';
import { openExternalIfAllowed } from '../security/external-links';
import { sendToWindow } from '../windows/app-windows';
import { readyAppWindow } from '../windows/setup-windows';
import { aboutText, buildMenuTemplate } from './menu-template';

export function setupMenu(): void {
  void app.whenReady().then(() => {
    const rebuild = () => Menu.setApplicationMenu(Menu.buildFromTemplate(template()));
    rebuild();
    recentFiles()?.onChange(rebuild);
  });
}

function template() {
  return buildMenuTemplate({
    platform: process.platform,
    appName: PRODUCT_NAME,
    recent: recentFiles()?.existing() ?? [],
    devTools: !app.isPackaged,
    command: (command) => void readyAppWindow().then((win) => sendToWindow(win, 'menu:command', command)),
    openRecent: (path) => void openPathInApp(path),
    clearRecent: () => {
      recentFiles()?.clear();
      app.clearRecentDocuments();
    },
    openDocs: () => void openExternalIfAllowed(DOCS_URL),
    showAbout,
  });
}

function showAbout(): void {
  const { message, detail } = aboutText({ appName: PRODUCT_NAME, version: app.getVersion(), versions: process.versions });
  const win = BrowserWindow.getFocusedWindow();
  const options = { type: 'info' as const, title: `About ${PRODUCT_NAME}`, message, detail, buttons: ['OK'] };
  void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}
