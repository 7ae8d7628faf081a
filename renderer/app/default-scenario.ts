import defaultScenario from '../../scenarios/default.kapasim.json';
import type { ScenarioDraft } from './store';

/** The shipped default (a mid-sized Norwegian trust), a fresh copy each time. */
export function defaultDraft(): ScenarioDraft {
  return structuredClone(defaultScenario) as unknown as ScenarioDraft;
}
