import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../../sim/engine/scheduler';

function drain(s: Scheduler): [number, number, number, number][] {
  const log: [number, number, number, number][] = [];
  while (s.pop()) log.push([s.now, s.kind, s.a, s.b]);
  return log;
}

describe('Scheduler', () => {
  it('pops events in time order', () => {
    const s = new Scheduler();
    for (const t of [5, 1, 3, 2, 4, 0]) s.schedule(t, 1, t);
    expect(drain(s).map((e) => e[0])).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('breaks ties by insertion order (first in, first out)', () => {
    const s = new Scheduler();
    s.schedule(2, 7, 0);
    for (let i = 1; i <= 20; i++) s.schedule(1, 7, i);
    s.schedule(2, 7, 21);
    expect(drain(s).map((e) => e[2])).toEqual([...Array.from({ length: 20 }, (_, i) => i + 1), 0, 21]);
  });

  it('keeps FIFO ties for events scheduled while running', () => {
    const s = new Scheduler();
    s.schedule(0, 1, 0);
    const log: number[] = [];
    while (s.pop()) {
      log.push(s.a);
      if (s.a < 5) {
        s.schedule(s.now + 1, 1, s.a + 10); // later
        s.schedule(s.now, 1, s.a + 1); // same time: after anything already at now
      }
    }
    expect(log).toEqual([0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14]);
  });

  it('carries kind and both payloads, and counts processed events', () => {
    const s = new Scheduler();
    s.schedule(3, 4, -1, 99);
    expect(s.pop()).toBe(true);
    expect([s.now, s.kind, s.a, s.b, s.processed]).toEqual([3, 4, -1, 99, 1]);
    expect(s.pop()).toBe(false);
  });

  it('grows past its initial capacity and stays ordered on random input', () => {
    const s = new Scheduler(16);
    let x = 12345;
    const times: number[] = [];
    for (let i = 0; i < 10_000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const t = Math.floor(x / 2147483648 * 500); // many ties
      times.push(t);
      s.schedule(t, 0, i);
    }
    const log = drain(s);
    expect(log.length).toBe(10_000);
    for (let i = 1; i < log.length; i++) {
      expect(log[i][0] > log[i - 1][0] || (log[i][0] === log[i - 1][0] && log[i][2] > log[i - 1][2])).toBe(true);
    }
  });

  it('refuses events in the past and times that are not finite', () => {
    const s = new Scheduler();
    s.schedule(5, 0);
    s.pop();
    expect(() => s.schedule(4, 0)).toThrow(/cannot schedule/);
    expect(() => s.schedule(NaN, 0)).toThrow(/cannot schedule/);
    expect(() => s.schedule(Infinity, 0)).toThrow(/cannot schedule/);
  });
});
