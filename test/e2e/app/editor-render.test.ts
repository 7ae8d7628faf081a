import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQuick } from './flows';
import { OUT, startSuite, withApp, type Suite } from './harness';
import { formatMainThread, traceMainThread } from './main-thread';
import { renderFates, snapshotRenders, type Followed, type RenderFate } from './render-probe';

// The scenario editor is not re-rendered while a run goes: each finished replication updates
// the toolbar's progress, and nothing else. Checked through the props object React keeps on
// each DOM element (render-probe.ts). The page's main-thread time during a 100-replication run
// is recorded in test-output/e2e/editor-render.txt, not asserted.
let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

const SECTIONS = ['general', 'pathway', 'referrals', 'assessment', 'services', 'aftercare', 'relapse', 'costs', 'run', 'notes'];

/** The editor's own components: its frame, the section list, every section and a field of each kind. */
const EDITOR: Followed[] = [
  { name: 'editor', selector: '[data-testid="scenario-editor"]' },
  { name: 'section list', selector: 'nav.editor-nav' },
  ...SECTIONS.map((s) => ({ name: `section ${s}`, selector: `#editor-section-${s}` })),
  { name: 'name (text)', selector: '[id="name"]' },
  { name: 'replications (number)', selector: '[id="replications"]' },
  { name: 'long-term beds (table cell)', selector: '[id="services.long.beds"]' },
  { name: 'assessment delay (distribution)', selector: '[id="assessment.delayDays"]' },
  { name: 'pathway diagram', selector: 'svg.pathway' },
];

/** Names of the followed elements whose fate is not `want`, with their fates. */
function notAs(fates: Record<string, RenderFate>, want: RenderFate): string[] {
  return Object.entries(fates)
    .filter(([, f]) => f !== want)
    .map(([n, f]) => `${n}: ${f}`);
}

/** Replications done, as the toolbar's progress bar shows them (null: no bar). */
async function done(page: Page): Promise<number | null> {
  const bar = page.locator('.run-progress progress');
  return (await bar.count()) === 0 ? null : Number(await bar.getAttribute('value'));
}

describe('the scenario editor while a run goes', () => {
  it('keeps every section and field unrendered through run progress, a cancel and the guide, while the progress bar updates', async () => {
    await withApp(suite, 'editor-render', async (app) => {
      const { page } = app;
      // Enough replications that the run is still going when the test looks (it is cancelled).
      await makeQuick(app, { replications: 2000, horizonDays: 3650, warmupDays: 1460 });
      await snapshotRenders(page, 'editor', EDITOR);

      await page.keyboard.press('Control+Enter');
      await expect.poll(() => done(page)).toBeGreaterThan(0);
      await snapshotRenders(page, 'progress', [{ name: 'progress bar', selector: '.run-progress progress' }]);
      const first = (await done(page))!;
      await expect.poll(() => done(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(first + 10);
      const duringRun = await renderFates(page, 'editor');
      const progress = await renderFates(page, 'progress');
      // Still running: the editor shown is the one snapshot (a finished run would show Results).
      expect(await page.getByRole('button', { name: 'Cancel' }).count()).toBe(1);
      await app.shot('running');
      expect(notAs(duringRun, 'kept'), 'editor components re-rendered by the run starting and its progress').toEqual([]);
      expect(progress['progress bar'], 'the progress bar follows the run').toBe('re-rendered');

      await page.keyboard.press('Escape');
      await page.getByText('Run cancelled').waitFor();
      expect(notAs(await renderFates(page, 'editor'), 'kept'), 'editor components re-rendered by the cancel').toEqual([]);

      // The planner's guide, opened from the section list and closed.
      await page.locator('nav.editor-nav').getByRole('button', { name: 'Planner’s guide' }).click();
      await page.locator('dialog[open]').waitFor();
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
      expect(notAs(await renderFates(page, 'editor'), 'kept'), 'editor components re-rendered by the guide').toEqual([]);

      // The probe sees a re-render when there is one: an edit re-renders the field edited.
      await app.setField('replications', '100');
      const edited = await renderFates(page, 'editor');
      expect(edited['replications (number)']).toBe('re-rendered');
      await snapshotRenders(page, 'editor', EDITOR);

      // The main thread during a whole 100-replication, 10-year run from the Scenario tab, to its results.
      const cost = await traceMainThread(suite.browser, page, async () => {
        await page.keyboard.press('Control+Enter');
        await page.locator('.run-info .digest').waitFor({ timeout: 120_000 });
      });
      const cores = await page.evaluate(() => navigator.hardwareConcurrency);
      writeFileSync(
        join(OUT, 'editor-render.txt'),
        `A 100-replication, 10-year run started on the Scenario tab, Ctrl+Enter to results shown, in Chromium (headless, traced), hardwareConcurrency ${cores}; see test/e2e/app/main-thread.ts\n  ${formatMainThread(cost)}\n`,
      );
    });
  });
});
