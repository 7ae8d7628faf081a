import ExcelJS from 'exceljs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQuick, runWithKeyboard } from './flows';
import { startSuite, withApp, type AppPage, type Suite } from './harness';

// The Study tab end to end in the browser build: a variant and a sweep against the baseline,
// run with common random numbers, the comparison table and charts, the report as HTML and
// XLSX; a shipped 2-D study opened from its file; Cancel; and the advice after a plain run.
let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

const ROOT = resolve(new URL('../../..', import.meta.url).pathname);

const VERDICT = /(Clearly better|Clearly worse|No clear difference|Higher|Lower)/;
const SECTIONS = ['purpose', 'pathway', 'experiment', 'results', 'comparison', 'charts', 'advice', 'parameters', 'stress-des', 'versions', 'appendix'];

/** Clicks Run study and waits for its progress over all replications and then "Study done in …". */
async function runStudy(app: AppPage, total: number, timeout = 90_000): Promise<string[]> {
  const seen = await app.watchTexts('.study-run .run-row');
  await app.page.getByRole('button', { name: 'Run study' }).click();
  await app.page.locator('.study-run [role="status"]', { hasText: /Study done in [\d.]+ s/ }).waitFor({ timeout });
  const texts = await seen.read();
  expect(texts.some((t) => new RegExp(`\\d+ of ${total.toLocaleString('en-GB')} replications`).test(t)), texts.join('\n')).toBe(true);
  return texts;
}

/**
 * axe-core on the new panels of a screen only (the Results tab also holds other features'
 * work): fails on serious or critical violations inside them.
 */
