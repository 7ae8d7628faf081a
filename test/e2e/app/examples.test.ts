import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioFileName } from '../../../renderer/app/useFileActions';
import { OUT, startSuite, withApp, type AppPage, type Suite } from './harness';

// The Examples menu in Chromium: the shipped scenarios open as Open opens a file (asking first
// over unsaved work), as a new document (Save downloads under the scenario's name, not the
// shipped file's), with their names and descriptions in English and bokmål.
const SCENARIOS = resolve(new URL('../../../scenarios', import.meta.url).pathname);
const read = (file: string) => JSON.parse(readFileSync(resolve(SCENARIOS, file), 'utf8')) as { name: string; services: { id: string; beds?: number }[] };
const norway = read('norway.kapasim.json');
const mmc = read('mmc.kapasim.json');
const defaults = read('default.kapasim.json');

/** The top of the window with the list open (the full-page shot is too tall to read it in). */
const menuShot = (app: AppPage, lang: string) => app.page.screenshot({ path: join(OUT, `${app.name}-menu-${lang}-top.png`), clip: { x: 0, y: 0, width: 1000, height: 420 } });

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

describe('the Examples menu', () => {
  it('opens the national example, asks before replacing unsaved edits, and speaks bokmål', async () => {
    await withApp(suite, 'examples', async (app) => {
      const { page } = app;
      const menuButton = page.getByRole('button', { name: 'Examples' });
      const list = page.locator('.examples-list');
      const doc = page.locator('.doc-name');

      // Closed until asked; the open list names every shipped scenario with a line on it.
      expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
      await menuButton.click();
      expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
      const items = list.getByRole('button');
      expect(await items.count()).toBe(4);
      expect(await items.locator('strong').allTextContents()).toEqual(['Default: a mid-sized health trust', 'Fewer beds, stronger outpatient care', 'All of Norway', 'M/M/c queueing check']);
      expect(await list.getByRole('button', { name: /All of Norway/ }).textContent()).toContain('1,847 beds');
      // The first entry has the focus, so arrows and Enter work without the mouse.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-example'))).toBe('default');
      await app.shot('menu-en');
      await menuShot(app, 'en');
      await app.expectAccessible('examples menu open (en)');

      // Esc closes it and gives the focus back to the button.
      await page.keyboard.press('Escape');
      expect(await list.count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Examples/);

      // Nothing unsaved yet, so the national example opens at once.
      let asked = 0;
      page.on('dialog', () => void asked++);
      await menuButton.click();
      await list.getByRole('button', { name: /All of Norway/ }).click();
      await expect.poll(() => app.field('name').inputValue()).toBe(norway.name);
      expect(asked).toBe(0);
      const beds = await Promise.all(['detox', 'short', 'long'].map(async (id) => Number(await app.field(`services.${id}.beds`).inputValue())));
      expect(beds.reduce((a, b) => a + b, 0)).toBe(1847);
      expect(await app.field('replications').inputValue()).toBe('100');
      expect(await app.field('horizonDays').inputValue()).toBe('3650');
      await expect.poll(() => page.title()).toBe(`${norway.name} – Kapasim`);
      // Opened, not edited: no unsaved mark, no undo history (as after Open).
      expect((await doc.textContent())?.trim()).toBe(norway.name);
      expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
      await app.shot('norway-open');

      // A new document: Save downloads under the scenario's name, not as the shipped norway.kapasim.json.
      const saved = await app.download(() => page.getByRole('button', { name: 'Save', exact: true }).click());
      expect(saved.name).toBe(scenarioFileName(norway.name));
      expect(saved.name).not.toBe('norway.kapasim.json');
      expect(JSON.parse(saved.bytes.toString('utf8')).name).toBe(norway.name);

      // With an unsaved edit, choosing another example asks first; "no" keeps the edit.
      await app.setField('services.long.beds', '900');
      await expect.poll(() => doc.textContent()).toContain('•');
      const messages: string[] = [];
      page.once('dialog', (d) => {
        messages.push(d.message());
        void d.dismiss();
      });
      await menuButton.click();
      await list.getByRole('button', { name: /M\/M\/c/ }).click();
      await expect.poll(() => messages.length).toBe(1);
      expect(messages[0]).toContain(`unsaved changes to “${norway.name}”`);
      expect(await app.field('services.long.beds').inputValue()).toBe('900');
      expect(await app.field('name').inputValue()).toBe(norway.name);

      // "Yes" replaces it.
      page.once('dialog', (d) => void d.accept());
      await menuButton.click();
      await list.getByRole('button', { name: /M\/M\/c/ }).click();
      await expect.poll(() => app.field('name').inputValue()).toBe(mmc.name);
      expect(asked).toBe(2);
      expect(await doc.textContent()).not.toContain('•');

      // In bokmål: the button, the names and the descriptions.
      await page.getByLabel('Language').selectOption('nb');
      const nbButton = page.getByRole('button', { name: 'Eksempler' });
      await nbButton.click();
      expect(await items.locator('strong').allTextContents()).toEqual(['Standard: et mellomstort helseforetak', 'Færre senger, sterkere poliklinikk', 'Hele Norge', 'M/M/c-køsjekk']);
      expect(await list.getByRole('button', { name: /Hele Norge/ }).textContent()).toMatch(/1\s847 senger/);
      await app.shot('menu-nb');
      await menuShot(app, 'nb');
      await app.expectAccessible('examples menu open (nb)');

      // A click elsewhere closes it; the default example opens from the keyboard (not dirty: no question).
      await page.locator('.brand h1').click();
      expect(await list.count()).toBe(0);
      await nbButton.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-example'))).toBe('default');
      await page.keyboard.press('Enter');
      await expect.poll(() => app.field('name').inputValue()).toBe(defaults.name);
      expect(asked).toBe(2);
    });
  });

  it('opens from the desktop menu (File > Open Example) the same way, and Save then asks where', async () => {
    await withApp(suite, 'examples-desktop', async (app) => {
      const { page } = app;
      // A stand-in for the preload's window.kapasim: records saves and keeps the menu's listener.
      await app.context.addInitScript(() => {
        const w = window as unknown as Record<string, unknown>;
        const saves: unknown[] = [];
        w.__saves = saves;
        w.kapasim = {
          openFile: async () => null,
          saveFile: async (request: unknown) => (saves.push(request), { path: '/home/planner/national.kapasim.json' }),
          exportFile: async () => null,
          setDocumentState: () => undefined,
          autosave: async () => undefined,
          takeRecovery: async () => null,
          clearAutosave: async () => undefined,
          onMenuCommand: (listener: unknown) => ((w.__menu = listener), () => undefined),
          onOpenFile: () => () => undefined,
        };
      });
      await page.reload();
      await page.getByTestId('scenario-editor').waitFor();
      const menu = (command: string) => page.evaluate((c) => (window as unknown as { __menu(c: string): void }).__menu(c), command);

      await menu('example:norway');
      await expect.poll(() => app.field('name').inputValue()).toBe(norway.name);
      // Unsaved edits: the menu asks first too, and "no" keeps them.
      await app.setField('services.long.beds', '900');
      page.once('dialog', (d) => void d.dismiss());
      await menu('example:mmc');
      await expect.poll(() => app.field('services.long.beds').inputValue()).toBe('900');
      expect(await app.field('name').inputValue()).toBe(norway.name);

      // No path: the shell shows its Save dialog instead of writing over the shipped file.
      await menu('save');
      await expect.poll(() => page.evaluate(() => (window as unknown as { __saves: unknown[] }).__saves.length)).toBe(1);
      const [request] = await page.evaluate(() => (window as unknown as { __saves: { path?: string; suggestedName: string }[] }).__saves);
      expect(request.path).toBeUndefined();
      expect(request.suggestedName).toBe(scenarioFileName(norway.name));
    });
  });
});
