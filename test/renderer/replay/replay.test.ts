import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { simulateReplication, type RunResult, type Scenario } from '../../../sim';
import { compareReplay, replayScenario } from '../../../sim/run/replay';
import { initialState, reducer } from '../../../renderer/app/store';
import { runFileText } from '../../../renderer/export/run-file';
import { I18nProvider } from '../../../renderer/i18n/I18nProvider';
import type { Lang } from '../../../renderer/i18n/lang';
import { readRunFile } from '../../../renderer/replay/run-file';
import { ReplayPanel } from '../../../renderer/replay/ReplayPanel';
import { replayText } from '../../../renderer/replay/replay-text';
import { startRun } from '../../../renderer/run/pool';
import type { FromRunWorker, ToRunWorker } from '../../../renderer/run/protocol';
import { plain, runOf, shortScenario, textFor } from '../results/support';

/** The run worker's protocol in this thread, asynchronously, as the Web Worker would answer. */
class FakeWorker {
  onmessage: ((e: MessageEvent<FromRunWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  private scenario: Scenario | null = null;
  postMessage(msg: ToRunWorker): void {
    if (msg.type === 'init') {
      this.scenario = msg.scenario;
      return;
    }
    const scenario = this.scenario!;
    setTimeout(() => this.onmessage?.({ data: { type: 'result', result: simulateReplication(scenario, msg.replication) } } as MessageEvent<FromRunWorker>), msg.replication % 2 ? 5 : 0);
  }
  terminate(): void {}
}
const fake = () => new FakeWorker() as unknown as Worker;

const saved = runOf(shortScenario((s) => (s.replications = 4)));
const tampered = (change: (r: RunResult) => void): RunResult => {
  const copy = structuredClone(saved);
  change(copy);
  return copy;
};

describe('opening a run file in the app', () => {
  it('reads a saved run (as the app and the CLI write it) with the CLI validation, results as they were', () => {
    const read = readRunFile(runFileText(saved));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.result.digest).toBe(saved.digest);
    expect(read.result.metrics).toEqual(saved.metrics);
    expect(read.result.series).toEqual(saved.series);
  });

  it('refuses text that is not JSON, another kind of file, and a broken run, with the paths of its problems', () => {
    const notJson = readRunFile('{"schema": ');
    expect(notJson.ok).toBe(false);
    const scenario = readRunFile(JSON.stringify(saved.scenario));
    expect(scenario.ok).toBe(false);
    if (!scenario.ok) expect(scenario.issues.map((i) => i.path)).toContain('schema');
    const broken = readRunFile(JSON.stringify({ ...saved, digest: 'x', metrics: { ...saved.metrics, bedOccupancy: { ...saved.metrics.bedOccupancy, values: [1] } } }));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['digest', 'metrics.bedOccupancy.values']));
  });

  it('shows an opened run at once: results tab, from the file; a new run forgets the file', () => {
    let state = initialState({});
    state = reducer(state, { type: 'openRun', result: saved, fileName: 'a.kapasim-run.json' });
    expect(state.view).toBe('results');
    expect(state.lastResult).toBe(saved);
    expect(state.runFile).toEqual({ name: 'a.kapasim-run.json' });
    expect(state.run.status).toBe('idle');
    state = reducer(state, { type: 'runFinished', result: saved, wallMs: 1 });
    expect(state.runFile).toBeNull();
  });
});

