/**
 * How long the Results dashboard takes to render a run of 100 replications over 10 years
 * (522 weekly points per series, the last week cut short, each with its 95 % band), in Chromium on the built renderer
 * (dist/renderer). Used by `npm run bench` and by the browser test
 * test/e2e/app/dashboard-render.test.ts, which records the same figures.
 *
 * What is measured, in the page's own clock (performance.now()):
 *
 * - delivery: a run started with Ctrl+Enter on the Scenario tab, through the app's normal run
 *   path (Web Workers). The clock starts when the handler of the last worker message returns:
 *   by then the replications are aggregated and `runFinished` is about to be dispatched (it
 *   is, in the microtask that follows). Aggregation itself is model work, not rendering, and
 *   is reported on its own. The clock stops when the frame that painted the last DOM change
 *   of the render has been painted (see below). The first results in a fresh page are reported
 *   apart from later ones: that render also compiles the dashboard's code for the first time.
 * - mount: the same results shown again by clicking the Results tab from the Scenario tab
 *   (the tab's contents are unmounted when another tab is shown, so this mounts the whole
 *   dashboard afresh). The clock starts just before the click.
 *
 * "Painted": every DOM change is time-stamped by a MutationObserver (its callback, in the
 * microtask after the change), and every frame by a requestAnimationFrame callback plus a
 * message posted from it, which runs after that frame's style, layout and paint. A change is painted by the first frame whose callback runs after
 * it. The render is over once three frames in a row change nothing; the figure is the time to
 * the end of the frame that painted its last change (so a second render, e.g. the charts
 * redrawn at their measured width, is included). "First paint" is the frame that painted its
 * first change. Compositing and rasterisation on other threads are not included. The
 * recorder asks for a frame every vsync while the page is open, which costs the page a
 * callback and a message per frame.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Scenario } from '../sim/scenario/types';
import { openAppPage, openFileInApp, withAppBrowser, writeTempJson, type Skipped } from './app-browser';

/** The run the figures are for: 100 replications over 10 years. */
export const DASHBOARD_RUN = { replications: 100, horizonDays: 3650 } as const;

/** One render, in ms from its start. */
export interface RenderSpan {
  firstPaintMs: number;
  paintedMs: number;
}

/** The part of the page the recorder lives in (this file also type-checks without the DOM library). */
interface PageGlobals {
  __kapasimPaint?: Recorder;
  performance: { now(): number };
  requestAnimationFrame(cb: () => void): number;
  document: { body: unknown; querySelector(s: string): unknown };
  MutationObserver: new (cb: () => void) => { observe(target: unknown, options: Record<string, boolean>): void };
  MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(m: unknown): void } };
  Worker: { prototype: object };
}
interface Recorder {
  mutations: number[];
  /** Per frame: when its requestAnimationFrame callback ran, and when the task after its paint ran. */
  frames: { raf: number; after: number }[];
  /** Start and end of each worker message handler. */
  messages: { start: number; end: number }[];
  /** When the results' run information first appeared (null: not yet). */
  resultsAt: number | null;
}

/** Installs the recorder (DOM changes, frames, worker message handlers) in the page; once per page. */
export async function installPaintRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    if (g.__kapasimPaint) return;
    const rec: Recorder = { mutations: [], frames: [], messages: [], resultsAt: null };
    g.__kapasimPaint = rec;
    new g.MutationObserver(() => {
      const now = g.performance.now();
      rec.mutations.push(now);
      if (rec.resultsAt === null && g.document.querySelector('.run-info .digest')) rec.resultsAt = now;
    }).observe(g.document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const channel = new g.MessageChannel();
    let raf = 0;
    channel.port1.onmessage = () => {
      rec.frames.push({ raf, after: g.performance.now() });
      g.requestAnimationFrame(frame);
    };
    const frame = () => {
      raf = g.performance.now();
      channel.port2.postMessage(null);
    };
    g.requestAnimationFrame(frame);
    // The run pool sets `worker.onmessage`: wrap each handler to time it.
    type Handler = (this: unknown, e: unknown) => unknown;
    const proto = g.Worker.prototype;
    const own = Object.getOwnPropertyDescriptor(proto, 'onmessage')!;
    Object.defineProperty(proto, 'onmessage', {
      ...own,
      set(this: unknown, handler: Handler | null) {
        const timed = handler && function (this: unknown, e: unknown) {
          const start = g.performance.now();
          try {
            return handler.call(this, e);
          } finally {
            rec.messages.push({ start, end: g.performance.now() });
          }
        };
        own.set!.call(this, timed);
      },
    });
  });
}

