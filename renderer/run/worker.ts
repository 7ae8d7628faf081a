/// <reference lib="webworker" />
/**
 * Web Worker: runs the replication indices the page sends, one at a time. A replication
 * depends only on (scenario, seed, index), so the pool size never changes a number.
 */
import { simulateReplication, type Scenario } from '../../sim';
import type { FromRunWorker, ToRunWorker } from './protocol';

let scenario: Scenario | null = null;

self.onmessage = (event: MessageEvent<ToRunWorker>) => {
  const msg = event.data;
  if (msg.type === 'init') {
    scenario = msg.scenario;
    return;
  }
  let reply: FromRunWorker;
  try {
    if (!scenario) throw new Error('worker was not given a scenario');
    reply = { type: 'result', result: simulateReplication(scenario, msg.replication) };
  } catch (err) {
    reply = { type: 'error', replication: msg.replication, message: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(reply);
};
