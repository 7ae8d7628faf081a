/**
 * A hand-written M/M/c event loop: the fastest straightforward code a good engineer would write
 * for this one model, as the yardstick for Kapasim's general engine. One binary min-heap of
 * pending events (arrival or departure) on a Float64Array of times and an Int32Array of kinds,
 * a FIFO ring of waiting customers' arrival times, exponential draws from seedrandom's xor4096
 * `double()` with the engine's portable log, and no metric but the mean wait.
 *
 * It draws the engine's own streams (arrivals, stays) in the engine's order, so on the same
 * (seed, replication) it follows the very same sample path: its mean wait must equal the
 * engine's to rounding. That makes the speed comparison one of the same work.
 *
 * The engine's streams (sim/random/streams.ts) give the same numbers as seedrandom's
 * `double()` but faster. `streams: 'kapasim'` runs this loop on them instead, to show how much
 * of the engine's speed is the generator's.
 */
import seedrandom from 'seedrandom';
import { createStream, streamSeed, type Rng, type Xor4096 } from '../sim/random/streams';
import { log } from '../sim/math/portable';

export interface MmcSpec {
  servers: number;
  arrivalsPerDay: number;
  meanStayDays: number;
  horizonDays: number;
  seed: number;
  replication: number;
  /** Uniforms from seedrandom's double() (the default, as written first) or the engine's streams. */
  streams?: 'seedrandom' | 'kapasim';
}

export interface ReferenceResult {
  /** Customers who arrived before the horizon (the engine's count of patients). */
  customers: number;
  /** Of those, customers who started service before the horizon (the waits averaged). */
  started: number;
  events: number;
  meanWaitDays: number;
}

const ARRIVAL = 0;
const DEPARTURE = 1;

export function referenceMmc(spec: MmcSpec): ReferenceResult {
  if (spec.streams === 'kapasim') {
    const arrivals = createStream(spec.seed, spec.replication, 'arrivals') as Xor4096;
    return mmcLoopOnEngineStreams(spec, arrivals, createStream(spec.seed, spec.replication, 'stays') as Xor4096);
  }
  const arrivals = seedrandom.xor4096(streamSeed(spec.seed, spec.replication, 'arrivals'));
  const stays = seedrandom.xor4096(streamSeed(spec.seed, spec.replication, 'stays'));
  return mmcLoop(spec, { next: arrivals.double }, { next: stays.double });
}

function mmcLoop(spec: MmcSpec, arrivals: Pick<Rng, 'next'>, stays: Pick<Rng, 'next'>): ReferenceResult {
  const lambda = spec.arrivalsPerDay;
  const meanStay = spec.meanStayDays;
  const horizon = spec.horizonDays;
  const c = spec.servers;

  // Event heap: at most c departures and one arrival are pending at any time.
  const cap = c + 2;
  const times = new Float64Array(cap);
  const kinds = new Int32Array(cap);
  let size = 0;
  const push = (t: number, k: number): void => {
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (times[p] <= t) break;
      times[i] = times[p];
      kinds[i] = kinds[p];
      i = p;
    }
    times[i] = t;
    kinds[i] = k;
  };
  const popInto = (): void => {
    // Removes the root; the caller has read times[0] and kinds[0].
    const last = --size;
    if (last === 0) return;
    const t = times[last];
    const k = kinds[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && times[child + 1] < times[child]) child++;
      if (t <= times[child]) break;
      times[i] = times[child];
      kinds[i] = kinds[child];
      i = child;
    }
    times[i] = t;
    kinds[i] = k;
  };

  // FIFO ring of the arrival times of waiting customers (length a power of two, indexed by mask);
  // grows by doubling.
  let ring = new Float64Array(1024);
  let mask = ring.length - 1;
  let head = 0;
  let queued = 0;

  let busy = 0;
  let customers = 0;
  let started = 0;
  let events = 0;
  let waitSum = 0;

  const first = -log(arrivals.next()) / lambda;
  if (first < horizon) push(first, ARRIVAL);
  while (size > 0) {
    const now = times[0];
    const kind = kinds[0];
    popInto();
    events++;
    if (kind === ARRIVAL) {
      customers++;
      const next = now + -log(arrivals.next()) / lambda;
      if (next < horizon) push(next, ARRIVAL);
      if (busy < c) {
        busy++;
        started++;
        const stay = -meanStay * log(stays.next());
        if (now + stay < horizon) push(now + stay, DEPARTURE);
      } else {
        if (queued === ring.length) {
          const grown = new Float64Array(ring.length * 2);
          for (let j = 0; j < queued; j++) grown[j] = ring[(head + j) & mask];
          ring = grown;
          mask = ring.length - 1;
          head = 0;
        }
        ring[(head + queued) & mask] = now;
        queued++;
      }
    } else if (queued > 0) {
      // The freed server takes the longest-waiting customer.
      const arrived = ring[head];
      head = (head + 1) & mask;
      queued--;
      started++;
      waitSum += now - arrived;
      const stay = -meanStay * log(stays.next());
      if (now + stay < horizon) push(now + stay, DEPARTURE);
    } else busy--;
  }
  return { customers, started, events, meanWaitDays: started > 0 ? waitSum / started : 0 };
}

