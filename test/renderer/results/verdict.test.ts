import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../sim';
import { I18nProvider } from '../../../renderer/i18n/I18nProvider';
import type { Lang } from '../../../renderer/i18n/lang';
import { KpiCard } from '../../../renderer/results/KpiCard';
import { pairingText } from '../../../renderer/results/pairing';
import { verdictView } from '../../../renderer/results/verdict';
import { plain, runOf, shortScenario, textFor } from './support';

const baseline = runOf(shortScenario());
// Fewer detox beds: acute patients wait longer. Same seed and replications: paired.
const fewerBeds = runOf(shortScenario((s) => (s.services[0]!.beds = 8)));
// Only a price changes: waits are identical replication by replication.
const pricier = runOf(shortScenario((s) => (s.costs = { ...s.costs, bedDayNok: 9000 })));

function card(lang: Lang, key: string, variant = fewerBeds, base = baseline): string {
  const c = compareRuns(variant, base)[key]!;
  const html = renderToStaticMarkup(
    createElement(I18nProvider, { lang, children: createElement(KpiCard, { label: key, summary: variant.metrics[key], unit: 'days', comparison: c }) }),
  );
  return plain(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
}

describe('verdictView', () => {
  it('says clearly better / clearly worse / no clear difference by direction', () => {
    expect(verdictView({ verdict: 'better', change: 'decrease' }).key).toBe('results.verdict.better');
    expect(verdictView({ verdict: 'worse', change: 'increase' }).key).toBe('results.verdict.worse');
    expect(verdictView({ verdict: 'noClearDifference', change: 'noClearDifference' }).key).toBe('results.verdict.noClearDifference');
  });
  it('only says higher or lower for neutral metrics', () => {
    expect(verdictView({ verdict: 'neutral', change: 'increase' }).key).toBe('results.verdict.higher');
    expect(verdictView({ verdict: 'neutral', change: 'decrease' }).key).toBe('results.verdict.lower');
    expect(verdictView({ verdict: 'neutral', change: 'noClearDifference' }).key).toBe('results.verdict.noClearDifference');
  });
  it('carries a symbol, so the verdict does not rest on colour', () => {
    const symbols = new Set((['better', 'worse', 'noClearDifference'] as const).map((v) => verdictView({ verdict: v, change: 'noClearDifference' }).symbol));
    expect(symbols.size).toBe(3);
  });
});

describe('KPI card compared with a baseline', () => {
  it('shows the baseline, the paired difference and "clearly worse" when waits rise', () => {
    const c = compareRuns(fewerBeds, baseline).meanWaitDays!;
    expect(c.paired).toBe(true);
    expect(c.verdict).toBe('worse');
    const text = card('en', 'meanWaitDays');
    expect(text).toContain('Baseline');
    expect(text).toMatch(/Difference \+\d+\.\d days 95 % CI \+\d+\.\d to \+\d+\.\d/);
    expect(text).toContain('Clearly worse');
    expect(card('nb', 'meanWaitDays')).toContain('Klart dårligere');
  });
  it('says "clearly better" the other way round', () => {
    expect(card('en', 'meanWaitDays', baseline, fewerBeds)).toContain('Clearly better');
    expect(card('nb', 'meanWaitDays', baseline, fewerBeds)).toContain('Klart bedre');
  });
  it('says "no clear difference" when nothing changed', () => {
    expect(compareRuns(pricier, baseline).meanWaitDays!.difference.ci95).toEqual([0, 0]);
    expect(card('en', 'meanWaitDays', pricier)).toContain('No clear difference');
    expect(card('nb', 'meanWaitDays', pricier)).toContain('Ingen klar forskjell');
  });
  it('only says higher or lower for a neutral metric such as occupancy', () => {
    const c = compareRuns(fewerBeds, baseline).bedOccupancy!;
    expect(c.verdict).toBe('neutral');
    expect(card('en', 'bedOccupancy')).not.toMatch(/Clearly (better|worse)/);
  });
});

describe('pairing', () => {
  const en = textFor('en');
  it('is paired with the same seed and replication count', () => {
    expect(pairingText(fewerBeds, baseline, en)).toMatchObject({ paired: true });
  });
  it('explains a different seed, and compareRuns falls back to Welch', () => {
    const other = runOf(shortScenario((s) => (s.seed = 7)));
    const p = pairingText(other, baseline, en);
    expect(p.paired).toBe(false);
    expect(p.text).toContain('different seeds (7 and 20121)');
    expect(p.text).toContain('Welch');
    expect(compareRuns(other, baseline).meanWaitDays!.paired).toBe(false);
    expect(pairingText(other, baseline, textFor('nb')).text).toContain('ulike frø');
  });
  it('explains a different replication count', () => {
    const fewer = runOf(shortScenario((s) => (s.replications = 2)));
    expect(pairingText(fewer, baseline, en).text).toContain('different numbers of replications (2 and 3)');
  });
});
