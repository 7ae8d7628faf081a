import { electron, fakeEvent, resetFakeElectron } from '../setup';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Session, WebContents } from 'electron';
import { DOCS_URL } from '../../../electron/app-info';
import { hardenSession, hardenWebContents, NETWORK_URLS } from '../../../electron/security/harden';
import { FakeWebContents } from '../fake-electron';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('every web contents', () => {
  let contents: FakeWebContents;
  beforeEach(() => {
    resetFakeElectron();
    contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
  });

  it('may not open windows; an allowed link opens in the browser instead', async () => {
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: DOCS_URL })).toEqual({ action: 'deny' });
    await flush();
    expect(electron.shell.openExternal.mock.calls).toEqual([[DOCS_URL]]);
  });

  it('may not navigate, redirect, or attach a webview', async () => {
    for (const [name, url] of [
      ['will-navigate', 'https://evil.example/'],
      ['will-navigate', 'file:///etc/passwd'],
      ['will-frame-navigate', 'app://kapasim/other.html'],
      ['will-redirect', 'https://evil.example/'],
      ['will-attach-webview', ''],
    ] as const) {
      const event = fakeEvent();
      contents.emit(name, event, url);
      expect(event.defaultPrevented, `${name} ${url}`).toBe(true);
    }
    await flush();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('a clicked link to the docs opens in the browser, and the page stays', async () => {
    const event = fakeEvent();
    contents.emit('will-navigate', event, DOCS_URL);
    expect(event.defaultPrevented).toBe(true);
    await flush();
    expect(electron.shell.openExternal).toHaveBeenCalledWith(DOCS_URL);
  });

  it('is registered for every web contents the app creates', async () => {
    const { setupSecurity } = await import('../../../electron/security/setup-security');
    setupSecurity();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    const other = new FakeWebContents();
    electron.app.emit('web-contents-created', fakeEvent(), other);
    expect(other.windowOpenHandler).not.toBeNull();
    expect(other.listenerCount('will-navigate')).toBe(1);
  });
});

describe('the session', () => {
  it('denies every permission, device and download, and cancels every network request', () => {
    resetFakeElectron();
    const ses = electron.session.defaultSession;
    hardenSession(ses as unknown as Session);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      ses.setPermissionRequestHandler.mock.calls[0]![0]({}, permission, (granted: boolean) => answers.push(granted), {});
      answers.push(ses.setPermissionCheckHandler.mock.calls[0]![0]({}, permission, 'app://kapasim', {}));
    }
    expect(answers.every((a) => a === false)).toBe(true);
    expect(ses.setDevicePermissionHandler.mock.calls[0]![0]({})).toBe(false);

    const download = fakeEvent();
    ses.emit('will-download', download);
    expect(download.defaultPrevented).toBe(true);

    const [filter, listener] = ses.webRequest.onBeforeRequest.mock.calls[0]!;
    expect(filter).toEqual({ urls: NETWORK_URLS });
    expect(NETWORK_URLS).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    let answer: unknown;
    listener({ url: 'https://cdn.example/lib.js' }, (response: unknown) => (answer = response));
    expect(answer).toEqual({ cancel: true });
  });
});
