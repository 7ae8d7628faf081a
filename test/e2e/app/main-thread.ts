import type { Browser, Page } from 'playwright-core';

/**
 * How long the page's main thread was busy while `action` ran, from a Chromium trace: the
 * summed tasks of the renderer main thread that hosts the page (the run's Web Workers have
 * threads of their own and are not counted). For figures to record, never to assert: the
 * machine is shared.
 */
export interface MainThreadTime {
  /** Wall time of `action`, ms. */
  wallMs: number;
  /** Main-thread tasks, ms (overlapping tasks counted once). */
  busyMs: number;
  /** Of which JavaScript (compiled and run, incl. React's renders), ms. */
  scriptMs: number;
  /** Of which style, layout and paint, ms. */
  renderMs: number;
  /** Tasks over 50 ms (long tasks) and their summed length, ms. */
  longTasks: number;
  longTaskMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { frames?: { processId?: number; url?: string }[] } };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'];
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'v8.evaluateModule']);
const RENDER = new Set(['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'ParseAuthorStyleSheet', 'HitTest']);

/** Sums of intervals with overlaps merged, so nested events count once. */
function unionMs(spans: { ts: number; dur: number }[]): number {
  const sorted = spans.slice().sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = -Infinity;
  for (const s of sorted) {
    const e = s.ts + s.dur;
    if (e <= end) continue;
    total += e - Math.max(s.ts, end);
    end = e;
  }
  return total / 1000;
}

/** The main-thread time of the page's renderer in a trace (see `MainThreadTime`). */
export function mainThreadTime(events: readonly TraceEvent[], wallMs: number): MainThreadTime {
  // The page's renderer process, as the browser names it when tracing starts.
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const pids = new Set((started?.args?.data?.frames ?? []).map((f) => f.processId).filter((p): p is number => typeof p === 'number'));
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (pids.size === 0 || pids.has(e.pid)));
  if (!main) throw new Error('the trace has no main thread for the page (CrRendererMain)');
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number') as (TraceEvent & { dur: number })[];
  const tasks = on.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  if (tasks.length === 0) throw new Error('the trace has no main-thread tasks (RunTask)');
  const long = tasks.filter((e) => e.dur > 50_000);
  return {
    wallMs,
    busyMs: unionMs(tasks),
    scriptMs: unionMs(on.filter((e) => SCRIPT.has(e.name))),
    renderMs: unionMs(on.filter((e) => RENDER.has(e.name))),
    longTasks: long.length,
    longTaskMs: unionMs(long),
  };
}

/** Traces `action` in `page` and returns the page's main-thread time during it. */
export async function traceMainThread(browser: Browser, page: Page, action: () => Promise<void>): Promise<MainThreadTime> {
  await browser.startTracing(page, { categories: CATEGORIES });
  const t0 = Date.now();
  try {
    await action();
  } catch (err) {
    await browser.stopTracing().catch(() => undefined);
    throw err;
  }
  const wallMs = Date.now() - t0;
  const trace = await browser.stopTracing();
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return mainThreadTime(Array.isArray(parsed) ? parsed : parsed.traceEvents, wallMs);
}

/** One line for a text file, e.g. "main thread busy 412 ms of 9.8 s (script 301 ms, style/layout/paint 60 ms; 2 long tasks, 130 ms)". */
export function formatMainThread(m: MainThreadTime): string {
  const ms = (v: number) => `${Math.round(v)} ms`;
  return `main thread busy ${ms(m.busyMs)} of ${(m.wallMs / 1000).toFixed(1)} s (script ${ms(m.scriptMs)}, style/layout/paint ${ms(m.renderMs)}; ${m.longTasks} long tasks, ${ms(m.longTaskMs)})`;
}
