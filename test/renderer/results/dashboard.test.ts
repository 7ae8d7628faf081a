import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../../sim';
import { AppStoreProvider } from '../../../renderer/app/AppStore';
import { I18nProvider } from '../../../renderer/i18n/I18nProvider';
import type { Lang } from '../../../renderer/i18n/lang';
import { Dashboard } from '../../../renderer/results/Dashboard';
import { ResultsView } from '../../../renderer/results/ResultsView';
import { plain, runOf, shortScenario } from './support';

const result = runOf(shortScenario());
const other = runOf(shortScenario((s) => (s.seed = 99)));

function render(lang: Lang, baseline: RunResult | null = null, wallMs: number | null = 1234): string {
  const dashboard = createElement(Dashboard, { result, baseline, stale: false, wallMs, dispatch: () => {} });
  return plain(renderToStaticMarkup(createElement(I18nProvider, { lang, children: dashboard })));
}
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('ResultsView without a run', () => {
  it('explains how to get results', () => {
    const html = renderToStaticMarkup(createElement(I18nProvider, { lang: 'en', children: createElement(AppStoreProvider, { initial: {}, children: createElement(ResultsView) }) }));
    expect(textOf(html)).toContain('No results yet');
    expect(textOf(html)).toContain('Press Run (or Ctrl+Enter)');
  });
});

describe('Dashboard', () => {
  const html = render('en');
  const text = textOf(html);
  it('shows the eight key figures, each with its 95 % CI', () => {
    for (const label of ['Mean wait to first treatment', 'Wait, 90th percentile', 'Deadline breaches', 'Readmission within 365 days', 'Bed occupancy', 'Bed-days of delayed discharge', 'Outpatient utilisation', 'Cost']) {
      expect(text).toContain(label);
    }
    expect(html.match(/class="kpi-card"/g)).toHaveLength(8);
    expect(html.match(/class="kpi-ci">95 % CI [\d−]/g)).toHaveLength(8);
  });
  it('draws the time series and the wait histogram as SVG charts with export buttons', () => {
    expect(html.match(/<svg /g)!.length).toBe(5);
    expect(text).toContain('Years from start');
    expect(text).toContain('Warm-up');
    expect(text).toContain('Share of first treatment starts (%)');
    expect(html.match(/class="export-buttons/g)).toHaveLength(5);
  });
  it('has the per-service and per-group tables and the full metric table', () => {
    expect(text).toContain('Short-term (3 months)');
    expect(text).toContain('55 beds');
    expect(text).toContain('1,500 slots');
    expect(text).toContain('23 and over');
    expect(text).toContain(`Show all ${Object.keys(result.metrics).length} metrics`);
  });
  it('tells about the run: seed, replications, engine, digest, wall time', () => {
    expect(text).toContain('20121');
    expect(text).toContain(result.engineVersion);
    expect(text).toContain(result.digest);
    expect(text).toContain('1.2 s');
  });
  it('offers to pin the run as baseline, and shows no comparison without one', () => {
    expect(text).toContain('Pin as baseline');
    expect(text).not.toContain('Compared with the baseline');
  });
  it('is in Norwegian with decimal commas', () => {
    const nb = textOf(render('nb'));
    expect(nb).toContain('Nøkkeltall');
    expect(nb).toContain('Fristbrudd');
    expect(nb).toContain('Beleggsprosent');
    expect(nb).toMatch(/95 % KI \d+,\d–\d+,\d/);
    expect(nb).toContain('År fra start');
    expect(nb).toContain('Oppvarming');
  });
});

describe('Dashboard with a baseline', () => {
  it('says the comparison is unpaired with another seed and lists every run-level metric', () => {
    const text = textOf(render('en', other));
    expect(text).toContain('Compared with the baseline “Baseline” (seed 99, 3 replications)');
    expect(text).toContain('Not paired: the runs have different seeds (20121 and 99)');
    expect(text).toContain('Difference (95 % CI)');
    expect(text).toContain('Inpatient admissions');
    expect(text).toMatch(/Clearly (better|worse)|No clear difference/);
  });
  it('says when this run is the baseline itself', () => {
    const text = textOf(render('en', result));
    expect(text).toContain('This run is the pinned baseline');
    expect(text).toContain('Remove the baseline');
    expect(text).not.toContain('Pin as baseline');
  });
});
