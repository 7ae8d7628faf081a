import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../../sim/engine/scheduler';

/** A small seeded generator of uniforms in [0, 1), so that the random tests repeat exactly. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

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

describe('Scheduler: the arrival slot and the taken root', () => {
  it('orders an arrival among heap events by time, and ties by insertion order', () => {
    const s = new Scheduler();
    s.schedule(1, 1, 10);
    s.scheduleArrival(1, 2, 20); // same time, scheduled later: after event 10
    s.schedule(1, 1, 11); // same time, scheduled later still
    s.schedule(0.5, 1, 12);
    expect(drain(s).map((e) => e[2])).toEqual([12, 10, 20, 11]);
  });

  it('refuses a second pending arrival, and accepts one again once it has popped', () => {
    const s = new Scheduler();
    s.scheduleArrival(2, 0);
    expect(() => s.scheduleArrival(3, 0)).toThrow(/already pending/);
    expect(s.pop()).toBe(true);
    expect(() => s.scheduleArrival(3, 0)).not.toThrow();
    expect(() => s.scheduleArrival(Infinity, 0)).toThrow(/cannot schedule/);
  });

  it('gives the same order as a sorted reference under a random mix of pops, schedules and arrivals', () => {
    const s = new Scheduler(16);
    const rand = lcg(987654321);
    // Reference: every pending event as [time, insertion number, id]; pop the least.
    const pending: [number, number, number][] = [];
    let seq = 0;
    let arrivalPending = false;
    let id = 0;
    const got: number[] = [];
    const want: number[] = [];
    for (let step = 0; step < 20_000; step++) {
      const r = rand();
      if (r < 0.45 || pending.length === 0) {
        const t = s.now + Math.floor(rand() * 8) / 4; // many ties, some at now
        if (!arrivalPending && rand() < 0.3) {
          s.scheduleArrival(t, 2, id);
          arrivalPending = true;
          pending.push([t, seq++, -1 - id]);
        } else {
          s.schedule(t, 1, id);
          pending.push([t, seq++, id]);
        }
        id++;
      } else {
        expect(s.size).toBe(pending.length);
        pending.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
        const [t, , pid] = pending.shift()!;
        expect(s.peekTime()).toBe(t);
        expect(s.pop()).toBe(true);
        expect(s.now).toBe(t);
        if (s.kind === 2) {
          arrivalPending = false;
          got.push(-1 - s.a);
        } else got.push(s.a);
        want.push(pid);
      }
    }
    expect(got).toEqual(want);
  });
});

describe('Scheduler: day buckets for far events', () => {
  /** Sorted reference: [time, insertion number, id], kept in pop order by binary insertion. */
  function insertSorted(list: [number, number, number][], e: [number, number, number]): void {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = list[mid];
      if (m[0] < e[0] || (m[0] === e[0] && m[1] < e[1])) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, e);
  }

  it('pops in (time, insertion) order with thousands pending, whole-day ties and events years ahead', () => {
    const s = new Scheduler(16);
    const rand = lcg(24681357);
    // Far and near, on whole days (bucket edges), quarter days, and beyond the 1,024-day ring.
    const ahead = () => {
      const r = rand();
      if (r < 0.2) return 0;
      if (r < 0.4) return Math.floor(rand() * 4) / 4;
      if (r < 0.7) return Math.floor(rand() * 200);
      if (r < 0.9) return rand() * 900;
      return 1000 + rand() * 3000;
    };
    const pending: [number, number, number][] = [];
    let seq = 0;
    let id = 0;
    let arrivalPending = false;
    const schedule = () => {
      const t = s.now + ahead();
      if (!arrivalPending && rand() < 0.1) {
        s.scheduleArrival(t, 2, id);
        arrivalPending = true;
        insertSorted(pending, [t, seq++, -1 - id]);
      } else {
        s.schedule(t, 1, id);
        insertSorted(pending, [t, seq++, id]);
      }
      id++;
    };
    for (let k = 0; k < 3000; k++) schedule();
    let pops = 0;
    for (let step = 0; step < 40_000; step++) {
      // Keep ~3,000 pending for most of the run, then drain.
      const wantPop = step > 30_000 || rand() < 0.5;
      if (!wantPop || pending.length === 0) {
        schedule();
        continue;
      }
      expect(s.size).toBe(pending.length);
      const [t, , pid] = pending.shift()!;
      if (step % 7 === 0) expect(s.peekTime()).toBe(t);
      expect(s.pop()).toBe(true);
      pops++;
      expect(s.now).toBe(t);
      const got = s.kind === 2 ? -1 - s.a : s.a;
      if (s.kind === 2) arrivalPending = false;
      expect(got).toBe(pid);
      // Most events schedule another at once (the taken-root path).
      if (rand() < 0.6) schedule();
    }
    while (pending.length > 0) {
      const [t, , pid] = pending.shift()!;
      expect(s.pop()).toBe(true);
      expect([s.now, s.kind === 2 ? -1 - s.a : s.a]).toEqual([t, pid]);
    }
    expect(s.pop()).toBe(false);
    expect(pops).toBeGreaterThan(10_000);
  });

  it('orders events far beyond the ring, after the near ones have gone (jumping over the empty days)', () => {
    const s = new Scheduler(16);
    // More than 1,024 pending turns the buckets on; then only events years and ages ahead.
    for (let i = 0; i < 1100; i++) s.schedule(1 + i / 1100, 1, i);
    s.schedule(5000.5, 1, -1);
    s.schedule(1e9 + 0.25, 1, -2);
    s.schedule(1e9 + 0.25, 1, -3);
    const log = drain(s);
    expect(log.length).toBe(1103);
    expect(log.slice(-3).map((e) => [e[0], e[2]])).toEqual([
      [5000.5, -1],
      [1e9 + 0.25, -2],
      [1e9 + 0.25, -3],
    ]);
    s.schedule(1e9 + 3, 1, -4);
    expect(s.pop()).toBe(true);
    expect([s.now, s.a]).toEqual([1e9 + 3, -4]);
  });
});

