/**
 * A stand-in for the `electron` module, so main-process code runs in plain Node (Electron's
 * binary cannot be downloaded here, and tests should not need it anyway). It records what the
 * code asked of Electron — windows, IPC handlers, menus, dialogs — and lets a test play the
 * part of a page or the OS.
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { vi } from 'vitest';

export interface FakeEvent {
  preventDefault(): void;
  defaultPrevented: boolean;
}

export function fakeEvent(): FakeEvent {
  const e = {
    defaultPrevented: false,
    preventDefault() {
      e.defaultPrevented = true;
    },
  };
  return e;
}

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly mainFrame = new FakeFrame('about:blank');
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send = vi.fn();
  reload = vi.fn();
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  getURL() {
    return this.mainFrame.url;
  }
  isDestroyed() {
    return false;
  }
}

let nextWindowId = 1;

class FakeBrowserWindowClass extends EventEmitter {
  static all: FakeBrowserWindowClass[] = [];
  static focused: FakeBrowserWindowClass | null = null;
  static getFocusedWindow() {
    return FakeBrowserWindowClass.focused;
  }
  static getAllWindows() {
    return FakeBrowserWindowClass.all.filter((w) => !w.destroyed);
  }

  readonly id = nextWindowId++;
  readonly webContents = new FakeWebContents();
  title = '';
  destroyed = false;
  shown = false;
  documentEdited = false;
  representedFilename = '';

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    FakeBrowserWindowClass.all.push(this);
  }
  async loadURL(url: string) {
    this.webContents.mainFrame.url = url;
    this.webContents.emit('did-finish-load');
  }
  setTitle(title: string) {
    this.title = title;
  }
  setDocumentEdited(edited: boolean) {
    this.documentEdited = edited;
  }
  setRepresentedFilename(path: string) {
    this.representedFilename = path;
  }
  show() {
    this.shown = true;
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** Like Electron: 'close' may be prevented; otherwise the window goes and 'closed' follows. */
  close() {
    if (this.destroyed) return;
    const event = fakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

type Listener = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain {
  handlers = new Map<string, Listener>();
  listeners = new Map<string, Listener[]>();
  handle(channel: string, handler: Listener) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  on(channel: string, listener: Listener) {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }
  /** Plays a page calling ipcRenderer.invoke. */
  async invoke(channel: string, event: unknown, ...args: unknown[]) {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
  /** Plays a page calling ipcRenderer.send. */
  send(channel: string, event: unknown, ...args: unknown[]) {
    for (const l of this.listeners.get(channel) ?? []) l(event, ...args);
  }
  reset() {
    this.handlers.clear();
    this.listeners.clear();
  }
}

class FakeIpcRenderer {
  invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => null);
  send = vi.fn();
  listeners = new Map<string, Listener[]>();
  on(channel: string, listener: Listener) {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }
  /** Plays main sending an event to the page. */
  emit(channel: string, payload: unknown) {
    for (const l of this.listeners.get(channel) ?? []) l({ sender: this }, payload);
  }
}

class FakeApp extends EventEmitter {
  paths: Record<string, string> = { userData: tmpdir(), documents: tmpdir() };
  isPackaged = false;
  getPath(name: string) {
    const path = this.paths[name];
    if (!path) throw new Error(`fake app: no path ${name}`);
    return path;
  }
  getVersion() {
    return '0.1.0';
  }
  getName() {
    return 'Kapasim';
  }
  whenReady() {
    return Promise.resolve();
  }
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  enableSandbox = vi.fn();
  setAppUserModelId = vi.fn();
  addRecentDocument = vi.fn();
  clearRecentDocuments = vi.fn();
}

function fakeSession() {
  return Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  });
}

function createFakeElectron() {
  return {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindowClass,
  ipcMain: new FakeIpcMain(),
  ipcRenderer: new FakeIpcRenderer(),
  contextBridge: { exposed: new Map<string, unknown>(), exposeInMainWorld: vi.fn((key: string, api: unknown) => electron.contextBridge.exposed.set(key, api)) },
  dialog: {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: undefined as string | undefined })),
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  },
  shell: { openExternal: vi.fn(async (_url: string) => undefined) },
  Menu: { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })), setApplicationMenu: vi.fn() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  session: { defaultSession: fakeSession() },
  };
}

type FakeElectron = ReturnType<typeof createFakeElectron>;
const holder = globalThis as { __kapasimFakeElectron?: FakeElectron };
/**
 * One fake per test file, even when a spec calls vi.resetModules() to get fresh main-process
 * modules (which re-runs the mock factory): specs and code then share the same fake.
 */
export const electron: FakeElectron = (holder.__kapasimFakeElectron ??= createFakeElectron());

/** Forgets windows, handlers and calls between tests. */
export function resetFakeElectron(): void {
  electron.BrowserWindow.all = [];
  electron.BrowserWindow.focused = null;
  electron.ipcMain.reset();
  electron.ipcRenderer.listeners.clear();
  electron.contextBridge.exposed.clear();
  electron.app.removeAllListeners();
  electron.session.defaultSession = fakeSession();
  vi.clearAllMocks();
}

/** The shared fake BrowserWindow class (see `electron`). */
export const BrowserWindow = electron.BrowserWindow;
export type BrowserWindow = InstanceType<typeof FakeBrowserWindowClass>;
