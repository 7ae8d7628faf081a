import { aggregateRun, simulateReplication, type RunResult, type Scenario } from '../../../sim';
import { en, type MessageKey } from '../../../renderer/i18n/en';
import { createFormatter } from '../../../renderer/i18n/format';
import type { Lang } from '../../../renderer/i18n/lang';
import { nb } from '../../../renderer/i18n/nb';
import type { Text } from '../../../renderer/results/text';
import { exampleScenario, variant } from '../../support/scenarios';

/** The example scenario cut short (two years, half a year of warm-up), so a run takes well under a second. */
export function shortScenario(change: (s: Scenario) => void = () => {}): Scenario {
  return variant(exampleScenario(), (s) => {
    s.horizonDays = 730;
    s.warmupDays = 180;
    s.replications = 3;
    change(s);
  });
}

const cache = new Map<string, RunResult>();

/** A real run of a scenario (cached by its JSON), as the app's worker pool would aggregate it. */
export function runOf(scenario: Scenario): RunResult {
  const key = JSON.stringify(scenario);
  let result = cache.get(key);
  if (!result) {
    const reps = Array.from({ length: scenario.replications }, (_, i) => simulateReplication(scenario, i));
    cache.set(key, (result = aggregateRun(scenario, reps)));
  }
  return result;
}

/** Translation and number formats as the I18nProvider gives them, without React. */
export function textFor(lang: Lang): Text {
  const dict: Record<MessageKey, string> = lang === 'nb' ? nb : en;
  return {
    t: (key, vars) => {
      const text = dict[key] ?? key;
      return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
    },
    fmt: createFormatter(lang),
  };
}

/** Non-breaking spaces as plain spaces, for readable expectations. */
export const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');
