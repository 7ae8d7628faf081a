import { describe, expect, it } from 'vitest';
import { WaitingList } from '../../../sim/model/waiting-list';

describe('WaitingList', () => {
  it('in fifo mode (a ring) gives the same order as the heap for nondecreasing keys, across growth', () => {
    const ring = new WaitingList(true, 4);
    const heap = new WaitingList(false, 4);
    let x = 42;
    let key = 0;
    const fromRing: number[] = [];
    const fromHeap: number[] = [];
    for (let i = 0; i < 5000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      if (x % 3 !== 0) {
        if (x % 5 === 0) key += 1; // ties are common
        ring.push(key, i, -i);
        heap.push(key, i, -i);
      } else if (ring.size > 0) {
        fromRing.push(ring.topPatient(), ring.topToken());
        fromHeap.push(heap.topPatient(), heap.topToken());
        ring.pop();
        heap.pop();
      }
      expect(ring.size).toBe(heap.size);
    }
    while (ring.size > 0) {
      fromRing.push(ring.topPatient(), ring.topToken());
      fromHeap.push(heap.topPatient(), heap.topToken());
      ring.pop();
      heap.pop();
    }
    expect(fromRing).toEqual(fromHeap);
  });

  it('in fifo mode refuses a key below the last one', () => {
    const ring = new WaitingList(true);
    ring.push(5, 0, 0);
    expect(() => ring.push(4, 1, 0)).toThrow(/fifo/);
  });

  it('in heap mode orders by key, ties first come first served', () => {
    const heap = new WaitingList();
    [3, 1, 2, 1, 3].forEach((k, i) => heap.push(k, i, 0));
    const order: number[] = [];
    while (heap.size > 0) {
      order.push(heap.topPatient());
      heap.pop();
    }
    expect(order).toEqual([1, 3, 2, 0, 4]);
  });
});