async function expectAccessibleWithin(app: AppPage, selectors: string[], screen: string): Promise<void> {
  await app.axe(); // injects axe-core into the page
  const bad = await app.page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run({ include: include.map((s) => [s]) }, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `[${v.impact}] ${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, selectors);
  expect(bad, `axe on the ${screen} screen`).toEqual([]);
}

/** The report parsed by Chromium's own HTML parser: section ids, what it would load, its text. */
async function parseReport(app: AppPage, html: string) {
  return app.page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const loads = [...doc.querySelectorAll('[src], [href], link, script, img, iframe')].map((e) => e.outerHTML.slice(0, 120));
    return {
      lang: doc.documentElement.lang,
      sections: [...doc.querySelectorAll('section')].map((s) => s.id),
      loads,
      svgs: doc.querySelectorAll('svg').length,
      tables: [...doc.querySelectorAll('table')].map((t) => t.id),
      todo: doc.querySelectorAll('.todo').length,
      text: doc.body.textContent ?? '',
    };
  }, html);
}

describe('the Study tab', () => {
  it('builds a variant and a sweep, runs them with common random numbers, shows verdicts and charts, and exports the report as HTML and XLSX', async () => {
    await withApp(suite, 'study-main', async (app) => {
      const { page } = app;
      await makeQuick(app, { replications: 5 });
      await page.getByRole('tab', { name: 'Study' }).click();
      const view = page.getByTestId('study-view');
      await view.waitFor();
      expect(await view.textContent()).toMatch(/Baseline: “Default: a mid-sized Norwegian health trust.*its seed \(20261123\) and its 5 replications/);
      await app.shot('study-empty');
      await app.expectAccessible('study (empty)');

      // A variant: 15 % fewer long-term beds, typed as a change from the baseline.
      await page.getByRole('button', { name: 'Add variant' }).click();
      const card = page.getByTestId('variant-card');
      await card.getByLabel('Name', { exact: true }).fill('-15 % long-term beds');
      await app.setField('variant-v1-services.long.beds', '-15 %');
      expect(await app.field('variant-v1-services.long.beds').inputValue()).toBe('75');
      const change = card.locator('.change-list li');
      expect(await change.count()).toBe(1);
      expect(await change.textContent()).toMatch(/Long-term \(6–12 months\): beds88 → 75 \(\u221214\.8\u00a0%\)/);

      // A sweep of long-term beds at three values.
      await page.getByRole('button', { name: 'Add sweep' }).click();
      const sweep = page.getByTestId('sweep-card');
      await sweep.getByLabel('From').fill('60');
      await sweep.getByLabel('To').fill('120');
      await sweep.getByLabel('Step').fill('30');
      await sweep.getByLabel('Step').blur();
      expect(await sweep.locator('.values-preview').textContent()).toBe('3 values: 60, 90, 120');
      expect(await sweep.textContent()).toMatch(/3 cases/);

      // And the tornado of two fields at ±10 %.
      await page.getByLabel(/^Long-term \(6–12 months\): beds \(88\)$/).check();
      await page.getByLabel(/^Aftercare places \(248\)$/).check();
      const summary = page.locator('.study-run p').first();
      // The plan follows the edits a frame later (it is deferred while typing).
      await expect.poll(() => summary.textContent()).toMatch(/^9 cases \(the baseline; variants: 1; sweep points: 3; one at a time: 4\) × 5 replications = 45 replications, all with seed 20261123/);
      expect(await page.locator('#study-issues').count()).toBe(0);
      await app.shot('study-setup');
      await app.expectAccessible('study (set up)');

      await runStudy(app, 45);
      const results = page.getByTestId('study-results');
      await results.waitFor();
      const table = page.getByTestId('case-table');
      expect(await table.locator('thead th').allTextContents()).toEqual(['Metric', 'Baseline', expect.stringMatching(/^-15 % long-term beds/)]);
      expect(await table.locator('tbody tr').count()).toBe(8);
      const verdicts = await table.locator('.verdict').allTextContents();
      expect(verdicts).toHaveLength(8);
      for (const v of verdicts) expect(v).toMatch(VERDICT);
      expect(await table.locator('tbody tr').first().textContent()).toMatch(/Δ [+\u2212]?\d.* days.*95\u00a0% CI/);
      const titles = await results.locator('.chart-card h4').allTextContents();
      expect(titles).toEqual(['Mean wait to first treatment: difference from the baseline', 'Mean wait to first treatment by Long-term (6–12 months): beds', 'Mean wait to first treatment: one at a time ±10\u00a0%', 'Welch’s plot: patients waiting, mean over replications']);
      expect(await results.locator('.advice-table tbody tr').count()).toBe(8);
      await app.shot('study-results');
      await app.expectAccessible('study results');

      // Another key figure for the charts.
      await results.getByLabel('Key figure in the charts').selectOption({ label: 'Deadline breaches' });
      await expect.poll(() => results.locator('.chart-card h4').first().textContent()).toBe('Deadline breaches: difference from the baseline');
      await app.shot('study-results-breaches');

      // The report: one self-contained HTML file with every section.
      const panel = results.getByTestId('report-panel');
      await panel.getByLabel('Purpose (the first section of the report)').fill('Should the trust close 15 % of its long-term beds?');
      const html = await app.download(() => panel.getByRole('button', { name: 'Export report (HTML)' }).click());
      expect(html.name).toMatch(/-report\.html$/);
      const report = await parseReport(app, html.bytes.toString('utf8'));
      expect(report.sections).toEqual(SECTIONS);
      expect(report.loads).toEqual([]);
      expect(html.bytes.toString('utf8')).not.toMatch(/(src|href)="http/);
      expect(report.svgs).toBe(1 + 8 + 1 + 1 + 1);
      expect(report.tables).toEqual(expect.arrayContaining(['table-settings', 'table-kpis', 'table-variants', 'table-comparison', 'table-sweep-0', 'table-tornado', 'table-advice', 'table-parameters', 'table-stress-des', 'table-digests', 'table-cases', 'table-all-metrics']));
      expect(report.text).toContain('Should the trust close 15 % of its long-term beds?');
      expect(report.text).toMatch(/Kapasim \d+\.\d+\.\d+/);
      expect(report.todo).toBeGreaterThan(0);
      expect(await panel.getByRole('status').textContent()).toMatch(/^Saved .*-report\.html$/);

      // The report opens on its own in Chromium, and prints to PDF.
      const viewer = await app.context.newPage();
      await viewer.setContent(html.bytes.toString('utf8'));
      await viewer.screenshot({ path: app.writeOut('report.png', ''), fullPage: true });
      const pdf = await viewer.pdf({ path: app.writeOut('report.pdf', ''), format: 'A4' });
      // As printed: A4 width, print styles (page breaks, no highlight on placeholders).
      await viewer.emulateMedia({ media: 'print' });
      await viewer.setViewportSize({ width: 794, height: 1123 });
      await viewer.screenshot({ path: app.writeOut('report-print.png', ''), fullPage: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await viewer.close();

      // Every table as one workbook.
      const xlsx = await app.download(() => panel.getByRole('button', { name: 'Export tables (XLSX)' }).click(), 60_000);
      expect(xlsx.name).toMatch(/-tables\.xlsx$/);
      expect([...xlsx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['About', 'Settings', 'Key figures', 'Variants', 'Comparison', 'Sweep 1', 'Tornado', 'Run-count advice', 'Parameters', 'STRESS-DES', 'Cases', 'All figures', 'Warm-up (Welch)', 'Digests']);
      const cmp = wb.getWorksheet('Comparison')!;
      expect(cmp.getRow(3).getCell(1).value).toBe('-15 % long-term beds');
      expect(cmp.getRow(3).getCell(2).value).toBe('Mean wait to first treatment');
      const [base, variant, diff] = [3, 4, 5].map((c) => cmp.getRow(3).getCell(c).value as number);
      expect(diff).toBeCloseTo(variant - base, 9);
      expect(wb.getWorksheet('About')!.getRow(3).getCell(2).value).toBe('Should the trust close 15 % of its long-term beds?');
      await app.shot('study-exported');
    });
  });

  it('opens the shipped 2-D study from its file, runs it and shows the heatmap; Cancel stops a long study', async () => {
    await withApp(suite, 'study-grid', async (app) => {
      const { page } = app;
      await makeQuick(app, { replications: 3 });
      await page.getByRole('tab', { name: 'Study' }).click();
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open study…' }).click()]);
      await chooser.setFiles(resolve(ROOT, 'scenarios/beds-by-aftercare.kapasim-study.json'));
      await page.locator('.study-baseline', { hasText: 'The study file names “default.kapasim.json” as its baseline' }).waitFor();
      const sweep = page.getByTestId('sweep-card');
      expect(await sweep.locator('.values-preview').allTextContents()).toEqual(['4 values: 66, 77, 88, 99', '4 values: 186, 248, 310, 372']);
      expect(await sweep.textContent()).toMatch(/4 × 4 = 16 cases/);
      await app.shot('study-grid-opened');
      await app.expectAccessible('study (2-D opened)');

      await runStudy(app, 17 * 3);
      const results = page.getByTestId('study-results');
      const heatmap = results.locator('.chart-card', { hasText: 'by Long-term beds and Aftercare places' });
      await heatmap.waitFor();
      expect(await heatmap.locator('g.cell').count()).toBe(16);
      expect(await heatmap.locator('g.cell text').count()).toBe(16);
      expect(await heatmap.locator('rect.baseline-cell').count()).toBe(1);
      await app.shot('study-grid-results');
      await app.expectAccessible('study results (2-D)');

      // A study too large for a browser tab is refused before it starts, in words.
      await page.getByRole('tab', { name: 'Scenario' }).click();
      await app.setField('replications', '10000');
      await page.getByRole('tab', { name: 'Study' }).click();
      await page.locator('.study-run [role="alert"]', { hasText: /^This study would (need about [\d.,]+ [KMGT]iB of memory|take about [\d,]+ simulation events)/ }).waitFor();
      expect(await page.getByRole('button', { name: 'Run study' }).isDisabled()).toBe(true);

      // A long study, cancelled while it runs.
      await page.getByRole('tab', { name: 'Scenario' }).click();
      await app.setField('replications', '400');
      await page.getByRole('tab', { name: 'Study' }).click();
      await page.getByRole('button', { name: 'Run study' }).click();
      await page.locator('.study-run .run-progress', { hasText: /[1-9][\d,]* of 6,800 replications/ }).waitFor({ timeout: 30_000 });
      await app.shot('study-running');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.locator('.study-run [role="status"]', { hasText: 'Study cancelled' }).waitFor();
      expect(await page.locator('.study-run .run-progress').count()).toBe(0);
      // The previous results stay.
      expect(await results.locator('g.cell').count()).toBe(16);
    });
  });

  it('Ctrl+Enter on the Study tab runs the study, as its Run study button does, not the scenario; Esc cancels it', async () => {
    await withApp(suite, 'study-keys', async (app) => {
      const { page } = app;
      await makeQuick(app, { replications: 3 });
      await page.getByRole('tab', { name: 'Study' }).click();
      await page.getByRole('button', { name: 'Add variant' }).click();
      await app.setField('variant-v1-services.long.beds', '-15 %');
      await expect.poll(() => page.locator('.study-run p').first().textContent()).toMatch(/^2 cases .* × 3 replications = 6 replications/);
      // The study's Run button carries the shortcut; the toolbar's (the scenario's) does not, here.
      expect(await page.getByRole('button', { name: 'Run study' }).getAttribute('aria-keyshortcuts')).toBe('Control+Enter');
      expect(await page.getByRole('button', { name: 'Run', exact: true }).getAttribute('aria-keyshortcuts')).toBeNull();
      const toolbar = await app.watchTexts('.run-group');
      const study = await app.watchTexts('.study-run .run-row');
      await page.locator('.study-run h3').click(); // focus on the page, in no field
      await page.keyboard.press('Control+Enter');
      await page.locator('.study-run [role="status"]', { hasText: /Study done in [\d.]+ s/ }).waitFor({ timeout: 30_000 });
      expect((await study.read()).some((t) => /\d+ of 6 replications/.test(t))).toBe(true);
      await page.getByTestId('study-results').waitFor();
      // The scenario did not run: the toolbar never showed progress or "Done in".
      expect((await toolbar.read()).filter((t) => /replications|Done in/.test(t))).toEqual([]);
      await app.shot('study-ctrl-enter');

      // Ctrl+Enter while typing in a study field runs the study too; Esc cancels it.
      await page.getByRole('tab', { name: 'Scenario' }).click();
      await app.setField('replications', '1000');
      await page.getByRole('tab', { name: 'Study' }).click();
      await app.field('variant-v1-services.long.beds').focus();
      await page.keyboard.press('Control+Enter');
      await page.locator('.study-run .run-progress', { hasText: /of 2,000 replications/ }).waitFor({ timeout: 30_000 });
      await page.keyboard.press('Escape');
      await page.locator('.study-run [role="status"]', { hasText: 'Study cancelled' }).waitFor();
      expect((await toolbar.read()).filter((t) => /replications|Done in|cancelled/i.test(t))).toEqual([]);

      // On the Scenario tab, Ctrl+Enter runs the scenario again.
      await page.getByRole('tab', { name: 'Scenario' }).click();
      await app.setField('replications', '3');
      await expect.poll(() => page.getByRole('button', { name: 'Run', exact: true }).getAttribute('aria-keyshortcuts')).toBe('Control+Enter');
      await runWithKeyboard(app);
    });
  });

  it('shows run-count and warm-up advice after a plain run, with an editable precision, in English and Norwegian', async () => {
    await withApp(suite, 'advice', async (app) => {
      const { page } = app;
      await makeQuick(app, { replications: 5, horizonDays: 1095, warmupDays: 30 });
      await runWithKeyboard(app);
      const panel = page.getByTestId('advice-panel');
      await panel.waitFor();
      expect(await panel.locator('tbody tr').count()).toBe(8);
      expect(await panel.locator('thead').textContent()).toMatch(/Within ±5\u00a0%\?/);
      for (const cell of await panel.locator('td.advice-met').allTextContents()) expect(cell).toMatch(/(yes|no: run more|too few values|mean of 0)/);
      const message = panel.getByTestId('warmup-message');
      expect(await message.textContent()).toMatch(/Warning: .*(shorter than the|did not settle)/);
      expect(await panel.locator('.chart-card svg .moving-average').count()).toBe(1);
      await app.shot('advice');
      await expectAccessibleWithin(app, ['[data-testid="advice-panel"]', '[data-testid="report-panel"]'], 'results with advice');

      const precision = panel.getByLabel('Precision asked for');
      await precision.fill('20');
      await expect.poll(() => panel.locator('thead').textContent()).toMatch(/Within ±20\u00a0%\?/);
      await precision.fill('0');
      expect(await panel.locator('.precision-input .error-text').textContent()).toBe('Give a precision between 0 and 100 %.');
      await precision.blur();

      // The run's report, from the Results tab.
      const report = await app.download(() => page.getByTestId('report-panel').getByRole('button', { name: 'Export report (HTML)' }).click());
      const parsed = await parseReport(app, report.bytes.toString('utf8'));
      expect(parsed.sections).toEqual(SECTIONS.filter((s) => s !== 'comparison'));
      expect(parsed.loads).toEqual([]);

      await page.getByLabel('Language').selectOption('nb');
      await page.getByRole('tab', { name: 'Resultater' }).waitFor();
      expect(await panel.locator('h3').first().textContent()).toBe('Råd om antall replikasjoner og oppvarming');
      await app.shot('advice-nb');
      await expectAccessibleWithin(app, ['[data-testid="advice-panel"]', '[data-testid="report-panel"]'], 'results with advice (nb)');
      await page.getByRole('tab', { name: 'Studie' }).click();
      await page.getByRole('button', { name: 'Legg til variant' }).click();
      await app.setField('variant-v1-services.long.beds', '−15 %');
      expect(await page.locator('.change-list li').textContent()).toMatch(/88 → 75 \(\u221214,8\u00a0%\)/);
      await app.shot('study-nb');
      await app.expectAccessible('study (nb)');
      const nbReport = await app.download(() => page.getByTestId('study-view').getByRole('button', { name: 'Lagre studie', exact: true }).click());
      expect(nbReport.name).toMatch(/\.kapasim-study\.json$/);
      const saved = JSON.parse(nbReport.bytes.toString('utf8'));
      expect(saved).toMatchObject({ schema: 'kapasim/study@1', variants: [{ name: 'Variant 1', changes: { 'services.long.beds': 75 } }] });
      expect(saved.baseline.schema).toBe('kapasim/scenario@1');
    });
  });
});
