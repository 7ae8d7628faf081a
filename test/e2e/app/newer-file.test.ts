import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSuite, withApp, type Suite } from './harness';

// Opening a file written by a newer Kapasim, in the browser build: the app says so (in the
// planner's language) and keeps the work on screen, instead of opening it with fields dropped.
let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

const NEWER = JSON.stringify({ schema: 'kapasim/scenario@2', name: 'From the future', horizonDays: 365, fieldFromTheFuture: { beds: 3 } });

describe('a file written by a newer Kapasim', () => {
  for (const lang of ['en', 'nb'] as const) {
    it(`is refused with a message that says so, and the current work stays (${lang})`, async () => {
      await withApp(
        suite,
        `newer-file-${lang}`,
        async (app) => {
          const { page } = app;
          await app.setField('services.long.beds', '77');
          // The edit is unsaved, so Open asks first; the planner says yes.
          page.once('dialog', (d) => void d.accept());
          const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: lang === 'en' ? 'Open…' : 'Åpne …', exact: true }).click()]);
          await chooser.setFiles({ name: 'future.kapasim.json', mimeType: 'application/json', buffer: Buffer.from(NEWER) });
          const alert = page.locator('.open-problems[role="alert"]');
          await alert.waitFor();
          const text = (await alert.textContent()) ?? '';
          expect(text).toContain('future.kapasim.json');
          expect(text).toContain(lang === 'en' ? 'written by a newer version of Kapasim (schema kapasim/scenario@2)' : 'nyere versjon av Kapasim (schema kapasim/scenario@2)');
          // Nothing was opened, even though the planner agreed to replace the work: the edit is still there.
          expect(await app.field('services.long.beds').inputValue()).toBe('77');
          expect(await app.field('name').inputValue()).not.toBe('From the future');
          await app.shot('refused');
          await app.expectAccessible('newer file refused');
        },
        { lang },
      );
    });
  }
});