describe('Scheduler: cancelled events', () => {
  it('never hands out a cancelled event, in the heap, a day bucket or the overflow, and keeps the order of the rest', () => {
    for (const seed of [13, 4242, 99991]) {
      const s = new Scheduler(16);
      const rand = lcg(seed);
      // Reference: pending events as [time, insertion number, id], and each id's slot.
      const pending: [number, number, number][] = [];
      const slotOf = new Map<number, number>();
      let seq = 0;
      let id = 0;
      const ahead = () => {
        const r = rand();
        if (r < 0.3) return Math.floor(rand() * 4) / 4; // near: stays in the heap
        if (r < 0.8) return rand() * 300; // in the ring's buckets
        return 1100 + rand() * 2000; // beyond the ring: the overflow
      };
      const schedule = () => {
        const t = s.now + ahead();
        slotOf.set(id, s.schedule(t, 1, id));
        pending.push([t, seq++, id]);
        id++;
      };
      const cancelOne = () => {
        const k = Math.floor(rand() * pending.length);
        const [, , cid] = pending.splice(k, 1)[0];
        s.cancel(slotOf.get(cid)!);
        slotOf.delete(cid);
      };
      for (let k = 0; k < 2500; k++) schedule(); // past the 1,024 that turn the buckets on
      let pops = 0;
      for (let step = 0; step < 30_000 && pending.length > 0; step++) {
        const r = rand();
        if (r < 0.3 && step < 25_000) schedule();
        else if (r < 0.55) cancelOne();
        else {
          expect(s.size).toBe(pending.length);
          pending.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
          // Now and then cancel the very next event, so that a cancelled one sits at the root.
          if (rand() < 0.1) {
            const [, , cid] = pending.shift()!;
            s.cancel(slotOf.get(cid)!);
            slotOf.delete(cid);
            if (pending.length === 0) break;
          }
          const [t, , pid] = pending.shift()!;
          if (step % 5 === 0) expect(s.peekTime()).toBe(t);
          expect(s.pop()).toBe(true);
          expect([s.now, s.a]).toEqual([t, pid]);
          slotOf.delete(pid);
          pops++;
          if (rand() < 0.5) schedule(); // the taken-root path reuses the popped event's slot
        }
      }
      // Cancel what is left: nothing more comes out.
      while (pending.length > 0) cancelOne();
      expect(s.size).toBe(0);
      expect(s.peekTime()).toBe(Infinity);
      expect(s.pop()).toBe(false);
      expect(pops).toBeGreaterThan(3000);
    }
  });

  it('drops a day whose events were all cancelled and goes on to the next', () => {
    const s = new Scheduler(16);
    for (let i = 0; i < 1100; i++) s.schedule(i / 1100, 1, i); // today: turns the buckets on
    const slots = [10.2, 10.5, 10.9].map((t, k) => s.schedule(t, 1, 2000 + k));
    s.schedule(11.5, 1, 3000);
    for (const slot of slots) s.cancel(slot);
    const log = drain(s);
    expect(log.length).toBe(1101);
    expect(log[1100].slice(0, 3)).toEqual([11.5, 1, 3000]);
  });

  it('refuses to cancel an event twice, or the event just popped', () => {
    const s = new Scheduler(16);
    const first = s.schedule(1, 1, 1);
    const second = s.schedule(2, 1, 2);
    s.cancel(second);
    expect(() => s.cancel(second)).toThrow(/already cancelled/);
    expect(s.pop()).toBe(true);
    expect(s.a).toBe(1);
    expect(() => s.cancel(first)).toThrow(/just been popped/);
    expect(s.size).toBe(0);
    expect(s.pop()).toBe(false);
  });
});
