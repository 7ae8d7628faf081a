import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFrameStats, playAndMeasure, playerDay } from '../../../bench/player-frames';
import type { RunResult } from '../../../sim';
import { DEFAULT_SCENARIO, makeQuick, runWithKeyboard, shownDigest } from './flows';
import { OUT, startSuite, withApp, type AppPage, type Suite } from './harness';

// Run files in the app: save a run, open it (results at once, no run), replay it on 1 and 2
// workers ("identical", as the CLI says), a tampered copy (what differs, exactly); then the
// timeline player on a 7-year replication of the default: play (frame times measured), scrub,
// open a service's patients and one patient's history, with screenshots and axe.
const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
const CLI = join(ROOT, 'bin/kapasim.js');
const exec = promisify(execFile);

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

/** Opens a run file through the toolbar's Open run… (the browser's file chooser). */
async function openRun(app: AppPage, file: string): Promise<void> {
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.page.getByRole('button', { name: 'Open run…' }).click()]);
  await chooser.setFiles(file);
}

/** Replays with a number of workers (0: automatic) and returns the verdict text. */
async function replay(app: AppPage, workers: number): Promise<string> {
  const panel = app.page.getByTestId('replay-panel');
  await panel.getByLabel('Workers').selectOption(String(workers));
  await panel.getByRole('button', { name: 'Replay' }).click();
  const verdict = panel.getByTestId('replay-verdict');
  await verdict.waitFor({ timeout: 60_000 });
  return (await verdict.textContent()) ?? '';
}

/** `kapasim replay FILE`: exit code and output. */
async function cliReplay(file: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await exec(process.execPath, [CLI, 'replay', file], { cwd: ROOT, timeout: 120_000 });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { code?: number; stdout?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '' };
  }
}

describe('run files and replay in the app', () => {
  it('saves a run, opens it (results at once), replays it as identical on 1 and 2 workers, and names what a tampered copy changed', async () => {
    await withApp(suite, 'replay', async (app) => {
      const { page } = app;
      await makeQuick(app, { replications: 4 });
      await runWithKeyboard(app);
      const digest = await shownDigest(app);
      const saved = await app.download(() => page.getByRole('button', { name: 'Save run' }).click());
      expect(saved.name).toMatch(/\.kapasim-run\.json$/);
      const original = JSON.parse(saved.bytes.toString('utf8')) as RunResult;
      expect(original.digest).toBe(digest);

      // The CLI replays the app's file as identical too.
      const cli = await cliReplay(saved.file);
      expect(cli.stdout).toBe(`identical (digest ${digest})\n`);
      expect(cli.code).toBe(0);

      // Open it again: the results show at once, from the file, with no run.
      await page.getByRole('tab', { name: 'Scenario' }).click();
      await openRun(app, saved.file);
      await page.getByTestId('replay-panel').getByText(`Opened from ${basename(saved.file)}`).waitFor();
      expect(await page.getByRole('tab', { name: 'Results' }).getAttribute('aria-selected')).toBe('true');
      expect(await shownDigest(app)).toBe(digest);
      await app.shot('opened');

      expect(await replay(app, 1)).toMatch(new RegExp(`^Identical: .*digest ${digest}.*with 1 worker`));
      expect(await replay(app, 2)).toMatch(new RegExp(`^Identical: .*digest ${digest}.*with 2 worker`));
      await app.shot('identical');
      await app.expectAccessible('replay identical');

      // A tampered copy: one value of replication 3 changed, the digest and engine kept.
      const copy = structuredClone(original);
      const old = copy.metrics.bedOccupancy!.values[2]!;
      copy.metrics.bedOccupancy!.values[2] = 0.123;
      const tampered = app.writeOut('tampered.kapasim-run.json', JSON.stringify(copy, null, 2));
      await openRun(app, tampered);
      await page.getByTestId('replay-panel').getByText(`Opened from ${basename(tampered)}`).waitFor();
      expect(await replay(app, 0)).toMatch(/^Different: replaying this run does not reproduce it/);
      const panel = page.getByTestId('replay-panel');
      expect(await panel.textContent()).toMatch(/1 value\(s\) differ, in Bed occupancy \(bedOccupancy\); replication\(s\) 3\./);
      expect(await panel.textContent()).toMatch(/Engine version: the same/);
      const row = page.getByTestId('replay-differences').locator('tbody tr').first();
      expect(await row.locator('td').allTextContents()).toEqual(['Bed occupancy (bedOccupancy)', '3', '0.123', String(old)]);
      // The CLI names the same value.
      const cliDiff = await cliReplay(tampered);
      expect(cliDiff.code).toBe(3);
      expect(cliDiff.stdout).toContain(`replication 2, bedOccupancy: 0.123 → ${old}`);
      await app.shot('tampered');
      await app.expectAccessible('replay different');

      // A file that is not a run is refused with its problems; the shown results stay.
      const bad = app.writeOut('bad.kapasim-run.json', JSON.stringify({ ...copy, digest: 'nope', replications: 0 }));
      await openRun(app, bad);
      const alert = page.locator('.open-problems');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/Could not open replay-bad\.kapasim-run\.json/);
      expect(await alert.textContent()).toMatch(/digest/);
      await alert.getByRole('button', { name: 'OK' }).click();
    });
  });
});

