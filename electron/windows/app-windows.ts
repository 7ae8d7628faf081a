/**
 * The windows this app created, and the test every IPC call passes before a handler runs:
 * the sender is one of them, the message comes from its top frame, and that frame shows the
 * app's own page (not something it was navigated to).
 */
import type { BrowserWindow, WebContents, WebFrameMain } from 'electron';
import { APP_ORIGIN } from '../app-info';
import type { EventChannel, EventContract } from '../ipc/contract';

const windows = new Map<number, BrowserWindow>();

/** Records a window as the app's own; it is forgotten when closed. */
export function registerAppWindow(win: BrowserWindow): void {
  const id = win.webContents.id;
  windows.set(id, win);
  win.on('closed', () => windows.delete(id));
}

export function appWindows(): BrowserWindow[] {
  return [...windows.values()].filter((w) => !w.isDestroyed());
}

/** The app window to act on: the focused one, else the first. */
export function currentAppWindow(focused: BrowserWindow | null): BrowserWindow | undefined {
  const all = appWindows();
  return (focused && all.includes(focused) ? focused : undefined) ?? all[0];
}

/** Whether a URL is the app's own page (scheme and host exactly; any path, query or hash). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}` === APP_ORIGIN && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

export interface SenderEvent {
  sender: WebContents;
  senderFrame: WebFrameMain | null;
}

/**
 * The app window an IPC event came from, or null when the sender is anything else: another
 * webContents, a subframe, a frame that has gone, or a page that is not the app's.
 */
export function appWindowOf(event: SenderEvent): BrowserWindow | null {
  const win = windows.get(event.sender.id);
  if (!win || win.isDestroyed() || win.webContents !== event.sender) return null;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isAppUrl(frame.url)) return null;
  return win;
}

/** Sends a typed event to an app window's page. */
export function sendToWindow<C extends EventChannel>(win: BrowserWindow, channel: C, payload: EventContract[C]): void {
  if (!win.isDestroyed()) win.webContents.send(channel, payload);
}
