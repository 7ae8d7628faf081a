import { describe, expect, it } from 'vitest';
import { allMetricKeys, METRIC_KEYS } from '../../../sim';
import { en } from '../../../renderer/i18n/en';
import { nb } from '../../../renderer/i18n/nb';
import { metricLabel } from '../../../renderer/results/metric-label';
import { exampleScenario } from '../../support/scenarios';
import { textFor } from './support';

const scenario = exampleScenario();

describe('metric labels', () => {
  it('name every metric of a run in both languages, none left as its key', () => {
    for (const lang of ['en', 'nb'] as const) {
      const text = textFor(lang);
      for (const key of allMetricKeys(scenario)) {
        const label = metricLabel(key, scenario, text);
        expect(label, key).not.toBe(key);
        expect(label, key).not.toMatch(/[{}]/);
      }
    }
  });
  it('use the planners\u2019 Norwegian terms', () => {
    const nbText = textFor('nb');
    expect(metricLabel('deadlineBreachShare', scenario, nbText)).toBe('Fristbrudd');
    expect(metricLabel('bedOccupancy', scenario, nbText)).toBe('Beleggsprosent');
    expect(metricLabel('readmission365Share', scenario, nbText)).toBe('Reinnleggelse innen 365 dager');
    expect(metricLabel('delayedDischargeBedDaysPerYear', scenario, nbText)).toMatch(/liggedøgn.*utskrivningsklare/i);
    expect(metricLabel('outpatientUtilization', scenario, nbText)).toMatch(/poliklinisk kapasitet/);
  });
  it('put the service and group names from the scenario into per-service and per-group labels', () => {
    expect(metricLabel('services.detox.occupancy', scenario, textFor('en'))).toBe('Detox: occupancy');
    expect(metricLabel('groups.youth.deadlineBreachShare', scenario, textFor('nb'))).toBe('Under 23: fristbrudd');
  });
  it('have every results string translated, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      if (!key.startsWith('results.')) continue;
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(nb[key]), key).toEqual(holes(en[key]));
      expect(nb[key].trim(), key).not.toBe('');
    }
  });
  it('cover the run-level keys the compare table lists', () => {
    for (const key of METRIC_KEYS) expect(Object.hasOwn(en, `results.metric.${key}`), key).toBe(true);
  });
});
