import { describe, expect, it } from 'vitest';
import { aggregateRun, simulateReplication, type Scenario } from '../../../sim';
import { startCases } from '../../../renderer/run/case-pool';
import { RunCancelled } from '../../../renderer/run/pool';
import type { FromRunWorker, ToRunWorker } from '../../../renderer/run/protocol';
import { startStudy } from '../../../renderer/run/study-run';
import { planStudy } from '../../../renderer/study/model/plan';
import { addVariant, emptyStudy } from '../../../renderer/study/model/draft';
import { smallDefault } from './support';

/** A stand-in for the Web Worker: runs worker.ts's protocol in this thread, one message at a time, asynchronously. */
class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((e: MessageEvent<FromRunWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  scenario: Scenario | null = null;
  terminated = false;
  inits = 0;
  runs = 0;
  /** Replications posted and not yet answered, and the most there ever were. */
  pending = 0;
  maxPending = 0;
  constructor(private readonly fail?: number) {
    FakeWorker.created.push(this);
  }
  postMessage(msg: ToRunWorker): void {
    if (msg.type === 'init') {
      this.scenario = msg.scenario;
      this.inits++;
      return;
    }
    const scenario = this.scenario;
    this.maxPending = Math.max(this.maxPending, ++this.pending);
    setTimeout(() => {
      if (this.terminated) return;
      this.runs++;
      this.pending--;
      const reply: FromRunWorker =
        msg.replication === this.fail ? { type: 'error', replication: msg.replication, message: 'boom' } : { type: 'result', result: simulateReplication(scenario!, msg.replication) };
      this.onmessage?.({ data: reply } as MessageEvent<FromRunWorker>);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const asWorker = (w: FakeWorker) => w as unknown as Worker;

describe('one worker pool for every case of a study', () => {
  const a = smallDefault(3);
  const b = { ...a, services: a.services.map((s) => (s.id === 'long' ? { ...s, beds: 60 } : s)) };

  it('gives each case the run startRun would (same digest), counts progress over every replication and stops its workers', async () => {
    FakeWorker.created = [];
    const progress: [number, number][] = [];
    const h = startCases([a, b], { workers: 2, createWorker: () => asWorker(new FakeWorker()), onProgress: (d, t) => progress.push([d, t]) });
    expect(h.total).toBe(6);
    const [ra, rb] = await Promise.all(h.runs);
    const direct = (s: Scenario) => aggregateRun(s, Array.from({ length: s.replications }, (_, i) => simulateReplication(s, i)));
    expect(ra!.digest).toBe(direct(a).digest);
    expect(rb!.digest).toBe(direct(b).digest);
    expect(progress.map((p) => p[0])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(progress.every((p) => p[1] === 6)).toBe(true);
    expect(FakeWorker.created).toHaveLength(2);
    expect(FakeWorker.created.every((w) => w.terminated)).toBe(true);
    // A worker is sent a case's scenario once before its first replication of that case.
    expect(FakeWorker.created.reduce((n, w) => n + w.runs, 0)).toBe(6);
    expect(FakeWorker.created.every((w) => w.inits <= 2)).toBe(true);
  });

  it('rejects, rather than leaves pending, a case whose results cannot be combined', async () => {
    // No replications at all: aggregateRun refuses them (validation never lets this through).
    const h = startCases([{ ...a, replications: 0 }, a], { workers: 1, createWorker: () => asWorker(new FakeWorker()) });
    const outcome = await Promise.race([h.runs[0]!.then(() => 'resolved', () => 'rejected'), new Promise((r) => setTimeout(() => r('pending'), 2000))]);
    expect(outcome).toBe('rejected');
    await expect(h.runs[1]).rejects.toThrow();
  });

  it('keeps a second replication queued at each worker while plenty are left, across cases, with the same results', async () => {
    FakeWorker.created = [];
    const c = { ...a, replications: 5 };
    const d = { ...b, replications: 4 };
    const h = startCases([c, d, c], { workers: 2, createWorker: () => asWorker(new FakeWorker()) });
    const runs = await Promise.all(h.runs);
    const direct = (s: Scenario) => aggregateRun(s, Array.from({ length: s.replications }, (_, i) => simulateReplication(s, i)));
    expect(runs.map((r) => r.digest)).toEqual([direct(c).digest, direct(d).digest, direct(c).digest]);
    expect(FakeWorker.created.map((w) => w.maxPending)).toEqual([2, 2]);
    expect(FakeWorker.created.reduce((n, w) => n + w.runs, 0)).toBe(14);
  });

  it('rejects every run when a replication fails, and on cancel', async () => {
    const failing = startCases([a, b], { workers: 1, createWorker: () => asWorker(new FakeWorker(2)) });
    await expect(failing.runs[0]).rejects.toThrow(/replication 2 failed: boom/);
    await expect(failing.runs[1]).rejects.toThrow(/boom/);
    const h = startCases([a, b], { workers: 2, createWorker: () => asWorker(new FakeWorker()) });
    h.cancel();
    await expect(h.runs[0]).rejects.toBeInstanceOf(RunCancelled);
    await expect(h.runs[1]).rejects.toBeInstanceOf(RunCancelled);
  });

  it('runs a whole study: a variant equal to the baseline differs by exactly 0', async () => {
    const plan = planStudy(addVariant(addVariant(emptyStudy('s'), 'fewer', { 'services.long.beds': 60 }), 'same', { 'services.long.beds': 60, 'aftercare.places': a.aftercare.places }), a, 'en');
    const h = startStudy(plan.cases!, { workers: 2, name: 's', createWorker: () => asWorker(new FakeWorker()) });
    expect(h.total).toBe(9);
    const r = await h.result;
    expect(r.cases.map((c) => c.name)).toEqual(['fewer', 'same']);
    expect(r.cases.every((c) => c.paired)).toBe(true);
    expect(r.cases[0]!.comparison.meanWaitDays!.difference.mean).toBe(r.cases[1]!.comparison.meanWaitDays!.difference.mean);
    const same = startStudy(planStudy(addVariant(emptyStudy('t'), 'none', { 'aftercare.places': a.aftercare.places }), a, 'en').cases!, { workers: 2, createWorker: () => asWorker(new FakeWorker()) });
    const z = await same.result;
    expect(z.cases[0]!.comparison.meanWaitDays!.difference).toMatchObject({ mean: 0, ci95: [0, 0] });
  });
});
