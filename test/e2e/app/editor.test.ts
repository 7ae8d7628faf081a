import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from './flows';
import { startSuite, withApp, type Suite } from './harness';

// The scenario editor in Chromium against the built renderer (dist/renderer): the default
// loads, invalid values are blocked beside the field and in the summary, undo/redo work from
// the buttons and the keyboard, and every control is reachable with Tab.
const defaults = JSON.parse(readFileSync(DEFAULT_SCENARIO, 'utf8')) as { name: string; services: { id: string; beds?: number }[] };
const longBeds = String(defaults.services.find((s) => s.id === 'long')!.beds);

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

describe('scenario editor in the browser', () => {
  it('opens with the default scenario, in English', async () => {
    await withApp(suite, 'editor-default', async (app) => {
      const { page } = app;
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.getByRole('tab', { name: 'Scenario' }).getAttribute('aria-selected')).toBe('true');
      expect(await app.field('name').inputValue()).toBe(defaults.name);
      expect(await app.field('services.long.beds').inputValue()).toBe(longBeds);
      expect(await page.getByRole('button', { name: 'Run', exact: true }).isEnabled()).toBe(true);
      await expect.poll(() => page.title()).toBe(`${defaults.name} – Kapasim`);
      await page.locator('.pathway-diagram, [data-testid="pathway"], svg').first().waitFor();
      await app.shot('editor-top');
      await app.expectAccessible('editor (top)');
    });
  });

  it('blocks an invalid value: Run disabled, the message beside the field and in the summary', async () => {
    await withApp(suite, 'editor-invalid', async (app) => {
      const { page } = app;
      const run = page.getByRole('button', { name: 'Run', exact: true });
      const beds = app.field('services.long.beds');
      const issues = page.locator('[id="services.long.beds--issues"]');
      const summary = page.getByTestId('problem-summary');

      await app.setField('services.long.beds', '-5');
      await expect.poll(() => run.isDisabled()).toBe(true);
      expect(await beds.getAttribute('aria-invalid')).toBe('true');
      expect(await beds.getAttribute('aria-describedby')).toBe('services.long.beds--issues');
      await issues.waitFor();
      const message = (await issues.textContent())!;
      expect(message).toMatch(/^Problem:/);
      expect(message).toMatch(/-5|0|negative|at least/i);
      expect(await summary.textContent()).toContain('services.long.beds');
      expect(await page.locator('.run-blocked').textContent()).toMatch(/Fix the 1 problem/);
      await app.shot('beds-negative');
      await app.expectAccessible('editor with errors');

      // Ctrl+Enter does not start a blocked run.
      await page.keyboard.press('Control+Enter');
      expect(await page.locator('.run-progress').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Cancel' }).count()).toBe(0);

      // Text that is not a number is kept as typed and reported.
      await app.setField('services.long.beds', 'abc');
      expect(await beds.inputValue()).toBe('abc');
      await expect.poll(() => issues.textContent()).toMatch(/number|abc/i);
      expect(await run.isDisabled()).toBe(true);
      // The summary's link takes the planner to the field.
      await summary.getByRole('link', { name: /services\.long\.beds/ }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('services.long.beds');
      await app.shot('beds-text');
      await app.expectAccessible('editor with a text in a number field');

      // A valid value again unblocks the run.
      await app.setField('services.long.beds', '90');
      await expect.poll(() => run.isEnabled()).toBe(true);
      expect(await issues.count()).toBe(0);
      expect(await page.locator('.run-blocked').count()).toBe(0);
    });
  });

  it('a share out of range and shares that do not sum to 100 % are reported in %, the unit the fields are shown in, in both languages', async () => {
    const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
    for (const lang of ['en', 'nb'] as const) {
      await withApp(suite, `editor-share-${lang}`, async (app) => {
        const { page } = app;
        const summary = page.getByTestId('problem-summary');
        await app.setField('services.detox.dropoutShare', '150');
        const dropout = page.locator('[id="services.detox.dropoutShare--issues"]');
        await dropout.waitFor();
        const tooHigh = lang === 'en' ? 'must be at most 100 % (got 150 %)' : 'må være høyst 100 % (fikk 150 %)';
        expect(nbsp(await dropout.textContent())).toContain(tooHigh);
        expect(nbsp(await dropout.textContent())).toContain(lang === 'en' ? '(allowed: 0 % to 100 %)' : '(tillatt: 0 % til 100 %)');
        expect(nbsp(await summary.textContent())).toContain(tooHigh);
        // A group share that leaves the shares summing to more than 100 %.
        const first = (await page.locator('input[id^="groups."][id$=".share"]').first().getAttribute('id'))!;
        await app.setField(first, '99');
        await expect.poll(async () => nbsp(await summary.textContent())).toMatch(lang === 'en' ? /shares must sum to 100 %, but they sum to \d[\d.,]* %/ : /andelene må summere til 100 %, men summerer til \d[\d ,]* %/);
        expect(nbsp(await summary.textContent())).not.toMatch(/≤ 1\b|sum to 1\b|summere til 1\b/);
        await app.shot('share-messages');
      }, { lang });
    }
  });

  it('undoes and redoes with the buttons and with Ctrl+Z / Ctrl+Shift+Z', async () => {
    await withApp(suite, 'editor-undo', async (app) => {
      const { page } = app;
      const beds = app.field('services.long.beds');
      const undo = page.getByRole('button', { name: 'Undo' });
      const redo = page.getByRole('button', { name: 'Redo' });
      expect(await undo.isDisabled()).toBe(true);
      expect(await redo.isDisabled()).toBe(true);

      await app.setField('services.long.beds', '99');
      await app.setField('services.short.beds', '60');
      expect(await undo.isEnabled()).toBe(true);
      // Typing "99" is one undo step, not one per keystroke.
      await undo.click();
      expect(await app.field('services.short.beds').inputValue()).not.toBe('60');
      expect(await beds.inputValue()).toBe('99');
      await undo.click();
      expect(await beds.inputValue()).toBe(longBeds);
      expect(await undo.isDisabled()).toBe(true);
      await redo.click();
      expect(await beds.inputValue()).toBe('99');

      // The shortcuts work from anywhere on the page, also with focus in a field.
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('Control+z');
      expect(await beds.inputValue()).toBe(longBeds);
      await page.keyboard.press('Control+Shift+Z');
      expect(await beds.inputValue()).toBe('99');
      await page.keyboard.press('Control+Shift+Z');
      expect(await app.field('services.short.beds').inputValue()).toBe('60');
      expect(await redo.isDisabled()).toBe(true);
      await app.field('referrals.perYear').focus();
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+z');
      expect(await beds.inputValue()).toBe(longBeds);
      await page.keyboard.press('Control+y');
      expect(await beds.inputValue()).toBe('99');
      await app.shot('after-undo-redo');
    });
  });
});

/** Every element Tab can reach, in document order, tagged with its index; hidden and disabled ones left out. */
async function tabbables(app: Parameters<Parameters<typeof withApp>[2]>[0], scope: string): Promise<string[]> {
  return app.page.evaluate((scope) => {
    const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';
    const els = [...document.querySelectorAll<HTMLElement>(scope)].flatMap((root) => [...root.querySelectorAll<HTMLElement>(sel)]);
    const out: string[] = [];
    let n = 0;
    for (const el of els) {
      if ((el as HTMLButtonElement).disabled || el.tabIndex < 0 || el.closest('[inert], dialog:not([open])')) continue;
      if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      el.dataset.e2eTab = String(n++);
      out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`);
    }
    return out;
  }, scope);
}

describe('keyboard', () => {
  it('Tab reaches every control of the toolbar and the first editor sections in order, and Shift+Tab goes back', async () => {
    await withApp(suite, 'keyboard-tab', async (app) => {
      const { page } = app;
      const scope = '.app-header, .editor-nav, [data-testid="problem-summary"], #editor-section-general';
      const expected = await tabbables(app, scope);
      expect(expected.length).toBeGreaterThan(15);
      // Start from the top of the document, as after loading.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const reached: string[] = [];
      const where = () => page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.dataset.e2eTab ?? `outside: ${el?.tagName.toLowerCase()}${el?.id ? '#' + el.id : ''}`;
      });
      for (let i = 0; i < expected.length; i++) {
        await page.keyboard.press('Tab');
        reached.push(await where());
      }
      expect(reached.map((r) => expected[Number(r)] ?? r)).toEqual(expected);
      // One more Tab leaves the first section for the next one: no trap.
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { inGeneral: !!el.closest('#editor-section-general'), inEditor: !!el.closest('[data-testid="scenario-editor"]') };
      });
      expect(next).toEqual({ inGeneral: false, inEditor: true });
      // And back with Shift+Tab.
      const back: string[] = [];
      for (let i = expected.length - 1; i >= 0; i--) {
        await page.keyboard.press('Shift+Tab');
        back.push(await where());
      }
      expect(back.reverse().map((r) => expected[Number(r)] ?? r)).toEqual(expected);
      await page.keyboard.press('Tab');
      await app.shot('focus-visible');
    });
  });

  it('every control of the whole editor is reachable with Tab', async () => {
    await withApp(suite, 'keyboard-editor', async (app) => {
      const { page } = app;
      const expected = await tabbables(app, '.app-header, [data-testid="scenario-editor"]');
      await page.evaluate(() => {
        const w = window as unknown as { __reached: string[] };
        w.__reached = [];
        document.addEventListener('focusin', (e) => {
          const el = e.target as HTMLElement;
          w.__reached.push(el.dataset.e2eTab ?? `untagged ${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className}`);
        });
        (document.activeElement as HTMLElement | null)?.blur();
      });
      for (let i = 0; i < expected.length; i++) await page.keyboard.press('Tab');
      const reached = await page.evaluate(() => (window as unknown as { __reached: string[] }).__reached);
      expect(reached.map((r) => expected[Number(r)] ?? r)).toEqual(expected);
    });
  });

  it('the distribution editor opens with Enter, Esc closes it and focus returns to its button', async () => {
    await withApp(suite, 'keyboard-distribution', async (app) => {
      const { page } = app;
      const button = app.field('services.long.stayDays');
      const dialog = page.getByTestId('distribution-editor');
      await button.focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
      expect(await dialog.getByRole('heading').first().textContent()).toMatch(/Long-term/);
      // The preview shows the shape and its mean, median and p90.
      expect(await dialog.textContent()).toMatch(/Median/i);
      expect(await dialog.locator('svg').count()).toBeGreaterThan(0);
      await app.shot('distribution-dialog');
      await app.expectAccessible('distribution dialog');

      // The page behind the modal dialog is inert: Tab moves through the dialog (and past its
      // end to the browser's own controls, where the page has no focus), never to the editor.
      const inDialog: string[] = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(() => {
          const el = document.activeElement;
          return !el || el === document.body ? 'browser' : el.closest('dialog') ? (el.id || el.tagName.toLowerCase()) : `OUTSIDE ${el.id || el.tagName}`;
        });
        expect(at).not.toMatch(/^OUTSIDE/);
        inDialog.push(at);
      }
      expect(inDialog).toContain('services.long.stayDays.mean');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('services.long.stayDays');

      // Open again with Space, change the mean, close with the Done button from the keyboard.
      await page.keyboard.press('Space');
      await dialog.waitFor();
      const mean = dialog.locator('[id="services.long.stayDays.mean"]');
      await mean.focus();
      await mean.fill('200');
      await dialog.getByRole('button', { name: 'Done' }).focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('services.long.stayDays');
      expect(await button.textContent()).toMatch(/200/);
    });
  });
});
