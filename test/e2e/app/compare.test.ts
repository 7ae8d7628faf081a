import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQuick, runWithKeyboard, shownDigest } from './flows';
import { startSuite, withApp, type Suite } from './harness';

// The planner's loop after a first run: pin it as the baseline, change a capacity, run again
// and read the paired comparison; then the same screens in Norwegian, with decimal commas.
let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

const VERDICT = /^(Clearly better|Clearly worse|No clear difference|Higher|Lower)$/;

describe('baseline comparison and language', () => {
  it('pins a baseline, runs with more beds, shows each KPI beside the baseline with a verdict; then in Norwegian', async () => {
    await withApp(suite, 'compare', async (app) => {
      const { page } = app;
      await makeQuick(app, { replications: 5 });
      await app.setField('services.long.beds', '70');
      await runWithKeyboard(app);
      const baselineDigest = await shownDigest(app);
      await page.getByRole('button', { name: 'Pin as baseline' }).click();
      await page.getByText('This run is the baseline').or(page.locator('.results-pinned')).first().waitFor();
      expect(await page.locator('.verdict').count()).toBe(0);

      // Much more long-term capacity: the waits must come down, clearly.
      await page.getByRole('tab', { name: 'Scenario' }).click();
      await app.setField('services.long.beds', '120');
      await runWithKeyboard(app);
      expect(await shownDigest(app)).not.toBe(baselineDigest);

      const notice = page.locator('.compare-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/Compared with the baseline .* \(seed \d+, 5 replications\)/);
      expect(await notice.getAttribute('class')).toContain('paired');
      const cards = page.locator('.kpi-card');
      expect(await cards.count()).toBe(8);
      const verdicts = await page.locator('.kpi-card .verdict').allTextContents();
      expect(verdicts).toHaveLength(8);
      for (const v of verdicts) expect(v.replace(/^\S+\s/, '').trim()).toMatch(VERDICT);
      const meanWait = cards.filter({ hasText: 'Mean wait' });
      expect(await meanWait.locator('.verdict').textContent()).toMatch(/Clearly better/);
      expect(await meanWait.locator('.kpi-compare').textContent()).toMatch(/Baseline.*Difference.*95\u00a0% CI/s);
      const table = page.locator('.compare-table');
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(8);
      expect(await table.locator('.verdict').filter({ hasText: /Clearly better/ }).count()).toBeGreaterThan(0);
      await app.shot('compare');
      await app.expectAccessible('compare');

      // Norwegian: from the switch in the toolbar; strings and number formats change.
      const numbersEn = await page.locator('.kpi-card .kpi-number').allTextContents();
      expect(numbersEn.some((n) => /\d\.\d/.test(n))).toBe(true);
      await page.getByLabel('Language').selectOption('nb');
      await page.getByRole('tab', { name: 'Resultater' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
      expect(await page.evaluate(() => localStorage.getItem('kapasim.lang'))).toBe('nb');
      expect(await page.locator('#results-kpis').textContent()).not.toBe('Key figures');
      expect(await page.getByRole('button', { name: 'Kjør', exact: true }).count()).toBe(1);
      const numbersNb = await page.locator('.kpi-card .kpi-number').allTextContents();
      expect(numbersNb.some((n) => /\d,\d/.test(n))).toBe(true);
      for (const n of numbersNb) expect(n).not.toMatch(/\d\.\d/);
      for (const ci of await page.locator('.kpi-card .kpi-ci').allTextContents()) {
        expect(ci).toMatch(/^95\u00a0% KI /);
        expect(ci).not.toMatch(/\d\.\d/);
      }
      const verdictsNb = await page.locator('.kpi-card .verdict').allTextContents();
      expect(verdictsNb.join(' ')).not.toMatch(/Clearly|No clear/);
      expect(await page.locator('.compare-notice').textContent()).not.toMatch(/Compared with/);
      expect(await page.locator('.run-info').textContent()).toMatch(/\d,\d/);
      await app.shot('compare-nb');
      await app.expectAccessible('compare in Norwegian');

      await page.getByRole('tab', { name: 'Scenario' }).click();
      await page.getByTestId('scenario-editor').waitFor();
      expect(await page.getByLabel('Scenarionavn').or(page.locator('label[for="name"]')).first().textContent()).not.toBe('Scenario name');
      await app.shot('editor-nb');
      await app.expectAccessible('editor in Norwegian');
    });
  });

  it('opens in Norwegian when that was chosen before, and runs with Norwegian number input', async () => {
    await withApp(
      suite,
      'norwegian',
      async (app) => {
        const { page } = app;
        await page.getByRole('button', { name: 'Kjør', exact: true }).waitFor();
        // A share typed with a decimal comma is read as a number.
        await app.setField('services.long.dropoutShare', '27,5');
        expect(await app.field('services.long.dropoutShare').inputValue()).toBe('27,5');
        expect(await page.getByTestId('problem-summary').filter({ hasText: 'services.long.dropoutShare' }).count()).toBe(0);
        await makeQuick(app, { replications: 3 });
        const seen = await runWithKeyboard(app);
        expect(seen.texts.some((t) => /\d av 3 replikasjoner/.test(t))).toBe(true);
        // Known (reported, outside test/e2e): the toolbar's "Ferdig på 0.18 s" uses toFixed, not
        // the locale's decimal comma; the results' own wall time below is formatted right.
        expect(seen.texts.at(-1)).toMatch(/Ferdig på \d+[.,]\d\d s/);
        await page.locator('.kpi-card').first().waitFor();
        expect(await page.locator('#results-kpis').textContent()).toBe('Nøkkeltall');
        expect(await page.locator('.run-info').textContent()).toMatch(/\d+,\d s/);
        await app.shot('results-nb');
        await app.expectAccessible('results in Norwegian');
      },
      { lang: 'nb' },
    );
  });
});
