import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { AppPage } from './harness';

const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
const CLI = resolve(ROOT, 'bin/kapasim.js');
const CLI_BUNDLE = resolve(ROOT, 'dist/cli/main.js');
const run = promisify(execFile);

export const DEFAULT_SCENARIO = resolve(ROOT, 'scenarios/default.kapasim.json');

/**
 * Short runs for the tests: few replications over three years, the first of them warm-up (two
 * years after it, so that readmission within 365 days has discharges to follow up).
 */
export async function makeQuick(app: AppPage, { replications = 4, horizonDays = 1095, warmupDays = 365 } = {}): Promise<void> {
  // Warm-up first, so that it is below the horizon at every step.
  await app.setField('warmupDays', String(warmupDays));
  await app.setField('horizonDays', String(horizonDays));
  await app.setField('replications', String(replications));
}

export interface RunSeen {
  /** Every text the run's part of the toolbar showed, in order (progress, then done). */
  texts: string[];
  /** What the run took by the app's own clock, from "Done in 1.23 s". */
  appSeconds: number;
  /** From the key press to the done message, measured by the test. */
  wallMs: number;
}

/**
 * Presses Ctrl+Enter and waits until this run's progress was shown and then its "Done in …".
 * The toolbar is watched with a MutationObserver, so a progress bar that lives one frame is seen.
 */
export async function runWithKeyboard(app: AppPage, { timeout = 60_000 } = {}): Promise<RunSeen> {
  const seen = await app.watchTexts('.run-group');
  const started = Date.now();
  await app.page.keyboard.press('Control+Enter');
  const progress = /\d+ (of|av) \d+ (replications|replikasjoner)/;
  const finished = /(Done in|Ferdig på) ([\d.,]+) s|(The run failed|Kjøringen feilet).*/;
  try {
    await app.page.waitForFunction(
      ({ key, p, f }) => {
        const texts = (window as unknown as Record<string, string[]>)[key];
        const i = texts.findIndex((t) => new RegExp(p).test(t));
        return i >= 0 && texts.slice(i).some((t) => new RegExp(f).test(t));
      },
      { key: seen.key, p: progress.source, f: finished.source },
      { timeout },
    );
  } catch (err) {
    throw new Error(`the run did not finish within ${timeout} ms; the toolbar showed:\n${(await seen.read()).join('\n')}`, { cause: err });
  }
  const wallMs = Date.now() - started;
  const texts = await seen.read();
  const end = texts.slice(texts.findIndex((t) => progress.test(t))).find((t) => finished.test(t))!;
  const m = finished.exec(end)!;
  if (!m[2]) throw new Error(`the run failed in the app: ${end}`);
  return { texts, appSeconds: Number(m[2].replace(',', '.')), wallMs };
}

/** Waits for the results screen of a finished run and returns the digest it shows. */
export async function shownDigest(app: AppPage): Promise<string> {
  const code = app.page.locator('.run-info .digest code');
  await code.waitFor();
  return (await code.textContent())!.trim();
}

/** The CLI's result for a scenario file (`kapasim run FILE --format json --out OUT`). */
export async function cliResult(scenarioFile: string, outFile: string): Promise<{ digest: string; seed: number; replications: number }> {
  if (!existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} is missing: build the CLI first (node scripts/build-cli.mjs; npm test does it)`);
  await run(process.execPath, [CLI, 'run', scenarioFile, '--format', 'json', '--out', outFile], { cwd: ROOT, timeout: 120_000 });
  const result = JSON.parse(readFileSync(outFile, 'utf8')) as { schema: string; digest: string; seed: number; replications: number };
  if (result.schema !== 'kapasim/result@1') throw new Error(`${outFile} is not a kapasim/result@1 file`);
  return result;
}
