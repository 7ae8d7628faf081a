/** A short default-trust study, run in this process as the worker pool would run it, for the Study tab's and the report's tests. */
import { readFileSync } from 'node:fs';
import {
  aggregateRun, expandStudySpec, runStudy, simulateReplication, tornadoCases, validateScenario, validateStudySpec,
  type PlannedCase, type RunResult, type Scenario, type StudyResult,
} from '../../../sim';

const root = new URL('../../../', import.meta.url);

/** The shipped default trust, shortened: two years with a half-year warm-up, few replications. */
export function smallDefault(replications = 3): Scenario {
  const s = JSON.parse(readFileSync(new URL('scenarios/default.kapasim.json', root), 'utf8')) as Scenario;
  const r = validateScenario({ ...s, horizonDays: 730, warmupDays: 180, replications });
  if (!r.ok) throw new Error(`small default is invalid: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** A shipped study file, parsed. */
export function loadStudyJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`scenarios/${name}`, root), 'utf8')) as Record<string, unknown>;
}

export function runInProcess(scenario: Scenario): Promise<RunResult> {
  const reps = Array.from({ length: scenario.replications }, (_, i) => simulateReplication(scenario, i));
  return Promise.resolve(aggregateRun(scenario, reps));
}

let cached: Promise<StudyResult> | null = null;

/**
 * The shipped study's variants and its long-term-bed sweep (three values), a 2-D sweep (2 × 2)
 * and tornado arms for two fields, on the small default: every kind of case a report shows.
 */
export function smallStudy(): Promise<StudyResult> {
  cached ??= (async () => {
    const baseline = smallDefault();
    const json = loadStudyJson('fewer-beds-stronger-outpatient.kapasim-study.json');
    const spec = validateStudySpec({
      ...json,
      baseline,
      sweeps: [
        { path: 'services.long.beds', name: 'Long-term beds', values: [60, 90, 120] },
        { path: 'services.long.beds', name: 'Long-term beds', values: [66, 99], by: { path: 'aftercare.places', name: 'Aftercare places', values: [186, 372] } },
      ],
    });
    if (!spec.ok) throw new Error(JSON.stringify(spec.issues));
    const cases = expandStudySpec(spec.value, baseline);
    const arms = tornadoCases(baseline, ['services.long.beds', 'aftercare.places'], 0.1);
    if (!cases.ok || !arms.ok) throw new Error('cases');
    const all: PlannedCase[] = [...cases.value, ...arms.value];
    return runStudy(all, (s) => runInProcess(s), { name: spec.value.name, description: spec.value.description });
  })();
  return cached;
}
