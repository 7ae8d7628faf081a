/**
 * Main's side of the IPC contract. `handle` and `on` are the only ways main listens to a
 * renderer: before a handler runs, the sender must be one of the app's windows showing the
 * app's page (else the call is refused) and the payload must pass its validator (else the
 * call fails with a PayloadError naming each problem).
 */
import { ipcMain, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { appWindowOf } from '../windows/app-windows';
import type { InvokeChannel, RequestOf, ResponseOf, SendChannel, SendContract } from './contract';
import { parse, PayloadError } from './validate';
import { requestValidators, sendValidators } from './validators';

/** Thrown (and so rejected in the page) when a call does not come from the app's own page. */
export class ForeignSenderError extends Error {
  constructor(channel: string) {
    super(`IPC channel "${channel}" refused: the sender is not a Kapasim window showing the app's page`);
    this.name = 'ForeignSenderError';
  }
}

/** What a handler knows about its caller. */
export interface Caller {
  window: BrowserWindow;
}

export type Handler<C extends InvokeChannel> = (request: RequestOf<C>, caller: Caller) => ResponseOf<C> | Promise<ResponseOf<C>>;

/** Answers calls on an invoke channel, after the sender and payload checks. */
export function handle<C extends InvokeChannel>(channel: C, handler: Handler<C>): void {
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
    const window = appWindowOf(event);
    if (!window) {
      console.warn(`[kapasim] refused ${channel} from webContents ${event.sender.id} (${event.senderFrame?.url ?? 'no frame'})`);
      throw new ForeignSenderError(channel);
    }
    if (args.length > 1) throw new PayloadError(channel, [`expected one payload argument, got ${args.length}`]);
    const request = parse(channel, requestValidators[channel], args[0]);
    return handler(request, { window });
  });
}

/** Listens on a send channel; calls from elsewhere, or with a bad payload, are dropped (and logged). */
export function on<C extends SendChannel>(channel: C, listener: (payload: SendContract[C], caller: Caller) => void): void {
  ipcMain.on(channel, (event: IpcMainEvent, ...args: unknown[]) => {
    const window = appWindowOf(event);
    if (!window) {
      console.warn(`[kapasim] ignored ${channel} from webContents ${event.sender.id}`);
      return;
    }
    try {
      listener(parse(channel, sendValidators[channel], args.length === 1 ? args[0] : args), { window });
    } catch (err) {
      console.warn(`[kapasim] ignored ${channel}: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
}
