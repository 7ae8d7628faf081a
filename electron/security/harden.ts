/**
 * What every web contents and the session are allowed to do: nothing beyond showing the
 * app's page. Navigation, new windows, webviews, permission requests, downloads and any
 * request to the network are refused.
 */
import type { Event, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { openExternalIfAllowed } from './external-links';

/** New windows are never created; an allowed link opens in the user's browser instead. */
export function windowOpenHandler(details: HandlerDetails): WindowOpenHandlerResponse {
  void openExternalIfAllowed(details.url);
  return { action: 'deny' };
}

/** The page never navigates away from itself (it is one document); an allowed link opens outside. */
export function denyNavigation(event: Event, url: string): void {
  event.preventDefault();
  void openExternalIfAllowed(url);
}

export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(windowOpenHandler);
  contents.on('will-navigate', (event, url) => denyNavigation(event, url));
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** URL patterns of everything on the network: the app loads nothing from it. */
export const NETWORK_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.on('will-download', (event) => event.preventDefault());
  ses.webRequest.onBeforeRequest({ urls: NETWORK_URLS }, (_details, callback) => callback({ cancel: true }));
}
