import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../../sim';
import { patientHistory, Trace, TraceKind, traceReplication } from '../../../sim/trace';
import { initialState, reducer } from '../../../renderer/app/store';
import { I18nProvider } from '../../../renderer/i18n/I18nProvider';
import { bucketMaxima, networkCounts, totals } from '../../../renderer/player/counts';
import { dateOfDay, defaultStartDate, formatDate, isIsoDate } from '../../../renderer/player/dates';
import { historyLines } from '../../../renderer/player/history-text';
import { playerLayout, transformPath } from '../../../renderer/player/player-layout';
import { PlayerNetwork } from '../../../renderer/player/PlayerNetwork';
import { sameSelection, selectionBuckets } from '../../../renderer/player/selection';
import { advance, daysPerSecond, NORMAL_SPEED, SPEEDS } from '../../../renderer/player/speeds';
import { startTraceRun } from '../../../renderer/run/trace-run';
import type { FromTraceWorker, ToTraceWorker } from '../../../renderer/run/trace-protocol';
import { loadScenario } from '../../support/scenarios';
import { plain, shortScenario, textFor } from '../results/support';

const scenario = shortScenario();
const { data, result } = traceReplication(scenario, 1);
const trace = new Trace(data);

describe('calendar dates of simulation days', () => {
  it('counts whole UTC days from the chosen start date, in the planner language', () => {
    expect(dateOfDay('2026-01-01', 0).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(dateOfDay('2026-01-01', 365.9).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(dateOfDay('2028-02-28', 1).toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(plain(formatDate('2026-01-01', 1640, 'en'))).toBe('29 Jun 2030');
    expect(plain(formatDate('2026-01-01', 1640, 'nb'))).toMatch(/^29\. juni? 2030$/);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(defaultStartDate(new Date(2031, 5, 3))).toBe('2031-01-01');
  });
});

describe('playback speed', () => {
  it('goes from a day to a year a second, a month at normal speed, and stops at the horizon', () => {
    expect(SPEEDS.map((s) => s.daysPerSecond)).toEqual([1, 7, 365 / 12, 365 / 4, 365]);
    expect(daysPerSecond(NORMAL_SPEED)).toBeCloseTo(30.42, 2);
    expect(advance(100, 1000 / 60, 365 / 12, 2555)).toBeCloseTo(100 + 365 / 12 / 60, 10);
    expect(advance(2550, 1000, 365, 2555)).toBe(2555);
    // A stalled frame (a background tab) moves a quarter second at most.
    expect(advance(0, 5000, 1, 100)).toBe(0.25);
  });
});

describe('what the player shows at a time', () => {
  it('reads the counts of the trace state: waiting, in treatment, delayed, aftercare, returning, recent referrals', () => {
    for (const t of [0, 100, 365.5, 700]) {
      const st = trace.stateAt(t);
      const c = networkCounts(trace, st);
      expect(c.time).toBe(t);
      expect(c.waiting).toEqual(scenario.services.map((_, s) => st.counts[trace.b.waiting(s)]));
      expect(c.inService.every((n, s) => n + c.delayed[s]! <= (scenario.services[s]!.beds ?? scenario.services[s]!.slots ?? Infinity))).toBe(true);
      expect(c.aftercare).toBeLessThanOrEqual(scenario.aftercare.places);
      expect(c.referrals30).toBe(Array.from(trace.referralTimes).filter((x) => x > t - 30 && x <= t).length);
      expect(totals(c).waiting).toBe(c.waiting.reduce((a, b) => a + b, 0));
    }
  });
  it('scales the waiting bars by the longest list the trace reaches', () => {
    const max = bucketMaxima(trace);
    for (const t of [50, 300, 600]) {
      const st = trace.stateAt(t);
      st.counts.forEach((n, k) => expect(n).toBeLessThanOrEqual(max[k]!));
    }
  });
  it('lists the patients of a selection by their buckets', () => {
    const b = trace.b;
    expect(selectionBuckets({ kind: 'service', service: 2 }, b)).toEqual([b.waiting(2), b.inService(2), b.delayed(2)]);
    expect(selectionBuckets({ kind: 'aftercare' }, b)).toEqual([b.aftercare, b.waitOutside]);
    expect(sameSelection({ kind: 'service', service: 1 }, { kind: 'service', service: 1 })).toBe(true);
    expect(sameSelection({ kind: 'service', service: 1 }, { kind: 'aftercare' })).toBe(false);
  });
});

describe('a patient history in words', () => {
  it('tells each event of a patient who relapsed, episode by episode, in English and bokmål', () => {
    let p = 0;
    while (!trace.eventsOf(p).some((i) => data.kind[i] === TraceKind.ReReferral)) p++;
    const name = (s: number) => scenario.services[s]!.label!;
    const en = historyLines(patientHistory(trace, p), name, textFor('en'));
    expect(en[0]!.line).toBe('Referred');
    expect(en.map((l) => l.line)).toContain('Relapsed and re-referred');
    expect(en.find((l) => l.entry.kind === TraceKind.Relapse)!.line).toMatch(/^Will relapse: re-referred on day [\d,]+$/);
    expect(en.some((l) => /^(Started at .* (after [\d.]+ days on the list|at once))|Completed .*; started at .* at once$/.test(l.line))).toBe(true);
    const nb = historyLines(patientHistory(trace, p), name, textFor('nb'));
    expect(nb[0]!.line).toBe('Henvist');
    expect(nb.map((l) => l.line)).toContain('Tilbakefall og ny henvisning');
  });
});

describe('the pathway as the player draws it', () => {
  it('places every service and referral from the editor layout, and keeps the edges on them', () => {
    const def = loadScenario('default.kapasim.json');
    const layout = playerLayout(def);
    expect(layout.nodes.filter((n) => n.service >= 0).map((n) => n.service).sort()).toEqual(def.services.map((_, i) => i));
    expect(layout.nodes.filter((n) => n.kind === 'entry')).toHaveLength(1);
    for (const n of layout.nodes) {
      expect(n.x - n.r).toBeGreaterThan(0);
      expect(n.x + n.r).toBeLessThan(layout.aftercare.x);
      expect(n.y + n.r + 50).toBeLessThan(layout.height);
    }
    for (const e of layout.edges) expect(e.d).toMatch(/^M[\d.-]+,[\d.-]+/);
    expect(layout.edges.filter((e) => e.style === 'relapse')).toHaveLength(1);
  });
  it('stretches a path of absolute M, L and C commands point by point', () => {
    expect(transformPath('M1,2C3,4,5,6,7,8L9,10', (x) => 2 * x, (y) => y + 1)).toBe('M2,3C6,5 10,7 14,9L18,11');
    expect(() => transformPath('M1,2l3,4', (x) => x, (y) => y)).toThrow(/absolute/);
  });
  it('draws the counts of a moment as SVG, with a button per service, referral, aftercare and the returning', () => {
    const layout = playerLayout(scenario);
    const counts = networkCounts(trace, trace.stateAt(600));
    const html = renderToStaticMarkup(
      createElement(I18nProvider, {
        lang: 'en',
        children: createElement(PlayerNetwork, { layout, counts, maxWaiting: 50, aftercarePlaces: scenario.aftercare.places, selected: { kind: 'service', service: 0 }, onSelect: () => {} }),
      }),
    );
    expect(html.match(/role="button"/g)).toHaveLength(scenario.services.length + 3);
    expect(html).toContain('aria-pressed="true"');
    const text = plain(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
    for (const s of scenario.services) expect(text).toContain(s.label!);
    expect(text).toContain(`${counts.waiting[0]} waiting`);
    expect(text).toContain(`${counts.aftercare} of ${scenario.aftercare.places} places in use`);
  });
});

describe('recording a trace in a worker', () => {
  class FakeTraceWorker {
    onmessage: ((e: MessageEvent<FromTraceWorker>) => void) | null = null;
    onerror: ((e: ErrorEvent) => void) | null = null;
    terminated = false;
    postMessage(msg: ToTraceWorker): void {
      setTimeout(() => {
        const { result, data } = traceReplication(msg.scenario, msg.replication);
        this.onmessage?.({ data: { type: 'trace', result, data: structuredClone(data) } } as MessageEvent<FromTraceWorker>);
      }, 0);
    }
    terminate(): void {
      this.terminated = true;
    }
  }
  it('gives the replication exactly as a bulk run has it, and its trace ready to play', async () => {
    const w = new FakeTraceWorker();
    const traced = await startTraceRun(scenario, 1, { createWorker: () => w as unknown as Worker }).result;
    expect(traced.replication).toEqual(simulateReplication(scenario, 1));
    expect(traced.replication).toEqual(result);
    expect(traced.trace.events).toBe(trace.events);
    expect(Array.from(traced.trace.stateAt(400).counts)).toEqual(Array.from(trace.stateAt(400).counts));
    expect(w.terminated).toBe(true);
  });
});

describe('the player in the app state', () => {
  it('opens at a chart time (a new request each click), keeps the replication, and remembers where it was', () => {
    let state = initialState({});
    state = reducer(state, { type: 'openPlayer', time: 812.5 });
    expect(state.view).toBe('player');
    expect(state.player).toEqual({ replication: 0, time: 812.5, request: 1 });
    state = reducer(state, { type: 'playerReplication', replication: 4 });
    state = reducer(state, { type: 'openPlayer', time: 812.5 });
    expect(state.player).toEqual({ replication: 4, time: 812.5, request: 2 });
    // Leaving the tab saves the time only: the replication chosen meanwhile stays.
    state = reducer(state, { type: 'playerAt', time: 1000 });
    expect(state.player).toEqual({ replication: 4, time: 1000, request: 2 });
  });
});