describe('replay in the app (the worker pool, and the comparison the CLI uses)', () => {
  it.each([1, 2])('is identical with %i worker(s), also after a save/open round trip', async (workers) => {
    const reopened = readRunFile(runFileText(saved));
    if (!reopened.ok) throw new Error('not reopened');
    const fresh = await startRun(replayScenario(reopened.result), { workers, createWorker: fake }).result;
    const c = compareReplay(reopened.result, fresh);
    expect(c.identical).toBe(true);
    expect(fresh.digest).toBe(saved.digest);
    const text = replayText(c, saved.scenario, textFor('en'));
    expect(text.verdict).toBe(`Identical: the replay reproduces every number of this run (digest ${saved.digest}).`);
    expect(text.rows).toEqual([]);
  });

  it('names a tampered value by metric, replication (from 1), file and replay values, and says the engine is the same', () => {
    const old = saved.metrics.meanWaitDays!.values[1]!;
    const c = compareReplay(tampered((r) => (r.metrics.meanWaitDays!.values[1] = 99)), saved);
    const en = replayText(c, saved.scenario, textFor('en'));
    expect(en.identical).toBe(false);
    expect(en.verdict).toBe('Different: replaying this run does not reproduce it.');
    expect(en.notes).toEqual([
      '1 value(s) differ, in Mean wait to first treatment (meanWaitDays); replication(s) 2.',
      `Engine version: the same (${saved.engineVersion}), so the file was changed after it was written, or the engine changed without a version bump.`,
    ]);
    expect(en.rows).toEqual([{ what: 'Mean wait to first treatment (meanWaitDays)', replication: 2, file: '99', replay: String(old) }]);
    expect(en.cliLines).toEqual([`replication 1, meanWaitDays: 99 → ${old}`]);
    const nb = replayText(c, saved.scenario, textFor('nb'));
    expect(nb.verdict).toMatch(/^Forskjellig/);
    expect(plain(nb.notes[0]!)).toMatch(/^1 verdi\(er\) er forskjellige, i .* \(meanWaitDays\); replikasjon\(er\) 2\.$/);
  });

  it('says when the engine version changed, with the numbers the same or not, and when only the digest differs', () => {
    const same = replayText(compareReplay(tampered((r) => (r.engineVersion = '0.9.0')), saved), saved.scenario, textFor('en'));
    expect(same.identical).toBe(true);
    expect(same.notes).toEqual([`The run was written by engine 0.9.0, this is engine ${saved.engineVersion}; the numbers are the same.`]);
    const both = replayText(
      compareReplay(tampered((r) => {
        r.engineVersion = '0.9.0';
        r.metrics.costNokPerYear!.values[0] = 1;
      }), saved),
      saved.scenario,
      textFor('en'),
    );
    expect(both.notes.at(-1)).toBe(`Engine version: the run was written by engine 0.9.0, this is engine ${saved.engineVersion}, which can explain the differences.`);
    const digest = replayText(compareReplay(tampered((r) => (r.digest = 'f'.repeat(64))), saved), saved.scenario, textFor('en'));
    expect(digest.notes).toContain('Every number is the same: only the digest differs, so the digest in the file was changed or computed another way.');
  });

  it('shows the first 20 differences and counts the rest; series and histogram points by week and bin', () => {
    const c = compareReplay(
      tampered((r) => {
        for (const s of Object.values(r.metrics)) s.values = s.values.map((v) => (v === null ? null : v + 1));
        r.series.values.waitingList!.hi[3] = -5;
      }),
      saved,
    );
    const text = replayText(c, saved.scenario, textFor('en'));
    expect(text.rows).toHaveLength(20);
    expect(text.more).toMatch(/^… and [\d,]+ more differences \([\d,]+ in all\)\.$/);
    const seriesOnly = replayText(compareReplay(tampered((r) => (r.series.values.waitingList!.hi[3] = -5)), saved), saved.scenario, textFor('en'));
    expect(seriesOnly.rows[0]!.what).toBe('Series waitingList, week 4 (hi)');
  });
});

describe('the Replay panel', () => {
  const render = (lang: Lang, runFile: { name: string } | null) =>
    plain(renderToStaticMarkup(createElement(I18nProvider, { lang, children: createElement(ReplayPanel, { result: saved, runFile }) })).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
  it('says where an opened run came from, with the seed and replications a replay uses, in English and bokmål', () => {
    const en = render('en', { name: 'trust.kapasim-run.json' });
    expect(en).toContain(`Opened from trust.kapasim-run.json, written by engine ${saved.engineVersion}; not run again.`);
    expect(en).toContain(`seed (${saved.seed}) and 4 replications`);
    expect(en).toContain('Replay');
    expect(en).toMatch(/Workers automatic \(\d+\) 1 2 4/);
    expect(render('nb', null)).toContain('Kjør på nytt');
  });
});
