/**
 * Replications in one thread hand their grown patient store and event heap on to the next
 * (Patients.recycle, Scheduler.recycle), so that memory stays flat over many replications. A
 * replication that gets the dirty, larger arrays of a bigger one must give exactly what it
 * gives on fresh arrays. (Vitest gives each test file fresh modules, so the first run below
 * starts with no spare arrays.)
 */
import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../../sim/engine/scheduler';
import { simulateReplication } from '../../../sim/model/simulate';
import { loadScenario, variant } from '../../support/scenarios';

describe('recycled arrays between replications', () => {
  it('a replication after a larger one gives exactly the result it gives on fresh arrays', () => {
    const small = variant(loadScenario('default.kapasim.json'), (s) => {
      s.horizonDays = 730;
      s.warmupDays = 365;
    });
    const big = variant(loadScenario('norway.kapasim.json'), (s) => {
      s.horizonDays = 365;
      s.warmupDays = 0;
    });
    const fresh = simulateReplication(small, 3);
    simulateReplication(big, 0);
    const reused = simulateReplication(small, 3);
    expect(reused).toEqual(fresh);
  });

  it('a recycled scheduler is empty and orders events as a new one does', () => {
    const a = new Scheduler(16);
    for (let k = 0; k < 100; k++) a.schedule(100 - k, 1, k);
    a.recycle();
    const b = new Scheduler(16);
    expect(b.size).toBe(0);
    b.schedule(2, 1, 7);
    b.schedule(1, 1, 8);
    b.schedule(1, 1, 9);
    const order: number[] = [];
    while (b.pop()) order.push(b.a);
    expect(order).toEqual([8, 9, 7]);
  });
});
