/** Security for the whole app: every renderer sandboxed, every web contents and the default session hardened. */
import { app, session } from 'electron';
import { hardenSession, hardenWebContents } from './harden';

export function setupSecurity(): void {
  // Every renderer sandboxed, whatever a window's options say (must run before 'ready').
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  void app.whenReady().then(() => hardenSession(session.defaultSession));
}
