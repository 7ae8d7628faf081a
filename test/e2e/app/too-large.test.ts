import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSuite, withApp, type Suite } from './harness';

// A run that cannot fit in memory or time is refused before any worker starts, with the
// estimate and the limit, and the page stays usable.
let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

describe('a run too large to start', () => {
  it('is refused with its estimate and the limit', async () => {
    await withApp(suite, 'too-large', async (app) => {
      const { page } = app;
      await app.setField('referrals.perYear', '1000000');
      await app.setField('horizonDays', '36500');
      await app.setField('replications', '10000');
      await page.keyboard.press('Control+Enter');
      const alert = page.locator('.run-error[role="alert"]');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/too large to start: .*(GiB of memory|simulation events), more than/);
      expect(await page.locator('.run-progress').count()).toBe(0);
      await app.shot('refused');
    });
  });
});
