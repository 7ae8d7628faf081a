import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_RUN, dashboardShape, formatDashboardRender, measureDelivery, measureMount, type RenderSpan } from '../../../bench/dashboard-render';
import { chartChanges, describeChanges, snapshotCharts, type ChartChange } from './dashboard-render-probe';
import { makeQuick } from './flows';
import { OUT, startSuite, withApp, type Suite } from './harness';
import { renderFates, snapshotRenders, type Followed } from './render-probe';

// The Results dashboard of 100 replications over 10 years: how long it takes to render (recorded
// in test-output/e2e/dashboard-render.txt; the 200 ms target is the bench's, not asserted here),
// that the charts show ten years with their bands, and that the charts (and Welch's warm-up plot
// in the advice below them) are not re-rendered by state changes that do not concern them.
let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

const NAME = 'Ten years, 100 replications';

/** Welch's warm-up plot in the run's advice: its card (message and chart card) and the chart. */
const WELCH: Followed[] = [
  { name: 'warm-up advice', selector: '[data-testid="advice-panel"] .warmup-advice' },
  { name: 'Welch card', selector: '[data-testid="advice-panel"] .warmup-advice figure.chart-card' },
  { name: 'Welch chart', selector: '[data-testid="advice-panel"] .warmup-advice .chart-box > svg' },
];

/** Does `action`, then expects every followed chart and its card, and Welch's plot, to be kept as they were. */
async function expectChartsKept(page: Page, what: string, action: () => Promise<void>): Promise<void> {
  const count = await snapshotCharts(page);
  expect(count, 'charts followed').toBe(5);
  await snapshotRenders(page, 'welch', WELCH);
  await action();
  const changes = await chartChanges(page);
  const moved = changes.filter((c) => c.chart !== 'kept' || c.card !== 'kept');
  expect(moved, `${what} re-rendered charts:\n${describeChanges(changes)}`).toEqual([]);
  expect(await renderFates(page, 'welch'), `${what} re-rendered Welch's plot`).toEqual({ 'warm-up advice': 'kept', 'Welch card': 'kept', 'Welch chart': 'kept' });
}

