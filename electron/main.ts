/**
 * Kapasim's main process. It only wires the feature modules; each registers its own IPC
 * handlers and app events. Nothing here knows the model: main holds windows, files, dialogs
 * and menus, and the page does the rest.
 */
import { app } from 'electron';
import { setupAutosave } from './autosave/setup-autosave';
import { setupOpenFromOs, setupSingleInstance } from './files/open-from-os';
import { setupFiles } from './files/setup-files';
import { setupMenu } from './menu/setup-menu';
import { setupSecurity } from './security/setup-security';
import { setupWindows } from './windows/setup-windows';

if (!setupSingleInstance()) {
  // Another Kapasim is running; it got our command line ('second-instance') and opens the file.
  app.quit();
} else {
  setupSecurity();
  setupWindows();
  setupFiles();
  setupAutosave();
  setupMenu();
  setupOpenFromOs();
}
