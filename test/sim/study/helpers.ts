/** A short default-trust scenario and an in-process case runner, so study tests stay quick. */
import { readFileSync } from 'node:fs';
import { simulateReplication } from '../../../sim/model/simulate';
import { aggregateRun } from '../../../sim/run/aggregate';
import type { RunResult } from '../../../sim/run/types';
import type { Scenario } from '../../../sim/scenario/types';
import { validateScenario } from '../../../sim/scenario/validate';

const defaultPath = new URL('../../../scenarios/default.kapasim.json', import.meta.url);

/** The shipped default trust, shortened: two years with a half-year warm-up, few replications. */
export function smallDefault(replications = 4): Scenario {
  const s = JSON.parse(readFileSync(defaultPath, 'utf8')) as Scenario;
  const r = validateScenario({ ...s, horizonDays: 730, warmupDays: 180, replications });
  if (!r.ok) throw new Error(`small default is invalid: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** Runs every replication of a scenario in this process, as a worker pool would. */
export function runInProcess(scenario: Scenario): Promise<RunResult> {
  const reps = Array.from({ length: scenario.replications }, (_, i) => simulateReplication(scenario, i));
  return Promise.resolve(aggregateRun(scenario, reps));
}
