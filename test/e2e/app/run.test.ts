import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliResult, DEFAULT_SCENARIO, makeQuick, runWithKeyboard, shownDigest } from './flows';
import { startSuite, withApp, type AppPage, type Suite } from './harness';

// Runs in the browser build: a quick run of an edited scenario gives the CLI's digest, a chart
// exports to a valid SVG and PNG, Esc cancels a long run, and the default's run time is measured.
let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Parses an SVG file with the browser's XML parser: well-formed, <svg> root, its text. */
async function parseSvg(app: AppPage, text: string) {
  return app.page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    const root = doc.documentElement;
    return {
      error: error ? error.textContent : null,
      root: root.localName,
      ns: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      text: root.textContent ?? '',
      paths: doc.getElementsByTagName('path').length,
    };
  }, text);
}

describe('running in the browser', () => {
  it('runs an edited scenario with Ctrl+Enter, shows progress and KPIs with CIs, and gives the CLI digest; charts export to SVG and PNG', async () => {
    await withApp(suite, 'run-edited', async (app) => {
      const { page } = app;
      await app.setField('services.long.beds', '100');
      await makeQuick(app, { replications: 4 });
      await app.shot('edited');

      // Save the edited scenario the way a planner would: a download in the browser.
      const saved = await app.download(() => page.getByRole('button', { name: 'Save', exact: true }).click());
      expect(saved.name).toMatch(/\.kapasim\.json$/);
      const scenario = JSON.parse(saved.bytes.toString('utf8'));
      expect(scenario.services.find((s: { id: string }) => s.id === 'long').beds).toBe(100);
      expect([scenario.replications, scenario.horizonDays, scenario.warmupDays]).toEqual([4, 1095, 365]);

      const seen = await runWithKeyboard(app);
      expect(seen.texts.some((t) => /\d of 4 replications/.test(t))).toBe(true);
      expect(seen.texts.at(-1)).toMatch(/Done in/);

      // The results screen: eight KPI cards, each with a value and its 95 % CI.
      expect(await page.getByRole('tab', { name: 'Results' }).getAttribute('aria-selected')).toBe('true');
      const cards = page.locator('.kpi-card');
      await cards.first().waitFor();
      expect(await cards.count()).toBe(8);
      for (const ci of await page.locator('.kpi-card .kpi-ci').allTextContents()) expect(ci).toMatch(/^95\u00a0% CI .*\d.*(–| to ).*\d/);
      for (const n of await page.locator('.kpi-card .kpi-number').allTextContents()) expect(n).toMatch(/\d/);
      expect(await page.locator('.chart-card svg').count()).toBeGreaterThan(3);
      // Every metric, in the collapsed table, opened from the keyboard.
      const all = page.locator('details', { hasText: /Show all \d+ metrics/ });
      await all.locator('summary').focus();
      await page.keyboard.press('Enter');
      expect(await all.getAttribute('open')).not.toBeNull();
      expect(await all.locator('tbody tr').count()).toBeGreaterThan(40);
      await app.shot('results');
      await app.expectAccessible('results');
      // The series for one service instead of the whole system.
      const charts = await page.locator('.chart-card h4').allTextContents();
      await page.getByLabel('Show').selectOption({ label: 'Long-term (6–12 months)' });
      await expect.poll(() => page.locator('.chart-card h4').allTextContents()).not.toEqual(charts);
      await app.shot('results-long-term');

      const digest = await shownDigest(app);
      expect(digest).toMatch(/^[0-9a-f]{64}$/);
      const cli = await cliResult(saved.file, app.writeOut('cli.kapasim-run.json', ''));
      expect({ seed: cli.seed, replications: cli.replications }).toEqual({ seed: scenario.seed, replications: 4 });
      expect(digest, 'the app and `kapasim run` on the saved scenario must give the same digest; rebuild both (node scripts/build-cli.mjs && npx vite build) if sim/ changed').toBe(cli.digest);

      // Export the first chart as SVG, PNG and print PNG.
      const card = page.locator('.chart-card').first();
      const title = (await card.locator('figcaption h4').textContent())!;
      const svg = await app.download(() => card.getByRole('button', { name: `Export ${title}: SVG` }).click());
      expect(svg.name).toMatch(/\.svg$/);
      const parsed = await parseSvg(app, svg.bytes.toString('utf8'));
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe('svg');
      expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
      expect(parsed.paths).toBeGreaterThan(0);
      expect(parsed.text).toContain(title);
      expect(parsed.text).toContain(`${scenario.name} · seed ${scenario.seed} · 4 replications · Kapasim `);
      expect(parsed.text).toMatch(/Kapasim \d+\.\d+\.\d+ · \d\d\/\d\d\/\d{4}/);

      const png = await app.download(() => card.getByRole('button', { name: `Export ${title}: PNG`, exact: true }).click());
      expect(png.name).toMatch(/\.png$/);
      const size = pngSize(png.bytes);
      expect(size).toEqual({ width: parsed.width, height: parsed.height });
      const print = await app.download(() => card.getByRole('button', { name: `Export ${title}: PNG for print (3×)` }).click());
      expect(print.name).toMatch(/@3x\.png$/);
      expect(pngSize(print.bytes)).toEqual({ width: 3 * parsed.width, height: 3 * parsed.height });
      expect(await page.locator('.export-buttons [role="alert"]').count()).toBe(0);
    });
  });

  it('Esc cancels a long run; the page stays responsive during it and after', async () => {
    await withApp(suite, 'run-cancel', async (app) => {
      const { page } = app;
      await app.setField('replications', '5000');
      await page.keyboard.press('Control+Enter');
      const cancel = page.getByRole('button', { name: 'Cancel' });
      await cancel.waitFor();
      // Progress: replications done of total, then the time left once one is done.
      await page.locator('.run-progress', { hasText: /[1-9][\d,]* of 5,000 replications · about [\d.,]+ (s|min) left/ }).waitFor({ timeout: 30_000 });
      expect(await page.locator('.run-progress progress').getAttribute('max')).toBe('5000');

      // Responsive while the workers run: tabs switch, a field takes typing, a round trip is quick.
      await page.getByRole('tab', { name: 'Results' }).click();
      await page.getByText('No results yet').or(page.locator('.results-empty')).first().waitFor();
      await app.shot('running-results-tab');
      await app.expectAccessible('results while running');
      await page.getByRole('tab', { name: 'Scenario' }).click();
      await app.setField('referrals.growth', '1');
      expect(await app.field('referrals.growth').inputValue()).toBe('1');
      const t0 = Date.now();
      await page.evaluate(() => 1);
      expect(Date.now() - t0).toBeLessThan(1000);
      await app.shot('running');
      await app.expectAccessible('editor while running');

      await page.keyboard.press('Escape');
      await page.getByRole('status').filter({ hasText: 'Run cancelled' }).waitFor();
      expect(await cancel.count()).toBe(0);
      expect(await page.locator('.run-progress').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Run', exact: true }).isEnabled()).toBe(true);
      // Still responsive: edits and undo work after the cancel.
      await app.setField('services.long.beds', '95');
      await page.keyboard.press('Control+z');
      expect(await app.field('services.long.beds').inputValue()).toBe('88');
      await app.shot('cancelled');
    });
  });

  it('Run and Cancel from the keyboard keep the focus; Esc in a dialog closes the dialog, not the run', async () => {
    await withApp(suite, 'run-keyboard', async (app) => {
      const { page } = app;
      await app.setField('replications', '5000');
      const focused = () => page.evaluate(() => document.activeElement?.textContent ?? null);
      await page.getByRole('button', { name: 'Run', exact: true }).focus();
      await page.keyboard.press('Enter');
      const cancel = page.getByRole('button', { name: 'Cancel' });
      await cancel.waitFor();
      // Run turns into Cancel in place, so focus stays on it and Enter again cancels.
      expect(await focused()).toBe('Cancel');

      // A look at a distribution while the run goes: Esc closes the dialog only.
      await app.field('services.long.stayDays').click();
      const dialog = page.getByTestId('distribution-editor');
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await cancel.count()).toBe(1);
      expect(await page.locator('.run-progress').count()).toBe(1);

      await cancel.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Run cancelled' }).waitFor();
      expect(await focused()).toBe('Run');
    });
  });

  it('runs the default scenario (30 replications, full horizon) and reports how long it takes; digest equals the CLI', async () => {
    await withApp(suite, 'run-default', async (app) => {
      const cores = await app.page.evaluate(() => navigator.hardwareConcurrency);
      const seen = await runWithKeyboard(app, { timeout: 100_000 });
      const digest = await shownDigest(app);
      console.log(`default scenario in the app: ${seen.appSeconds.toFixed(2)} s by the app's clock, ${(seen.wallMs / 1000).toFixed(2)} s from Ctrl+Enter to "Done" (${cores} cores)`);
      app.writeOut('timing.txt', `default scenario, 30 replications, full horizon: ${seen.appSeconds.toFixed(2)} s (app), ${(seen.wallMs / 1000).toFixed(2)} s (key press to done), hardwareConcurrency ${cores}\n`);
      await app.shot('default-results');
      const cli = await cliResult(DEFAULT_SCENARIO, app.writeOut('cli.kapasim-run.json', ''));
      expect(digest).toBe(cli.digest);
    });
  });
});
