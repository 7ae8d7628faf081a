/**
 * Worker thread entry (bundled to dist/cli/worker.js): runs the replications the parent sends,
 * one at a time, each of a scenario known by id, and posts each ReplicationResult back. A
 * replication depends only on (scenario, seed, index), so which worker runs it does not
 * change any number.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { simulateReplication } from '../sim/model/simulate';
import type { Scenario } from '../sim/scenario/types';
import type { FromWorker, ToWorker, WorkerInit } from './protocol';

const port = parentPort;
if (!port) throw new Error('cli/worker.ts must run in a worker thread');
/** Scenarios by id: the one given at start (id 0), then those sent with a job. */
const scenarios = new Map<number, Scenario>();
const init = workerData as WorkerInit | undefined;
if (init?.scenario) scenarios.set(0, init.scenario);

// For the CLI's own tests only: make one replication fail, to check that a crashed worker
// ends the run with a clear message instead of a hang.
const failAt = process.env.KAPASIM_TEST_FAIL_REPLICATION;

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'stop') {
    port.close();
    return;
  }
  const replication = msg.replication;
  const scenarioId = msg.scenarioId ?? 0;
  if (msg.scenario) scenarios.set(scenarioId, msg.scenario);
  if (failAt !== undefined && Number(failAt) === replication) {
    if (process.env.KAPASIM_TEST_FAIL_MODE === 'exit') process.exit(7);
    throw new Error(`test failure injected in replication ${replication}`);
  }
  let reply: FromWorker;
  try {
    const scenario = scenarios.get(scenarioId);
    if (!scenario) throw new Error(`no scenario with id ${scenarioId} was sent to this worker`);
    reply = { type: 'result', scenarioId, result: simulateReplication(scenario, replication) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { type: 'error', scenarioId, replication, message: e.message, stack: e.stack };
  }
  port.postMessage(reply);
});
