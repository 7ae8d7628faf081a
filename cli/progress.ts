/**
 * A one-line progress display on stderr (replications done of total, elapsed, time left),
 * shown only when stderr is a terminal so that logs and pipes stay clean.
 */

export interface Progress {
  update(done: number, total: number): void;
  /** Clears the line. */
  finish(): void;
}

/** m:ss or h:mm:ss. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** The progress text, e.g. `replications 12/30 · elapsed 0:14 · about 0:21 left`. */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const parts = [`replications ${done}/${total}`, `elapsed ${formatDuration(elapsedMs)}`];
  if (done > 0 && done < total) parts.push(`about ${formatDuration((elapsedMs / done) * (total - done))} left`);
  return parts.join(' · ');
}

const NONE: Progress = { update() {}, finish() {} };

export function createProgress(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return NONE;
  const start = now();
  let lastDraw = 0;
  let shown = false;
  let last: [number, number] = [0, 0];
  const draw = () => {
    stream.write(`\r\x1b[K${progressLine(last[0], last[1], now() - start)}`);
    shown = true;
    lastDraw = now();
  };
  // Redraw every second so the elapsed time moves even while a long replication runs.
  const timer = setInterval(draw, 1000);
  timer.unref();
  return {
    update(done, total) {
      last = [done, total];
      if (now() - lastDraw >= 100 || done === total) draw();
    },
    finish() {
      clearInterval(timer);
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
