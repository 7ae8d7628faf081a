/**
 * Frame times of the timeline player in Chromium: requestAnimationFrame deltas measured in the
 * page while the player plays at normal speed (a month a second), for one 7-year replication
 * of the default scenario. Used by `npm run bench` (on the built renderer, dist/renderer) and
 * by the browser test test/e2e/app/replay.test.ts, which prints the same figures.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { aggregateRun } from '../sim/run/aggregate';
import { simulateReplication } from '../sim/model/simulate';
import type { Scenario } from '../sim/scenario/types';
import { openAppPage, openFileInApp, withAppBrowser, writeTempJson, type Skipped } from './app-browser';

export interface FrameStats {
  /** Frames measured and the wall time they cover (s). */
  frames: number;
  seconds: number;
  /** The display's frame interval (ms), taken as the shortest common delta (median of the fastest half). */
  intervalMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Frames missed: a delta of k intervals misses k − 1 frames (k rounded). */
  dropped: number;
  /** Deltas longer than 1.5 intervals. */
  late: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(sorted.length - 1, lo + 1)] ?? sorted[lo]!) - sorted[lo]!);
}

export function frameStats(deltas: readonly number[]): FrameStats {
  const sorted = [...deltas].sort((a, b) => a - b);
  const interval = quantile(sorted.slice(0, Math.max(1, Math.ceil(sorted.length / 2))), 0.5);
  let dropped = 0;
  let late = 0;
  for (const d of deltas) {
    dropped += Math.max(0, Math.round(d / interval) - 1);
    if (d > 1.5 * interval) late++;
  }
  return {
    frames: deltas.length,
    seconds: deltas.reduce((a, b) => a + b, 0) / 1000,
    intervalMs: interval,
    medianMs: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    maxMs: sorted.at(-1) ?? NaN,
    dropped,
    late,
  };
}

/** requestAnimationFrame deltas (ms) in the page over `ms` of wall time. */
export function measureFrames(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(
    (ms) =>
      new Promise<number[]>((resolve) => {
        // The page's requestAnimationFrame (this file also type-checks without the DOM library).
        const g = globalThis as unknown as { requestAnimationFrame(cb: (now: number) => void): number };
        const raf = (cb: (now: number) => void) => g.requestAnimationFrame(cb);
        const deltas: number[] = [];
        let last: number | null = null;
        let total = 0;
        const frame = (now: number) => {
          if (last !== null) {
            deltas.push(now - last);
            total += now - last;
          }
          last = now;
          if (total < ms) raf(frame);
          else resolve(deltas);
        };
        raf(frame);
      }),
    ms,
  );
}

/** The player's day, read from its "Day 1,234" label. */
export async function playerDay(page: Page): Promise<number> {
  const text = (await page.getByTestId('player-now').locator('strong').textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}

/**
 * Plays the player (already showing a replication) at normal speed for `ms` and measures its
 * frames; pauses at the end. Returns the frame statistics and the simulated days played.
 */
export async function playAndMeasure(
  page: Page,
  ms = 5000,
  speed: 'day' | 'week' | 'month' | 'quarter' | 'year' = 'month',
): Promise<{ stats: FrameStats; days: number; deltas: number[]; busyMsPerFrame: number | null }> {
  await page.getByTestId('player-speed').selectOption(speed);
  const before = await playerDay(page);
  // The main thread's own work (script, style, layout, paint: Chromium's TaskDuration), so a
  // frame missed because another process had the CPU can be told from one the page was slow in.
  const cdp = await page.context().newCDPSession(page).catch(() => null);
  const taskSeconds = async (): Promise<number | null> => {
    if (!cdp) return null;
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? null;
  };
  await cdp?.send('Performance.enable');
  await page.getByTestId('player-play').click();
  // Let the first frames (the play button's own re-render) pass.
  await page.waitForTimeout(300);
  const task0 = await taskSeconds();
  const deltas = await measureFrames(page, ms);
  const task1 = await taskSeconds();
  await page.getByTestId('player-play').click();
  await cdp?.detach();
  const after = await playerDay(page);
  const busyMsPerFrame = task0 !== null && task1 !== null && deltas.length > 0 ? ((task1 - task0) * 1000) / deltas.length : null;
  return { stats: frameStats(deltas), days: after - before, deltas, busyMsPerFrame };
}

export function formatFrameStats(s: FrameStats): string {
  const f = (x: number) => x.toFixed(1);
  return (
    `${s.frames} frames in ${s.seconds.toFixed(1)} s (${(s.frames / s.seconds).toFixed(1)} fps; display interval ${f(s.intervalMs)} ms): ` +
    `median ${f(s.medianMs)} ms, 95th percentile ${f(s.p95Ms)} ms, longest ${f(s.maxMs)} ms; ` +
    `${s.dropped} dropped frame${s.dropped === 1 ? '' : 's'} (${s.late} late)`
  );
}

export type PlayerBench =
  | {
      ok: true;
      replication: number;
      traceInfo: string;
      normal: FrameStats;
      normalDays: number;
      normalBusyMs: number | null;
      fastest: FrameStats;
      fastestDays: number;
      fastestBusyMs: number | null;
    }
  | Skipped;

/**
 * The bench's run: the built renderer (dist/renderer) served locally, Chromium headless, the
 * default scenario's run file opened, the Timeline tab (replication 1, 7 years), played for
 * five seconds at normal speed and five at a year a second.
 */
export async function benchPlayerFrames(scenarioPath: string, distRenderer: string): Promise<PlayerBench> {
  return withAppBrowser(distRenderer, async (browser, url): Promise<PlayerBench> => {
    const scenario = JSON.parse(readFileSync(scenarioPath, 'utf8')) as Scenario;
    const run = aggregateRun(scenario, Array.from({ length: scenario.replications }, (_, i) => simulateReplication(scenario, i)));
    const file = writeTempJson('default.kapasim-run.json', run);
    const { page } = await openAppPage(browser, url);
    await openFileInApp(page, 'Open run…', file);
    await page.locator('.run-info .digest code').waitFor();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByTestId('player-stage').waitFor({ timeout: 120_000 });
    const traceInfo = ((await page.getByTestId('trace-info').textContent()) ?? '').trim();
    await page.getByTestId('player-scrub').fill('365');
    const normal = await playAndMeasure(page, 5000, 'month');
    await page.getByTestId('player-scrub').fill('0');
    const fastest = await playAndMeasure(page, 5000, 'year');
    return {
      ok: true,
      replication: 1,
      traceInfo,
      normal: normal.stats,
      normalDays: normal.days,
      normalBusyMs: normal.busyMsPerFrame,
      fastest: fastest.stats,
      fastestDays: fastest.days,
      fastestBusyMs: fastest.busyMsPerFrame,
    };
  });
}

/** dist/renderer beside dist/bench (the bench runs from dist/bench/bench.js). */
export function builtRenderer(): string {
  return fileURLToPath(new URL('../renderer', import.meta.url));
}
