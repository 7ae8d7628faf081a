import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { simulateReplication } from '../../sim/model/simulate';
import { aggregateRun } from '../../sim/run/aggregate';
import { exampleScenario, variant } from '../support/scenarios';
import { launchChromium } from './browser';

// The same scenario and seed must give the same digest in Node and in a browser: sim/ uses only
// seeded streams and IEEE arithmetic, and the digest is pure JavaScript SHA-256.
describe('digest in Chromium equals digest in Node', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('for the MODEL.md example with seasonality, growth and an initial state', async () => {
    const scenario = variant(exampleScenario(), (s) => {
      s.horizonDays = 1200;
      s.warmupDays = 200;
      s.referrals.seasonality = [1.2, 1.1, 1, 1, 0.9, 0.7, 0.6, 0.9, 1.1, 1.2, 1.2, 1.1];
      s.referrals.growth = 0.02;
      s.initialState = { waiting: { short: 30 }, inService: { long: 60 } };
    });
    const bundle = await build({
      entryPoints: [new URL('./fixtures/digest-entry.ts', import.meta.url).pathname],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
    });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setContent('<!doctype html><title>digest</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const inBrowser = await page.evaluate(
      ([s, n]) => (globalThis as any).kapasimRun(s, n),
      [scenario, 3] as const,
    );
    const inNode = aggregateRun(scenario, [0, 1, 2].map((i) => simulateReplication(scenario, i)));
    expect(errors).toEqual([]);
    expect(inBrowser.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(inBrowser.digest).toBe(inNode.digest);
    expect(inBrowser.meanWait).toBe(inNode.metrics.meanWaitDays.mean);
  });
});