/**
 * A copy of mmcLoop, not a second use of it: V8 keeps type feedback per function, and one loop
 * fed two kinds of generator would be slower with both (about 10 % here).
 */
function mmcLoopOnEngineStreams(spec: MmcSpec, arrivals: Xor4096, stays: Xor4096): ReferenceResult {
  const lambda = spec.arrivalsPerDay;
  const meanStay = spec.meanStayDays;
  const horizon = spec.horizonDays;
  const c = spec.servers;

  // Event heap: at most c departures and one arrival are pending at any time.
  const cap = c + 2;
  const times = new Float64Array(cap);
  const kinds = new Int32Array(cap);
  let size = 0;
  const push = (t: number, k: number): void => {
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (times[p] <= t) break;
      times[i] = times[p];
      kinds[i] = kinds[p];
      i = p;
    }
    times[i] = t;
    kinds[i] = k;
  };
  const popInto = (): void => {
    // Removes the root; the caller has read times[0] and kinds[0].
    const last = --size;
    if (last === 0) return;
    const t = times[last];
    const k = kinds[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && times[child + 1] < times[child]) child++;
      if (t <= times[child]) break;
      times[i] = times[child];
      kinds[i] = kinds[child];
      i = child;
    }
    times[i] = t;
    kinds[i] = k;
  };

  // FIFO ring of the arrival times of waiting customers (length a power of two, indexed by mask);
  // grows by doubling.
  let ring = new Float64Array(1024);
  let mask = ring.length - 1;
  let head = 0;
  let queued = 0;

  let busy = 0;
  let customers = 0;
  let started = 0;
  let events = 0;
  let waitSum = 0;

  const first = -log(arrivals.next()) / lambda;
  if (first < horizon) push(first, ARRIVAL);
  while (size > 0) {
    const now = times[0];
    const kind = kinds[0];
    popInto();
    events++;
    if (kind === ARRIVAL) {
      customers++;
      const next = now + -log(arrivals.next()) / lambda;
      if (next < horizon) push(next, ARRIVAL);
      if (busy < c) {
        busy++;
        started++;
        const stay = -meanStay * log(stays.next());
        if (now + stay < horizon) push(now + stay, DEPARTURE);
      } else {
        if (queued === ring.length) {
          const grown = new Float64Array(ring.length * 2);
          for (let j = 0; j < queued; j++) grown[j] = ring[(head + j) & mask];
          ring = grown;
          mask = ring.length - 1;
          head = 0;
        }
        ring[(head + queued) & mask] = now;
        queued++;
      }
    } else if (queued > 0) {
      // The freed server takes the longest-waiting customer.
      const arrived = ring[head];
      head = (head + 1) & mask;
      queued--;
      started++;
      waitSum += now - arrived;
      const stay = -meanStay * log(stays.next());
      if (now + stay < horizon) push(now + stay, DEPARTURE);
    } else busy--;
  }
  return { customers, started, events, meanWaitDays: started > 0 ? waitSum / started : 0 };
}
