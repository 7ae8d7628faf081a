import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQuick } from './flows';
import { startSuite, withApp, type AppPage, type Suite } from './harness';

// A simulation worker that fails, in the browser build: the run stops with the reason shown
// (role=alert), never a hang, and the app can run again. The worker script is swapped in the
// browser's network layer (context.route), served with the app's own CSP header.
let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

/** Worker scripts: one that reports a failed replication, one whose code throws (a crash). */
const WORKERS = {
  reports: `self.onmessage = (e) => { if (e.data.type === 'run') self.postMessage({ type: 'error', replication: e.data.replication, message: 'injected failure' }); };`,
  crashes: `self.onmessage = (e) => { if (e.data.type === 'run') throw new Error('injected crash'); };`,
};

async function swapWorker(app: AppPage, body: string): Promise<() => Promise<void>> {
  const pattern = '**/assets/worker-*.js';
  const handler = (route: Route) =>
    route.fulfill({ status: 200, body, headers: { 'content-type': 'text/javascript; charset=utf-8', 'content-security-policy': suite.server.csp, 'cache-control': 'no-store' } });
  await app.context.route(pattern, handler);
  return () => app.context.unroute(pattern, handler);
}

/** Starts a run with Ctrl+Enter and waits for the failure alert; returns its text and how long it took. */
async function runUntilFailure(app: AppPage): Promise<{ text: string; ms: number }> {
  const started = Date.now();
  await app.page.keyboard.press('Control+Enter');
  const alert = app.page.locator('.run-error[role="alert"]');
  await alert.waitFor({ timeout: 15_000 });
  return { text: (await alert.textContent())!.trim(), ms: Date.now() - started };
}

describe('a simulation worker that fails', () => {
  it('a replication reported as failed stops the run with its reason; the next run works', async () => {
    await withApp(suite, 'worker-fails', async (app) => {
      await makeQuick(app, { replications: 4 });
      const restore = await swapWorker(app, WORKERS.reports);
      const { text, ms } = await runUntilFailure(app);
      expect(text).toMatch(/^The run failed: replication \d failed: injected failure$/);
      expect(ms).toBeLessThan(15_000);
      expect(await app.page.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
      expect(await app.page.getByRole('button', { name: 'Run', exact: true }).isEnabled()).toBe(true);
      await app.shot('failed');
      await app.expectAccessible('run failed');

      // With the real worker back, the same scenario runs to the end.
      await restore();
      await app.page.keyboard.press('Control+Enter');
      await app.page.locator('.run-group', { hasText: /Done in [\d.,]+ s/ }).waitFor({ timeout: 60_000 });
      expect(await app.page.locator('.run-error').count()).toBe(0);
    });
  });

  it('a worker that crashes (an uncaught error) stops the run with an alert, not a hang', async () => {
    await withApp(suite, 'worker-crashes', async (app) => {
      await makeQuick(app, { replications: 4 });
      await swapWorker(app, WORKERS.crashes);
      const { text } = await runUntilFailure(app);
      expect(text).toMatch(/^The run failed: a simulation worker crashed: .*injected crash/);
      expect(await app.page.getByRole('button', { name: 'Run', exact: true }).isEnabled()).toBe(true);
      // Chromium also logs the worker's uncaught error to the console: that one is expected
      // here (it is the crash under test); any other problem still fails the test.
      const expected = (p: string) => /^console error.*injected crash/.test(p);
      const others = app.problems.filter((p) => !expected(p));
      app.problems.length = 0;
      app.problems.push(...others);
      await app.shot('crashed');
    });
  });
});