describe('the results dashboard of a 10-year run of 100 replications', () => {
  it('renders with ten years of weekly bands, records its render time, and keeps its charts through unrelated changes', async () => {
    await withApp(suite, 'dashboard', async (app) => {
      const { page } = app;
      await makeQuick(app, { ...DASHBOARD_RUN, warmupDays: 1460 });
      await app.setField('name', NAME);

      // Render time: one run delivered through the normal run path (the app's first results,
      // so the cold case), a second one, then the Results tab mounted again five times.
      const cold = await measureDelivery(page);
      const warm = await measureDelivery(page);
      const mount: RenderSpan[] = [];
      for (let i = 0; i < 5; i++) mount.push(await measureMount(page));
      for (const s of [cold, warm, ...mount]) {
        expect(Number.isFinite(s.paintedMs) && s.paintedMs > 0).toBe(true);
        expect(s.firstPaintMs).toBeLessThanOrEqual(s.paintedMs);
      }

      // Ten years of weekly points (3650 days: 522 weeks, the last one short), each chart with its band.
      const shape = await dashboardShape(page);
      expect(shape).toMatchObject({ weeks: 522, charts: 4 });
      expect(shape.bands).toBeGreaterThanOrEqual(4);
      expect(shape.xTicks).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
      expect(await page.locator('section[aria-labelledby="results-series"] .warmup rect').count()).toBe(4);
      const lines = formatDashboardRender({ ok: true, ...DASHBOARD_RUN, ...shape, cold: [cold], warm: [warm], mount });
      const cores = await page.evaluate(() => navigator.hardwareConcurrency);
      writeFileSync(
        join(OUT, 'dashboard-render.txt'),
        `Results dashboard in Chromium (headless), hardwareConcurrency ${cores}; what is measured: see bench/dashboard-render.ts\n${lines.join('\n')}\n`,
      );
      await app.shot('results');

      // A scenario edit undone from the keyboard: the draft (and the name in the header) changes.
      await expectChartsKept(page, 'undoing the name', async () => {
        await page.keyboard.press('Control+z');
        await expect.poll(() => page.locator('.doc-name').textContent()).not.toContain(NAME);
      });
      // Typing the report's purpose (the study store), and toggling the all-metrics panel.
      await expectChartsKept(page, 'typing the report purpose', async () => {
        await page.getByTestId('report-panel').getByLabel('Purpose').fill('Capacity for the next ten years.');
        await page.getByTestId('report-panel').getByRole('button', { name: 'Back to the default text' }).waitFor();
      });
      await expectChartsKept(page, 'opening the all-metrics panel', async () => {
        await page.locator('details.all-metrics summary').click();
        await expect.poll(() => page.locator('details.all-metrics').getAttribute('open')).not.toBeNull();
      });
      // The planner's guide (Help) opened and closed.
      await expectChartsKept(page, 'the planner’s guide', async () => {
        await page.getByTestId('static-panel').getByRole('button', { name: 'Planner’s guide' }).click();
        await page.locator('dialog[open]').waitFor();
        await page.keyboard.press('Escape');
        await page.locator('dialog[open]').waitFor({ state: 'detached' });
      });
      // The static estimate's target utilisation.
      await expectChartsKept(page, 'the static target', async () => {
        const before = await page.locator('.static-table tbody').textContent();
        await page.getByLabel('Target utilisation').fill('90');
        await expect.poll(() => page.locator('.static-table tbody').textContent()).not.toBe(before);
      });
      // Pinning this very run as the baseline (nothing to overlay), and removing it.
      await expectChartsKept(page, 'pinning this run', async () => {
        await page.getByRole('button', { name: 'Pin as baseline' }).click();
        await page.getByText(/^This run is the pinned baseline/).waitFor();
        await page.getByRole('button', { name: 'Remove the baseline' }).click();
        await page.getByRole('button', { name: 'Pin as baseline' }).waitFor();
      });
      // A new run going (the results marked stale, progress ticking), then cancelled with Esc.
      await expectChartsKept(page, 'a run started and cancelled', async () => {
        await page.keyboard.press('Control+Enter');
        await page.locator('.results-stale').waitFor();
        await page.getByText(/\d+ of 100 replications/).waitFor();
        await page.keyboard.press('Escape');
        await page.getByText('Run cancelled').waitFor();
        await page.locator('.results-stale').waitFor({ state: 'detached' });
      });
      // Another series selection replaces the time series, but not the wait distribution.
      await snapshotCharts(page);
      await page.getByLabel('Show').selectOption({ label: 'Long-term (6–12 months)' });
      await expect.poll(() => page.locator('.chart-card h4').first().textContent()).toContain('Long-term');
      const afterSelect = await chartChanges(page);
      expect(afterSelect.map((c) => c.chart), describeChanges(afterSelect)).toEqual(['replaced', 'replaced', 'replaced', 'replaced', 'kept']);
      await page.getByLabel('Show').selectOption({ value: 'overall' });
      await expect.poll(() => page.locator('.chart-card h4').first().textContent()).toBe('Waiting list');

      // The probe sees a re-render when there is one: the language changes every chart's texts.
      await snapshotCharts(page);
      await snapshotRenders(page, 'welch', WELCH);
      await page.getByLabel('Language').selectOption('nb');
      await page.getByRole('heading', { name: 'Over tid' }).waitFor();
      const relabelled: ChartChange[] = await chartChanges(page);
      expect(relabelled.map((c) => c.chart), describeChanges(relabelled)).toEqual(Array(5).fill('re-rendered'));
      expect(await renderFates(page, 'welch')).toEqual({ 'warm-up advice': 're-rendered', 'Welch card': 're-rendered', 'Welch chart': 're-rendered' });
    });
  });
});
