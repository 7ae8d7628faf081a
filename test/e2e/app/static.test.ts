import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQuick, runWithKeyboard, shownDigest } from './flows';
import { OUT, startSuite, withApp, type AppPage, type Lang, type Suite } from './harness';

// The static estimate panel and its capacity sweep, the population table import, the
// planner's guide opened from the app (in the app and as a page of its own, in the app's
// language), and the guide's worked example followed end to end. With GUIDE_SCREENSHOTS=1
// the worked example runs in both languages and writes the guide's screenshots to docs/guide/img/.
let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
const GUIDE_IMG = join(ROOT, 'docs/guide/img');
const SHOTS = process.env.GUIDE_SCREENSHOTS === '1';

/** The sticky header would cover the top of element screenshots: let it scroll away. */
async function unstickHeader(app: AppPage): Promise<void> {
  await app.page.addStyleTag({ content: '.app-header { position: static !important; }' });
}

/** A screenshot for the guide (only with GUIDE_SCREENSHOTS=1): saved in test-output and copied to docs/guide/img. */
async function guideShot(app: AppPage, name: string, take: (file: string) => Promise<unknown>): Promise<void> {
  if (!SHOTS) return;
  const file = join(OUT, `${app.name}-${name}.png`);
  await take(file);
  mkdirSync(GUIDE_IMG, { recursive: true });
  copyFileSync(file, join(GUIDE_IMG, `${name}.png`));
}

describe('static estimate panel', () => {
  it('shows every service beside the simulation, and sweeps a capacity into a chart with both marks', async () => {
    await withApp(suite, 'static-panel', async (app) => {
      const { page } = app;
      await makeQuick(app, { replications: 4 });
      await runWithKeyboard(app);
      const panel = page.getByTestId('static-panel');
      await panel.waitFor();
      expect(await panel.locator('h2').textContent()).toBe('Static estimate beside the simulation');
      const rows = panel.locator('.static-table tbody tr');
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-service')))).toEqual(['detox', 'short', 'long', 'outpatient', 'aftercare']);
      // The static estimate depends on the scenario only: the default's long-term unit needs 156 beds at 85 %.
      const long = panel.locator('.static-table tbody tr[data-service="long"]');
      expect(await long.locator('.static-estimate strong').textContent()).toBe('156');
      expect(await long.locator('.position-text').textContent()).toBe('load exceeds capacity');
      expect(await panel.getByTestId('static-run').textContent()).toMatch(/mean wait [\d.]+ days \(95\u00a0% CI [\d.]+–[\d.]+\), 90th percentile [\d.]+ days/);

      // A different target: 90 % gives fewer beds (132.6 / 0.9 = 147.3 → 148).
      await page.locator('#static-target').fill('90');
      await expect.poll(() => long.locator('.static-estimate strong').textContent()).toBe('148');
      await page.locator('#static-target').fill('85');
      await expect.poll(() => long.locator('.static-estimate strong').textContent()).toBe('156');

      await long.getByRole('button', { name: 'Sweep this service’s capacity — Long-term (6–12 months)' }).click();
      const chart = panel.locator('.static-sweep .chart-card svg');
      await chart.waitFor({ timeout: 120_000 });
      expect(await chart.locator('.static-mark').count()).toBe(1);
      expect(await chart.locator('.capacity-mark').count()).toBe(1);
      expect(await chart.locator('circle').count()).toBeGreaterThanOrEqual(8);
      expect(await chart.getAttribute('aria-label')).toBe('Long-term (6–12 months): capacity against wait on this service’s list');
      // The numbers behind the chart, the scenario's own capacity among them.
      await panel.getByText('The numbers behind the chart').click();
      const numbers = panel.locator('.static-numbers tbody tr');
      expect(await numbers.count()).toBe(await chart.locator('circle').count());
      expect(await numbers.filter({ hasText: '(scenario)' }).first().textContent()).toMatch(/^88/);
      // Another KPI from the same sweep, without running again.
      await panel.getByLabel('Show').selectOption('p90WaitDays');
      await expect.poll(() => chart.getAttribute('aria-label')).toBe('Long-term (6–12 months): capacity against 90th percentile wait');
      await app.shot('static-panel');
      await app.expectAccessible('static panel');
    });
  });

  it('in Norwegian: words and decimal commas', async () => {
    await withApp(
      suite,
      'static-panel-nb',
      async (app) => {
        const { page } = app;
        await makeQuick(app, { replications: 3 });
        await runWithKeyboard(app);
        const panel = page.getByTestId('static-panel');
        await panel.waitFor();
        expect(await panel.locator('h2').textContent()).toBe('Statisk estimat ved siden av simuleringen');
        const text = await panel.locator('.static-table').textContent();
        expect(text).toContain('Kommunalt ettervern');
        expect(text).toMatch(/132,6/);
        await app.shot('static-panel-nb');
      },
      { lang: 'nb' },
    );
  });
});

