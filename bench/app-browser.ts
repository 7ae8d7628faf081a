/**
 * What the bench's browser figures share: the built renderer (dist/renderer) served locally,
 * Debian's Chromium headless with the test suite's flags, fresh English pages of the app, and
 * files opened through its Open buttons as a planner would. Playwright is loaded at run time
 * (not bundled into dist/bench), so the bench runs, and says why it skipped these, without a
 * browser.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/e2e/chromium';
import { serveRenderer } from '../test/e2e/app/server';

export type Skipped = { ok: false; reason: string };

/**
 * Serves `distRenderer`, launches Chromium and runs `body` with it and the app's address;
 * closes both after. A missing build or browser gives a Skipped instead.
 */
export async function withAppBrowser<T>(distRenderer: string, body: (browser: Browser, url: string) => Promise<T>): Promise<T | Skipped> {
  if (!existsSync(join(distRenderer, 'index.html'))) return { ok: false, reason: `${distRenderer}/index.html is missing: build the renderer first (npx vite build)` };
  if (!existsSync(CHROMIUM)) return { ok: false, reason: `Chromium not found at ${CHROMIUM}` };
  const moduleName = 'playwright-core';
  const { chromium } = (await import(moduleName)) as typeof import('playwright-core');
  const server = await serveRenderer(distRenderer);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    return await body(browser, server.url);
  } finally {
    await browser?.close();
    await server.close();
  }
}

/**
 * A fresh context (nothing compiled or stored yet) with the app open in English at `url`,
 * its editor shown. `beforeLoad` runs in the page before the app's own scripts.
 */
export async function openAppPage(browser: Browser, url: string, beforeLoad?: { script: (arg: number) => void; arg: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
  await context.addInitScript(() => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('kapasim.lang', 'en'));
  if (beforeLoad) await context.addInitScript(beforeLoad.script, beforeLoad.arg);
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('scenario-editor').waitFor();
  return { context, page };
}

/** Opens `file` through one of the app's Open buttons (its file chooser). */
export async function openFileInApp(page: Page, button: 'Open…' | 'Open run…', file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button, exact: true }).click()]);
  await chooser.setFiles(file);
}

/** Writes `value` as JSON to a new temporary folder under `name`, and returns its path. */
export function writeTempJson(name: string, value: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kapasim-bench-')), name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}
