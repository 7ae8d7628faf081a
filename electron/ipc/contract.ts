/**
 * The one place every IPC channel is named, with what it carries.
 *
 * Request and response types come from the renderer's `DesktopApi`, so the preload, main's
 * handlers and the page cannot drift apart: change a method's signature there and every
 * mismatching handler or preload method is a compile error. Runtime checks of the same shapes
 * live in `./validators.ts` (main trusts no payload).
 */
import type { DesktopApi, MenuCommand, OpenedFile } from '../../renderer/desktop/api';

type Req<M extends keyof DesktopApi> = DesktopApi[M] extends (...args: infer A) => unknown ? (A extends [] ? void : A[0]) : never;
type Res<M extends keyof DesktopApi> = DesktopApi[M] extends (...args: never[]) => infer R ? Awaited<R> : never;

/** Renderer → main calls that answer (`ipcRenderer.invoke` / `ipcMain.handle`). */
export interface InvokeContract {
  'file:open': { request: Req<'openFile'>; response: Res<'openFile'> };
  'file:save': { request: Req<'saveFile'>; response: Res<'saveFile'> };
  'file:export': { request: Req<'exportFile'>; response: Res<'exportFile'> };
  'autosave:write': { request: Req<'autosave'>; response: Res<'autosave'> };
  'autosave:take': { request: Req<'takeRecovery'>; response: Res<'takeRecovery'> };
  'autosave:clear': { request: Req<'clearAutosave'>; response: Res<'clearAutosave'> };
}

/** Renderer → main notifications that do not answer (`ipcRenderer.send` / `ipcMain.on`). */
export interface SendContract {
  'document:state': Req<'setDocumentState'>;
}

/** Main → renderer events (`webContents.send` / `ipcRenderer.on`). */
export interface EventContract {
  'menu:command': MenuCommand;
  'file:opened': OpenedFile;
}

export type InvokeChannel = keyof InvokeContract;
export type SendChannel = keyof SendContract;
export type EventChannel = keyof EventContract;
export type RequestOf<C extends InvokeChannel> = InvokeContract[C]['request'];
export type ResponseOf<C extends InvokeChannel> = InvokeContract[C]['response'];
/** The arguments an invoke takes after the channel: none for a `void` request. */
export type RequestArgs<C extends InvokeChannel> = [RequestOf<C>] extends [void] ? [] : [request: RequestOf<C>];

/** Every channel, for the sender guard and the tests (the object keys make forgetting one a compile error). */
const invoke: Record<InvokeChannel, true> = {
  'file:open': true,
  'file:save': true,
  'file:export': true,
  'autosave:write': true,
  'autosave:take': true,
  'autosave:clear': true,
};
const send: Record<SendChannel, true> = { 'document:state': true };
const events: Record<EventChannel, true> = { 'menu:command': true, 'file:opened': true };

export const INVOKE_CHANNELS = Object.keys(invoke) as InvokeChannel[];
export const SEND_CHANNELS = Object.keys(send) as SendChannel[];
export const EVENT_CHANNELS = Object.keys(events) as EventChannel[];

/** The menu commands the page understands, in menu order. */
export const MENU_COMMANDS = [
  'open', 'example:default', 'example:fewer-beds', 'example:norway', 'example:mmc', 'save', 'saveAs', 'undo', 'redo', 'run', 'cancel', 'showScenario', 'showResults', 'help', 'about',
] as const satisfies readonly MenuCommand[];
// Fails to compile when MenuCommand gains a member that MENU_COMMANDS lacks.
const _allCommands: Exclude<MenuCommand, (typeof MENU_COMMANDS)[number]> extends never ? true : never = true;
void _allCommands;