describe('population table import', () => {
  it('lists CSV problems by row and column and changes nothing; imports the example table', async () => {
    await withApp(suite, 'population', async (app) => {
      const { page } = app;
      const field = page.getByTestId('population-field');
      await field.scrollIntoViewIfNeeded();
      const bad = ['year,age_band,population', '2025,0-17,100', '2025,18-22,200', '2030,0-17,110', '2030,18-22,210', '2035,0-17,120', '2035,18-22,-3'].join('\n');
      await page.getByTestId('population-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
      const errors = field.locator('.population-errors');
      await errors.waitFor();
      expect(await errors.locator('strong').textContent()).toBe('bad.csv was not imported; correct these problems and import it again:');
      expect(await errors.locator('li').allTextContents()).toEqual(['row 7, column population: expected a whole number ≥ 0, got -3']);
      expect(await field.locator('.population-matrix').count()).toBe(0);

      const example = readFileSync(join(ROOT, 'scenarios/example-population.csv'));
      await page.getByTestId('population-file').setInputFiles({ name: 'example-population.csv', mimeType: 'text/csv', buffer: example });
      await field.getByText('Imported 40 rows (5 years × 8 age bands) from example-population.csv.').waitFor();
      expect(await field.locator('.population-matrix tbody tr').count()).toBe(8);
      expect(await field.locator('.population-projection tbody tr').count()).toBe(7); // the default's 7 years
      expect(await page.locator('[id="referrals.population.baseYear"]').inputValue()).toBe('2025');
      expect(await field.locator('.field-issues').count()).toBe(0);
      await field.scrollIntoViewIfNeeded();
      await app.shot('population');
      await app.expectAccessible('population table');

      // The scenario with its table runs.
      await makeQuick(app, { replications: 2 });
      await runWithKeyboard(app);
      await shownDigest(app);
    });
  });

  it('says it in Norwegian', async () => {
    await withApp(
      suite,
      'population-nb',
      async (app) => {
        const { page } = app;
        const bad = 'år;aldersgruppe;befolkning\n2025;18-22;12,5\n';
        await page.getByTestId('population-file').setInputFiles({ name: 'feil.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
        const errors = page.getByTestId('population-field').locator('.population-errors li');
        await errors.first().waitFor();
        expect(await errors.allTextContents()).toEqual(['rad 2, kolonne befolkning: ventet et heltall ≥ 0, fikk 12,5']);
      },
      { lang: 'nb' },
    );
  });
});

const GUIDE_TITLE: Record<Lang, string> = { en: 'Kapasim: a planner’s guide', nb: 'Kapasim: veiledning for planleggere' };
const normalise = (s: string | null): string => (s ?? '').replace(/'/g, '’');

describe('the planner’s guide from the app', () => {
  for (const lang of ['en', 'nb'] as const) {
    it(`opens in the app and as a page, in ${lang === 'en' ? 'English' : 'bokmål'}, with its images and links`, async () => {
      await withApp(
        suite,
        `guide-${lang}`,
        async (app) => {
          const { page } = app;
          await page.getByRole('button', { name: lang === 'en' ? 'Planner’s guide' : 'Veiledning for planleggere' }).first().click();
          const dialog = page.getByTestId('guide-dialog');
          await dialog.locator('article h1').waitFor();
          expect(normalise(await dialog.locator('article h1').textContent())).toBe(GUIDE_TITLE[lang]);
          expect(await dialog.locator('article').getAttribute('lang')).toBe(lang);
          // Every image of the guide loads (guide/img/…, relative to the app).
          const images = dialog.locator('article img');
          expect(await images.count()).toBeGreaterThanOrEqual(4);
          for (const img of await images.all()) {
            await img.scrollIntoViewIfNeeded();
            await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0), { timeout: 10_000 }).toBe(true);
          }
          // An in-page link scrolls the dialog to its section, without leaving the app.
          await dialog.locator('article a[href="#guide-limitations"]').first().click();
          await expect
            .poll(() =>
              dialog.locator('[id="guide-limitations"]').evaluate((el) => {
                const box = el.closest('dialog')!;
                const frame = box.getBoundingClientRect();
                const top = el.getBoundingClientRect().top;
                return box.scrollTop > 1000 && top >= frame.top && top < frame.bottom - 40;
              }),
            )
            .toBe(true);
          expect(page.url()).toBe(suite.server.url);
          await app.expectAccessible('guide dialog');
          await app.shot('guide-dialog');

          // The guide as a page of its own, by the relative URL the app uses.
          const link = dialog.getByRole('link', { name: lang === 'en' ? 'Open the guide as a page' : 'Åpne veiledningen som egen side' });
          expect(await link.getAttribute('href')).toBe(`guide/${lang}.html`);
          const [guide] = await Promise.all([app.context.waitForEvent('page'), link.click()]);
          await guide.waitForLoadState('load');
          expect(guide.url()).toBe(`${suite.server.url}guide/${lang}.html`);
          expect(await guide.evaluate(() => document.documentElement.lang)).toBe(lang);
          expect(normalise(await guide.locator('h1').textContent())).toBe(GUIDE_TITLE[lang]);
          expect(await guide.evaluate(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0))).toBe(true);
          // The link to the other language opens it.
          await guide.locator('.guide-lang a').click();
          await guide.waitForLoadState('load');
          expect(await guide.evaluate(() => document.documentElement.lang)).toBe(lang === 'en' ? 'nb' : 'en');
          await guide.close();

          await dialog.getByRole('button', { name: lang === 'en' ? 'Close the guide' : 'Lukk veiledningen' }).click();
          expect(await dialog.count()).toBe(0);
        },
        { lang },
      );
    }, 300_000);
  }
});

describe('the guide’s worked example', () => {
  for (const lang of SHOTS ? (['en', 'nb'] as const) : (['en'] as const)) {
    it(`can be followed end to end (${lang}): run the default, pin it, cut beds, add outpatient and aftercare places, run, compare`, async () => {
      await withApp(
        suite,
        `worked-example-${lang}`,
        async (app) => {
          const { page } = app;
          const en = lang === 'en';
          await unstickHeader(app);
          await guideShot(app, `${lang}-editor`, (file) => page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1400, height: 900 } }));
          // 1–2. The default as it is: run.
          await runWithKeyboard(app, { timeout: 120_000 });
          const baseline = await shownDigest(app);
          const meanWait = () => page.locator('.kpi-card').filter({ hasText: en ? /^Mean wait/ : /^Gjennomsnittlig ventetid/ }).first();
          expect(await meanWait().locator('.kpi-number').textContent()).toBe(en ? '31.3' : '31,3');
          await guideShot(app, `${lang}-results`, async (file) => {
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1400, height: 900 } });
          });
          // The static estimate of the default, and (for the guide's section 5) a sweep of its long-term beds.
          const panel = page.getByTestId('static-panel');
          if (SHOTS) {
            await panel.locator('.static-table tbody tr[data-service="long"]').getByRole('button').click();
            await panel.locator('.static-sweep .chart-card svg').waitFor({ timeout: 180_000 });
          }
          await guideShot(app, `${lang}-static`, async (file) => {
            await panel.locator('.table-scroll').first().evaluate((el) => el.scrollTo(0, 0));
            await panel.screenshot({ path: file });
          });
          // 3. Pin it as the baseline.
          await page.getByRole('button', { name: en ? 'Pin as baseline' : 'Fest som referanse' }).click();
          // 4. The policy: −15 % beds, +20 % outpatient places, +50 % aftercare places.
          await page.getByRole('tab', { name: 'Scenario' }).click();
          await app.setField('services.short.beds', '43');
          await app.setField('services.long.beds', '72');
          await app.setField('services.outpatient.slots', '888');
          await app.setField('aftercare.places', '372');
          // 5. Run again and read the comparison.
          await runWithKeyboard(app, { timeout: 120_000 });
          expect(await shownDigest(app)).not.toBe(baseline);
          expect(await meanWait().locator('.kpi-number').textContent()).toBe(en ? '16.5' : '16,5');
          expect(await meanWait().locator('.verdict').textContent()).toMatch(en ? /Clearly better/ : /Klart bedre/);
          await guideShot(app, `${lang}-compare`, async (file) => {
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1400, height: 1000 } });
          });
          // Below the comparison, the static estimate of the policy: the cut units are further below their load.
          const short = panel.locator('.static-table tbody tr[data-service="short"]');
          expect(await short.locator('.position-text').textContent()).toBe(en ? 'load exceeds capacity' : 'belastningen overstiger kapasiteten');
        },
        { lang },
      );
    }, 300_000);
  }
});
