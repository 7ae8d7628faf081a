/**
 * The preload's side of the IPC contract: typed wrappers around `ipcRenderer`, which itself
 * never leaves the preload. A call whose payload or result does not match the contract does
 * not compile.
 */
import { ipcRenderer, type IpcRendererEvent } from 'electron';
import type { EventChannel, EventContract, InvokeChannel, RequestArgs, ResponseOf, SendChannel, SendContract } from './contract';

export function invoke<C extends InvokeChannel>(channel: C, ...request: RequestArgs<C>): Promise<ResponseOf<C>> {
  return ipcRenderer.invoke(channel, ...request) as Promise<ResponseOf<C>>;
}

export function send<C extends SendChannel>(channel: C, payload: SendContract[C]): void {
  ipcRenderer.send(channel, payload);
}

/**
 * Subscribes to a main → page event. Events that arrive before the page has a listener (a file
 * given on the command line reaches the page before React has mounted) are kept and handed
 * to the first listener, so none is lost.
 */
export function subscriber<C extends EventChannel>(channel: C): (listener: (payload: EventContract[C]) => void) => () => void {
  const listeners = new Set<(payload: EventContract[C]) => void>();
  const early: EventContract[C][] = [];
  ipcRenderer.on(channel, (_event: IpcRendererEvent, payload: EventContract[C]) => {
    if (listeners.size === 0) early.push(payload);
    else for (const l of [...listeners]) l(payload);
  });
  return (listener) => {
    listeners.add(listener);
    for (const payload of early.splice(0)) listener(payload);
    return () => {
      listeners.delete(listener);
    };
  };
}
