/** The static panel and the population field, rendered to markup as the app shows them. */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { aggregateRun, simulateReplication, validateScenario, type Scenario } from '../../../sim';
import { parsePopulationCsv } from '../../../sim/demography';
import { AppStoreProvider } from '../../../renderer/app/AppStore';
import { I18nProvider } from '../../../renderer/i18n/I18nProvider';
import type { Lang } from '../../../renderer/i18n/lang';
import { PopulationField } from '../../../renderer/static/PopulationField';
import { StaticPanel } from '../../../renderer/static/StaticPanel';

const raw = JSON.parse(readFileSync(new URL('../../../scenarios/default.kapasim.json', import.meta.url), 'utf8'));
const checked = validateScenario({ ...raw, horizonDays: 730, warmupDays: 180, replications: 2 });
if (!checked.ok) throw new Error('invalid');
const scenario: Scenario = checked.value;
const result = aggregateRun(scenario, [0, 1].map((i) => simulateReplication(scenario, i)));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

function panel(lang: Lang): string {
  return renderToStaticMarkup(createElement(I18nProvider, { lang, children: createElement(StaticPanel, { result }) }));
}

describe('StaticPanel', () => {
  it('lists every service and municipal aftercare with capacity, static estimate, load and the simulation beside it', () => {
    const html = panel('en');
    const t = text(html);
    expect(t).toContain('Static estimate beside the simulation');
    expect(html.match(/data-service="/g)).toHaveLength(5);
    expect(t).toMatch(/Long-term \(6–12 months\) 88 beds 156 156\.0 132\.6 151 % load exceeds capacity 152\.1 299/);
    expect(t).toMatch(/Detoxification 26 beds 27 26\.2 22\.3 86 % above the target/);
    expect(t).toMatch(/Municipal aftercare 248 places 356 355\.2 301\.9 122 %/);
    expect(t).toContain('Static estimate at 85 %');
    expect(html.match(/Sweep this service’s capacity/g)).toHaveLength(4);
    expect(t).toMatch(/Simulated at the scenario’s capacity: mean wait [\d.]+ days \(95 % CI [\d.]+–[\d.]+\)/);
    expect(t).toContain('Static flows: 1,510 new referrals and 1,602 re-referrals a year');
    expect(t).toContain('Planner’s guide');
  });
  it('in bokmål, with decimal commas', () => {
    const t = text(panel('nb'));
    expect(t).toContain('Statisk estimat ved siden av simuleringen');
    expect(t).toMatch(/Long-term \(6–12 months\) 88 senger 156 156,0 132,6 151 % belastningen overstiger kapasiteten/);
    expect(t).toContain('Kommunalt ettervern');
  });
});

describe('PopulationField', () => {
  const render = (draft: unknown, lang: Lang = 'en') =>
    text(renderToStaticMarkup(createElement(I18nProvider, { lang, children: createElement(AppStoreProvider, { initial: draft as never, children: createElement(PopulationField) }) })));

  it('without a table: the import button and what happens instead', () => {
    const t = render(raw);
    expect(t).toContain('Import population CSV…');
    expect(t).toContain('No population table');
  });

  it('with the example table: rates and populations by band and year, and new referrals by year', () => {
    const csv = parsePopulationCsv(readFileSync(new URL('../../../scenarios/example-population.csv', import.meta.url), 'utf8'));
    const draft = { ...raw, referrals: { ...raw.referrals, population: { baseYear: 2025, ratesPer1000: csv.ratesPer1000, rows: csv.rows } } };
    const t = render(draft);
    expect(t).toContain('Population by year and age band');
    expect(t).toMatch(/Age band Per 1,000 2025 2030 2035 2040 2045/);
    expect(t).toMatch(/67\+ 80,000 89,000 98,000 107,000 116,000/);
    expect(t).toContain('The table expects 1,510 new referrals in 2025; the scenario has 1,510 a year.');
    // Seven years of the default's horizon, from 2025; the table grows 7.4 % by 2045, 2.3 % by 2031.
    expect(t).toMatch(/Year Against the base year New referrals a year .* 2025 100\.\d % 1,51\d/);
    expect(t).toMatch(/2031 102\.\d % 1,54\d/);
    expect(t).toContain('Remove the table');
    expect(render(draft, 'nb')).toContain('Befolkning etter år og aldersgruppe');
  });
});
