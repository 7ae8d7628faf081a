import type { Page } from 'playwright-core';

/**
 * Tells whether the Results tab's charts re-rendered, without any hook in the app.
 *
 * React keeps each DOM element's current props object on the element itself (the property
 * named `__reactProps$…`, which its event system reads), and replaces it whenever the
 * component that creates the element runs again, even with equal props. So a chart's `<svg>`
 * keeps the same props object exactly as long as the chart component was not re-rendered, and
 * its card's `<figure>` likewise for the card. The probe records those objects and compares.
 */
export type ChartFate = 'kept' | 're-rendered' | 'replaced';

export interface ChartChange {
  title: string;
  /** The chart component (its `<svg>`). */
  chart: ChartFate;
  /** The card around it (its `<figure>`: title, export buttons, the chart's box). */
  card: ChartFate;
}

/** The charts the probe follows: the time series and the wait distribution. */
const CARDS = 'section[aria-labelledby="results-series"] .chart-card, section[aria-labelledby="results-waits"] .chart-card';

interface Seen {
  title: string;
  card: Element;
  cardProps: unknown;
  chart: Element;
  chartProps: unknown;
}
type ProbeWindow = Window & { __kapasimCharts?: Seen[] };

/** Records the charts shown now; `chartChanges` compares against this. Fails if React's props key is missing. */
export async function snapshotCharts(page: Page): Promise<number> {
  return page.evaluate((selector) => {
    const propsOf = (el: Element): unknown => {
      const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'));
      if (!key) throw new Error(`no React props on <${el.localName}>: the probe cannot tell re-renders apart`);
      return (el as unknown as Record<string, unknown>)[key];
    };
    const seen = [...document.querySelectorAll(selector)].map((card) => {
      const chart = card.querySelector('.chart-box > svg');
      if (!chart) throw new Error(`a chart card without its chart: ${card.textContent?.slice(0, 80)}`);
      return { title: card.querySelector('h4')?.textContent ?? '?', card, cardProps: propsOf(card), chart, chartProps: propsOf(chart) };
    });
    (window as ProbeWindow).__kapasimCharts = seen;
    return seen.length;
  }, CARDS);
}

/** For each chart of the last snapshot: kept, re-rendered, or replaced by another element. */
export async function chartChanges(page: Page): Promise<ChartChange[]> {
  // Two frames first, so that any render already scheduled has committed.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  return page.evaluate(() => {
    const seen = (window as ProbeWindow).__kapasimCharts;
    if (!seen) throw new Error('snapshotCharts was not called');
    const fate = (el: Element, props: unknown): ChartFate => {
      if (!el.isConnected) return 'replaced';
      const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'))!;
      return (el as unknown as Record<string, unknown>)[key] === props ? 'kept' : 're-rendered';
    };
    return seen.map((s) => ({ title: s.title, chart: fate(s.chart, s.chartProps), card: fate(s.card, s.cardProps) }));
  });
}

/** Readable lines, e.g. "Waiting list: chart re-rendered, card kept". */
export function describeChanges(changes: readonly ChartChange[]): string {
  return changes.map((c) => `${c.title}: chart ${c.chart}, card ${c.card}`).join('\n');
}
