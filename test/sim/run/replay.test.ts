import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../sim/model/simulate';
import { aggregateRun } from '../../../sim/run/aggregate';
import { compareReplay, differenceLines, MAX_DIFFERENCE_LINES, replayReport, replayScenario, sameValue } from '../../../sim/run/replay';
import type { RunResult } from '../../../sim/run/types';
import { validateRunFile } from '../../../sim/scenario/run-file';
import { exampleScenario, variant } from '../../support/scenarios';

const scenario = variant(exampleScenario(), (s) => {
  s.horizonDays = 700;
  s.warmupDays = 100;
  s.replications = 3;
});
const reps = Array.from({ length: 3 }, (_, i) => simulateReplication(scenario, i));
const saved = aggregateRun(scenario, reps);
/** A replay: the replications again, arriving in another order (as from two workers). */
const replay = (s = replayScenario(saved)) => aggregateRun(s, [2, 0, 1].map((i) => simulateReplication(s, i)));
const tamper = (change: (r: RunResult) => void): RunResult => {
  const copy = structuredClone(saved);
  change(copy);
  return copy;
};

describe('replaying a saved run (the module the CLI and the app share)', () => {
  it('replays with the file scenario, seed and replication count', () => {
    const s = replayScenario({ ...saved, seed: 7, replications: 2 });
    expect(s.seed).toBe(7);
    expect(s.replications).toBe(2);
    expect(s.services).toEqual(saved.scenario.services);
  });

  it('is identical: the same replications in any order, and after a save/open round trip of the file', () => {
    const c = compareReplay(saved, replay());
    expect(c.identical).toBe(true);
    expect(c.digest.same).toBe(true);
    expect(replayReport(c)).toEqual({ lines: [], notes: [] });
    const reopened = validateRunFile(JSON.parse(JSON.stringify(saved, null, 2)));
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    expect(compareReplay(reopened.value, replay(replayScenario(reopened.value))).identical).toBe(true);
  });

  it('names a tampered value: its metric, replication, old and new value, and says the engine is the same', () => {
    const old = saved.metrics.meanWaitDays!.values[1]!;
    const c = compareReplay(tamper((r) => (r.metrics.meanWaitDays!.values[1] = old + 0.5)), saved);
    expect(c.identical).toBe(false);
    expect(c.values).toEqual([{ metric: 'meanWaitDays', replication: 1, saved: old + 0.5, fresh: old }]);
    expect(c.affectedMetrics).toEqual(['meanWaitDays']);
    expect(c.affectedReplications).toEqual([1]);
    expect(c.engine.changed).toBe(false);
    expect(c.digest.same).toBe(true); // the digest was kept: only the value gives it away
    const { lines } = replayReport(c);
    expect(lines[0]).toMatch(/^1 value differs \(file → replay\), in metric meanWaitDays; replication 1:$/);
    expect(lines).toContain(`  replication 1, meanWaitDays: ${old + 0.5} → ${old}`);
  });

  it('names a changed engine version, with the numbers the same (a note) or not', () => {
    const c = compareReplay(tamper((r) => (r.engineVersion = '0.0.1')), saved);
    expect(c.identical).toBe(true);
    expect(c.engine).toEqual({ saved: '0.0.1', fresh: saved.engineVersion, changed: true });
    expect(replayReport(c).notes[0]).toBe(`engine version: the file was written by engine 0.0.1, this is engine ${saved.engineVersion}`);
  });

  it('says when only the digest differs', () => {
    const c = compareReplay(tamper((r) => (r.digest = '0'.repeat(64))), saved);
    expect(c.identical).toBe(false);
    expect(c.onlyDigest).toBe(true);
    expect(replayReport(c).lines.at(-1)).toMatch(/only the digest differs/);
  });

  it('finds a changed summary, a missing metric, a changed weekly series and histogram', () => {
    const c = compareReplay(
      tamper((r) => {
        r.metrics.bedOccupancy!.mean = 0.5;
        delete r.metrics['services.detox.occupancy'];
        r.series.values.waitingList!.mean[10] = -1;
        r.waitHistogram.share.hi[0] = 2;
      }),
      saved,
    );
    expect(c.summaries).toEqual([{ metric: 'bedOccupancy', field: 'mean', saved: 0.5, fresh: saved.metrics.bedOccupancy!.mean }]);
    expect(c.keys).toEqual([{ metric: 'services.detox.occupancy', only: 'replay' }]);
    expect(c.series).toEqual([
      { series: 'series.waitingList', index: 10, field: 'mean', saved: -1, fresh: saved.series.values.waitingList!.mean[10] },
      { series: 'waitHistogram', index: 0, field: 'hi', saved: 2, fresh: saved.waitHistogram.share.hi[0] },
    ]);
    expect(c.identical).toBe(false);
    expect(differenceLines(c)).toContain('metric services.detox.occupancy: not in the file, but the replay reports it');
  });

  it('finds every difference of a replay with another scenario, and shows the first lines and a count', () => {
    const other = variant(scenario, (s) => (s.services[0]!.beds = 10));
    const c = compareReplay(saved, replay(replayScenario({ ...saved, scenario: other })));
    expect(c.identical).toBe(false);
    expect(c.values.length).toBeGreaterThan(MAX_DIFFERENCE_LINES);
    const { lines } = replayReport(c);
    expect(lines.filter((l) => l.startsWith('  '))).toHaveLength(MAX_DIFFERENCE_LINES + 1);
    expect(lines.at(-1)).toMatch(/… and \d+ more differences \(\d+ in all\)/);
  });

  it('compares numbers bit for bit (−0 and 0 are one value, as JSON writes them)', () => {
    expect(sameValue(0, -0)).toBe(true);
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(false);
    expect(sameValue(null, 0)).toBe(false);
    expect(sameValue([1, null], [1, null])).toBe(true);
    expect(sameValue(undefined, null)).toBe(false);
  });
});
