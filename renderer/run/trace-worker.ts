/// <reference lib="webworker" />
/**
 * Web Worker: records the event trace of one replication for the timeline player (never part
 * of a bulk run), and hands its typed-array columns to the page without copying them.
 */
import { traceReplication } from '../../sim';
import type { FromTraceWorker, ToTraceWorker } from './trace-protocol';

self.onmessage = (event: MessageEvent<ToTraceWorker>) => {
  const { scenario, replication } = event.data;
  let reply: FromTraceWorker;
  let transfer: Transferable[] = [];
  try {
    const { result, data } = traceReplication(scenario, replication);
    reply = { type: 'trace', result, data };
    transfer = [data.time, data.kind, data.arg, data.service, data.patient, data.group, data.aftercareUntil].map((a) => a.buffer as ArrayBuffer);
  } catch (err) {
    reply = { type: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(reply, transfer);
};
