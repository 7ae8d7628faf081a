/**
 * The national scenario run in the app itself: Chromium on the built renderer (dist/renderer),
 * the scenario opened with Open… and run with Ctrl+Enter through the app's own pool of Web
 * Workers (renderer/run/pool.ts), once with 2 workers and once with 1. The pool has one worker
 * per core the page is told of, so the page is told of 2 cores, then of 1
 * (navigator.hardwareConcurrency); nothing else of the app is changed.
 *
 * Wall time: from the key press to the results' digest on screen, so it includes starting the
 * workers, progress updates, combining the replications and drawing the dashboard, as a
 * planner waits for it. The digest is read off the page, to compare with the CLI's.
 */
import { readFileSync } from 'node:fs';
import type { Scenario } from '../sim/scenario/types';
import { openAppPage, openFileInApp, withAppBrowser, writeTempJson, type Skipped } from './app-browser';

export interface AppNationalRun {
  workers: number;
  replications: number;
  horizonDays: number;
  /** Key press to the digest on screen. */
  wallMs: number;
  /** The wall time the app itself records for the run (Results → Run information), in s. */
  appWallSeconds: number | null;
  digest: string;
  /** Web Workers the page started (counted by wrapping its Worker constructor). */
  workersStarted: number;
}

export type AppNationalBench = { ok: true; runs: AppNationalRun[] } | Skipped;

/**
 * Runs `scenarioPath` in the app once per entry of `workers`, each in a fresh page. `size`
 * overrides the scenario's replications and horizon (the test runs a small one).
 */
export async function benchAppNational(
  scenarioPath: string,
  distRenderer: string,
  { workers = [2, 1], size }: { workers?: number[]; size?: { replications: number; horizonDays: number; warmupDays: number } } = {},
): Promise<AppNationalBench> {
  const scenario = { ...(JSON.parse(readFileSync(scenarioPath, 'utf8')) as Scenario), ...size };
  const file = writeTempJson('national.kapasim.json', scenario);
  return withAppBrowser(distRenderer, async (browser, url) => {
    const runs: AppNationalRun[] = [];
    for (const n of workers) {
      const { context, page } = await openAppPage(browser, url, { script: tellCoresAndCountWorkers, arg: n });
      await openFileInApp(page, 'Open…', file);
      await page.waitForFunction(
        (name) => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document.querySelector('.doc-name')?.textContent?.includes(name) ?? false,
        scenario.name,
      );
      const t0 = performance.now();
      await page.keyboard.press('Control+Enter');
      const digest = page.locator('.run-info .digest code');
      await digest.waitFor({ timeout: 600_000 });
      const wallMs = performance.now() - t0;
      const text = (await digest.textContent())?.trim() ?? '';
      const info = (await page.locator('.run-info').textContent()) ?? '';
      const seconds = /Wall time\s*([\d.,]+)\s*s/.exec(info);
      const workersStarted = await page.evaluate(() => (globalThis as unknown as { __workersStarted: number }).__workersStarted);
      runs.push({
        workers: n,
        replications: scenario.replications,
        horizonDays: scenario.horizonDays,
        wallMs,
        appWallSeconds: seconds ? Number(seconds[1]!.replace(',', '.')) : null,
        digest: text,
        workersStarted,
      });
      await context.close();
    }
    return { ok: true as const, runs };
  });
}

/** Runs in the page before the app: it has `cores` cores, and counts the Web Workers started. */
function tellCoresAndCountWorkers(cores: number): void {
  type Ctor = new (...args: unknown[]) => object;
  const g = globalThis as unknown as { Navigator: { prototype: object }; Worker: Ctor; __workersStarted: number };
  Object.defineProperty(g.Navigator.prototype, 'hardwareConcurrency', { get: () => cores, configurable: true });
  g.__workersStarted = 0;
  const Base = g.Worker;
  g.Worker = class extends Base {
    constructor(...args: unknown[]) {
      super(...args);
      g.__workersStarted++;
    }
  };
}

/** The bench's lines: each run, the 2 ÷ 1 worker ratio, and whether the digest is the CLI's. */
export function formatAppNational(b: AppNationalBench, cliDigest: string | null): string[] {
  if (!b.ok) return [`  skipped: ${b.reason}`];
  const lines = b.runs.map(
    (r) =>
      `  ${r.replications} repl. × ${(r.horizonDays / 365).toFixed(0)} years, ${r.workers} Web Worker${r.workers === 1 ? ' ' : 's'}: ${(r.wallMs / 1000).toFixed(1)} s from Ctrl+Enter to the results on screen` +
      (r.appWallSeconds === null ? '' : ` (the app's own record: ${r.appWallSeconds.toFixed(1)} s)`),
  );
  const two = b.runs.find((r) => r.workers === 2);
  const one = b.runs.find((r) => r.workers === 1);
  if (two && one) lines.push(`  wall time 2 Web Workers ÷ 1 = ${(two.wallMs / one.wallMs).toFixed(2)} (target ≤ 0.6)`);
  const digests = new Set(b.runs.map((r) => r.digest));
  const same = digests.size === 1 ? `digests identical (${b.runs[0]!.digest.slice(0, 16)}…)` : `DIGESTS DIFFER: ${[...digests].join(', ')}`;
  lines.push(`  ${same}${cliDigest === null ? '' : cliDigest === b.runs[0]!.digest ? "; the same as the CLI's" : `; NOT the CLI's (${cliDigest.slice(0, 16)}…)`}`);
  return lines;
}