describe('the timeline player', () => {
  it('opens from a chart at that time, plays a 7-year replication of the default smoothly, scrubs, and lists the patients at a service with a history', async () => {
    // The default, all 30 replications over 7 years, as the CLI writes it.
    const runFile = join(mkdtempSync(join(tmpdir(), 'kapasim-player-')), 'default.kapasim-run.json');
    await exec(process.execPath, [CLI, 'run', DEFAULT_SCENARIO, '--format', 'json', '--out', runFile], { cwd: ROOT, timeout: 120_000 });
    const run = JSON.parse(readFileSync(runFile, 'utf8')) as RunResult;
    expect(run.scenario.horizonDays).toBeGreaterThanOrEqual(7 * 365);

    await withApp(suite, 'player', async (app) => {
      const { page } = app;
      await openRun(app, runFile);
      await shownDigest(app);

      // A click on the waiting-list chart, two thirds of the way along, opens the player there.
      const plot = page.locator('.chart-card').first().locator('rect.time-click');
      const box = (await plot.boundingBox())!;
      await plot.click({ position: { x: box.width * (2 / 3), y: box.height / 2 } });
      await page.getByTestId('player-stage').waitFor({ timeout: 60_000 });
      expect(await page.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true');
      const clicked = await playerDay(page);
      expect(Math.abs(clicked - (2 / 3) * run.scenario.horizonDays)).toBeLessThan(30);
      const info = (await page.getByTestId('trace-info').textContent()) ?? '';
      expect(info).toMatch(/[\d,]+ events, [\d,]+ patients, [\d.]+ MB in memory/);
      await app.shot('opened-at-chart-time');

      // Play at normal speed (a month a second) from the start of year 2, and measure frames.
      await page.getByTestId('player-scrub').fill('365');
      expect(await playerDay(page)).toBe(365);
      const { stats, days, deltas, busyMsPerFrame } = await playAndMeasure(page, 5000);
      const busy = busyMsPerFrame === null ? '' : `; main thread busy ${busyMsPerFrame.toFixed(2)} ms per frame`;
      const line = `timeline player, default scenario (7 years), replication 1, normal speed (1 month/s), Chromium headless: ${formatFrameStats(stats)}${busy}; ${days} simulated days played`;
      console.log(line);
      writeFileSync(join(OUT, 'player-frames.txt'), `${line}\n${info}\nrequestAnimationFrame deltas (ms): ${deltas.map((d) => d.toFixed(1)).join(' ')}\n`);
      expect(days).toBeGreaterThan(100);
      expect(stats.frames).toBeGreaterThan(100);
      await app.shot('played');

      // Scrub to the middle of year 5 and check the diagram's counts are the trace's at that day.
      await page.getByTestId('player-scrub').fill('1640');
      expect(await playerDay(page)).toBe(1640);
      expect(await page.getByTestId('player-now').textContent()).toMatch(/Day 1,640 · \d{1,2} \w{3} \d{4}/);
      await app.shot('scrubbed');

      // The patients at long-term treatment on that day, and one patient's history.
      await page.getByRole('button', { name: 'List the patients at Long-term (6–12 months)' }).click();
      const list = page.getByTestId('player-patients');
      await list.getByRole('heading', { name: /Patients at Long-term \(6–12 months\), day 1,640/ }).waitFor();
      const rows = list.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(10);
      await rows.first().getByRole('button').click();
      const history = page.getByTestId('player-history');
      await history.waitFor();
      const lines = await history.locator('li .what').allTextContents();
      expect(lines[0]).toMatch(/^(Referred|In the system at the start)$/);
      expect(lines.join('\n')).toMatch(/Long-term \(6–12 months\)/);
      expect(await history.locator('.episode').first().textContent()).toBe('Episode 1');
      await app.shot('patient-history');
      await app.expectAccessible('player');

      // The keyboard: a service node is a button (Enter opens its patients).
      await page.getByRole('button', { name: 'List the patients at Municipal aftercare' }).focus();
      await page.keyboard.press('Enter');
      await list.getByRole('heading', { name: /Patients at Municipal aftercare, day 1,640/ }).waitFor();
      await app.shot('aftercare-patients');

      // Another replication: its own trace, at the same day.
      const firstInfo = await page.getByTestId('trace-info').textContent();
      await page.getByTestId('player-replication').fill('2');
      await expect.poll(() => page.getByTestId('trace-info').textContent(), { timeout: 60_000 }).not.toBe(firstInfo);
      expect(await page.getByTestId('player-replication').inputValue()).toBe('2');
      expect(await playerDay(page)).toBe(1640);

      // In bokmål: the same day, dates and counts in Norwegian.
      await page.getByLabel('Language').selectOption('nb');
      await page.getByRole('tab', { name: 'Tidslinje' }).waitFor();
      expect(await page.getByTestId('player-now').textContent()).toMatch(/Dag 1\s640 · 29\. juni? 2030/);
      await page.getByRole('button', { name: 'Vis pasientene ved Kommunalt ettervern' }).waitFor();
      await app.shot('player-nb');
      await app.expectAccessible('player in bokmål');
    });
  });
});