/** The span of the render that started at `t0`, or null while it is still going (see the file comment). */
function spanAfter(page: Page, t0: number): Promise<RenderSpan | null> {
  return page.evaluate((t0) => {
    const rec = (globalThis as unknown as PageGlobals).__kapasimPaint!;
    const changes = rec.mutations.filter((m) => m >= t0);
    if (changes.length === 0) return null;
    let first: number | null = null;
    let last: number | null = null;
    let quiet = 0;
    let prev = t0;
    for (const f of rec.frames) {
      if (f.raf <= t0) continue;
      const painted = changes.some((m) => m > prev && m < f.raf);
      prev = f.raf;
      if (painted) {
        first ??= f.after;
        last = f.after;
        quiet = 0;
      } else if (first !== null && ++quiet >= 3) {
        return { firstPaintMs: first - t0, paintedMs: last! - t0 };
      }
    }
    return null;
  }, t0);
}

async function settled(page: Page, t0: number, timeout = 10_000): Promise<RenderSpan> {
  const end = Date.now() + timeout;
  for (;;) {
    const span = await spanAfter(page, t0);
    if (span) return span;
    if (Date.now() > end) throw new Error(`the render that started at ${t0.toFixed(1)} ms did not settle within ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}

/**
 * Runs the scenario in the editor with Ctrl+Enter from the Scenario tab and times the
 * delivery of its results (see the file comment). Also returns how long the last worker
 * message's handler took: the aggregation of every replication, before the clock starts.
 */
export async function measureDelivery(page: Page, timeout = 120_000): Promise<RenderSpan & { aggregateMs: number }> {
  await installPaintRecorder(page);
  await page.getByRole('tab', { name: 'Scenario' }).click();
  await page.getByTestId('scenario-editor').waitFor();
  await page.evaluate(() => void ((globalThis as unknown as PageGlobals).__kapasimPaint!.resultsAt = null));
  await page.keyboard.press('Control+Enter');
  await page.locator('.run-info .digest').waitFor({ timeout });
  const last = await page.evaluate(() => {
    const rec = (globalThis as unknown as PageGlobals).__kapasimPaint!;
    return rec.messages.filter((m) => m.end <= rec.resultsAt!).at(-1) ?? null;
  });
  if (!last) throw new Error('no worker message was seen before the results appeared');
  const span = await settled(page, last.end);
  return { ...span, aggregateMs: last.end - last.start };
}

/** Shows the Scenario tab, then times the Results tab mounting the dashboard of the latest run. */
export async function measureMount(page: Page): Promise<RenderSpan> {
  await installPaintRecorder(page);
  await page.getByRole('tab', { name: 'Scenario' }).click();
  await page.getByTestId('scenario-editor').waitFor();
  // Let the editor's own frames pass, so they are not counted.
  await page.waitForTimeout(300);
  const t0 = await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals & { document: { getElementById(id: string): { click(): void } | null } };
    const tab = g.document.getElementById('tab-results');
    if (!tab) throw new Error('no Results tab');
    const t0 = g.performance.now();
    tab.click();
    return t0;
  });
  const span = await settled(page, t0);
  await page.locator('.run-info .digest').waitFor();
  return span;
}

/** What the dashboard shows: weekly points per series, time-series charts, bands drawn. */
export async function dashboardShape(page: Page): Promise<{ weeks: number; charts: number; bands: number; xTicks: string[] }> {
  const section = page.locator('section[aria-labelledby="results-series"]');
  const charts = await section.locator('.chart-card svg').count();
  const bands = await section.locator('path.band').count();
  // The first chart's band path: one point per week along the top edge and one back along the bottom.
  const d = (await section.locator('path.band').first().getAttribute('d')) ?? '';
  const points = (d.match(/[ML]/g) ?? []).length;
  const xTicks = await section.locator('.chart-card').first().locator('.axis-x > g > text').allTextContents();
  return { weeks: points / 2, charts, bands, xTicks };
}

/** A delivery: its render span, and the aggregation before the clock started. */
export type DeliverySpan = RenderSpan & { aggregateMs: number };

export type DashboardBench =
  | {
      ok: true;
      replications: number;
      horizonDays: number;
      weeks: number;
      charts: number;
      bands: number;
      /** The first results in each fresh page (code not yet compiled or optimised). */
      cold: DeliverySpan[];
      /** Results of later runs in the same pages. */
      warm: DeliverySpan[];
      /** The Results tab shown again. */
      mount: RenderSpan[];
    }
  | Skipped;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) / 2;
  return s.length === 0 ? NaN : (s[Math.floor(h)]! + s[Math.ceil(h)]!) / 2;
}

/**
 * The bench's run: the built renderer served locally, Chromium headless; in each of `sessions`
 * fresh pages, the scenario opened with 100 replications over 10 years and run `deliveries`
 * times from the Scenario tab, then the Results tab mounted `mounts` times. `screenshot`: a
 * full-page PNG of the last page's results.
 */
export async function benchDashboardRender(
  scenarioPath: string,
  distRenderer: string,
  { sessions = 3, deliveries = 2, mounts = 5, screenshot }: { sessions?: number; deliveries?: number; mounts?: number; screenshot?: string } = {},
): Promise<DashboardBench> {
  const scenario = { ...(JSON.parse(readFileSync(scenarioPath, 'utf8')) as Scenario), ...DASHBOARD_RUN };
  const file = writeTempJson('dashboard.kapasim.json', scenario);
  return withAppBrowser(distRenderer, async (browser, url): Promise<DashboardBench> => {
    const cold: DeliverySpan[] = [];
    const warm: DeliverySpan[] = [];
    const mount: RenderSpan[] = [];
    let shape: Awaited<ReturnType<typeof dashboardShape>> | null = null;
    for (let k = 0; k < sessions; k++) {
      // A fresh context each time: a new page that has compiled none of the dashboard's code.
      const { context, page } = await openAppPage(browser, url);
      await openFileInApp(page, 'Open…', file);
      // The editor shows the opened file once its replications field says so.
      await page.waitForFunction(
        (n) => (globalThis as unknown as { document: { getElementById(id: string): { value?: string } | null } }).document.getElementById('replications')?.value === String(n),
        DASHBOARD_RUN.replications,
      );
      for (let i = 0; i < deliveries; i++) (i === 0 ? cold : warm).push(await measureDelivery(page));
      for (let i = 0; i < mounts; i++) mount.push(await measureMount(page));
      shape = await dashboardShape(page);
      if (screenshot && k === sessions - 1) await page.screenshot({ path: screenshot, fullPage: true });
      await context.close();
    }
    if (!shape) return { ok: false, reason: 'no sessions run' };
    return { ok: true, ...DASHBOARD_RUN, weeks: shape.weeks, charts: shape.charts, bands: shape.bands, cold, warm, mount };
  });
}

/** The bench's lines: medians against the 200 ms target, and every run. */
export function formatDashboardRender(b: DashboardBench): string[] {
  if (!b.ok) return [`  dashboard render skipped: ${b.reason}`];
  const f = (x: number) => x.toFixed(0);
  const line = (what: string, spans: readonly RenderSpan[]) => {
    if (spans.length === 0) return `  ${what}: not measured`;
    const painted = spans.map((s) => s.paintedMs);
    // A render painted over several frames (e.g. drawn again at a new width) shows its first paint too.
    const split = spans.some((s) => s.firstPaintMs < s.paintedMs) ? `; first change painted at ${spans.map((s) => f(s.firstPaintMs)).join(', ')} ms` : '';
    return `  ${what}: median ${f(median(painted))} ms (target < 200 ms); runs: ${painted.map(f).join(', ')} ms${split}`;
  };
  const delivered = [...b.cold, ...b.warm];
  return [
    `  ${b.replications} replications × ${b.horizonDays / 365} years: ${b.charts} time-series charts, ${b.weeks} weekly points each, ${b.bands} CI bands`,
    line(`first results in a fresh page (last worker message → last change painted)`, b.cold),
    line(`results of a later run in the same page`, b.warm),
    line(`Results tab shown again (click → last change painted)`, b.mount),
    `  not counted: aggregating the replications on the main thread before the clock starts, ${delivered.map((s) => f(s.aggregateMs)).join(', ')} ms`,
  ];
}
