import seedrandom from 'seedrandom';
import { log } from '../math/portable';
import { normalQuantile } from './normal';

/**
 * One seeded source of uniform numbers in the open interval (0, 1).
 * Built on seedrandom's xor4096 (Brent's xorgens: period 2^4096 − 1, 53-bit doubles),
 * the fastest of its generators with a long period and good statistical quality.
 */
export interface Rng {
  /** A uniform draw in (0, 1); never exactly 0 or 1. */
  next(): number;
  /** −log of the next uniform draw: a standard exponential, the same number as `-log(next())`. */
  nextExp(): number;
  /** The standard normal quantile of the next uniform draw: the same number as `normalQuantile(next())`. */
  nextNormal(): number;
}

/**
 * The purposes that each get their own stream, so that two scenarios run with the same seed
 * share common random numbers: changing capacity moves no arrival, and adding a service moves
 * no stay draw of another purpose.
 */
export const STREAM_PURPOSES = [
  'arrivals', // referral times (with thinning for seasonality and growth) and group draws
  'assessment', // assessment delays
  'routing', // entry and next-service choices
  'stays', // planned lengths of stay
  'dropout', // whether and when a stay ends in dropout
  'patience', // reneging times on waiting lists
  'aftercare', // aftercare need and durations
  'relapse', // relapse, time to relapse and re-referral
  'initial', // the initial state: groups and remaining stays of patients present at time 0
] as const;

export type StreamPurpose = (typeof STREAM_PURPOSES)[number];

/** The seed text of one stream: replication i's streams derive from (seed, i) alone. */
export function streamSeed(seed: number, replication: number, purpose: StreamPurpose): string {
  return `kapasim/${seed}/${replication}/${purpose}`;
}

/** Draws made at a time by Xor4096 (see there). */
const BATCH = 256;

/**
 * Brent's xor4096 with seedrandom's `double()` output: the same numbers as
 * `seedrandom.xor4096(seed).double()`, draw for draw (the tests compare them).
 *
 * Speed: draws are made BATCH at a time into a buffer by a tight loop over the generator's
 * Int32Array state, and `next()` only reads the buffer. That keeps `next()` tiny, so V8 inlines
 * it wherever a draw is made (seedrandom's closure calling a closure twice is too big to inline
 * into the event loop, and every draw then cost a call and a boxed double). The order of the
 * draws a stream hands out is unchanged; it only runs ahead of what has been used.
 */
export class Xor4096 implements Rng {
  private readonly x: Int32Array;
  private i: number;
  private w: number;
  private readonly buffer = new Float64Array(BATCH);
  private used = BATCH;
  /**
   * −log of each buffered draw, worked out for the rest of a batch on the first nextExp() in it.
   * Speed: the portable log is ~370 bytes of bytecode; inlined at every exponential draw it
   * used up most of V8's inlining budget of the event loop (an M/M/c run took ~10 % longer).
   * In a loop of its own it also runs faster. A stream that mixes uniform and exponential draws
   * works out some logs it never uses; the numbers handed out are the same either way.
   */
  private readonly negLogs = new Float64Array(BATCH);
  private batch = 0;
  private logsOfBatch = -1;
  /** normalQuantile of each buffered draw, worked out like negLogs (for lognormal stays). */
  private readonly normals = new Float64Array(BATCH);
  private normalsOfBatch = -1;

  /** Starts from a seedrandom xor4096 state (`{ X, i, w }`). */
  constructor(state: { X: number[]; i: number; w: number }) {
    this.x = Int32Array.from(state.X);
    this.i = state.i;
    this.w = state.w;
  }

  next(): number {
    const buffer = this.buffer;
    if (this.used === buffer.length) this.refill();
    return buffer[this.used++];
  }

  nextExp(): number {
    if (this.used === BATCH) this.refill();
    if (this.logsOfBatch !== this.batch) this.fillLogs();
    return this.negLogs[this.used++];
  }

  nextNormal(): number {
    if (this.used === BATCH) this.refill();
    if (this.normalsOfBatch !== this.batch) this.fillNormals();
    return this.normals[this.used++];
  }

  private fillNormals(): void {
    const buffer = this.buffer;
    const normals = this.normals;
    for (let n = this.used; n < BATCH; n++) normals[n] = normalQuantile(buffer[n]);
    this.normalsOfBatch = this.batch;
  }

  private fillLogs(): void {
    const buffer = this.buffer;
    const negLogs = this.negLogs;
    for (let n = this.used; n < BATCH; n++) negLogs[n] = -log(buffer[n]);
    this.logsOfBatch = this.batch;
  }

  private refill(): void {
    const X = this.x;
    const buffer = this.buffer;
    let i = this.i;
    let w = this.w;
    for (let n = 0; n < BATCH; n++) {
      let result: number;
      do {
        // Two 32-bit outputs of xor4096 (seedrandom's XorGen.next), written out.
        w = (w + 0x61c88647) | 0;
        let v = X[(i + 34) & 127];
        i = (i + 1) & 127;
        let t = X[i];
        v ^= v << 13;
        t ^= t << 17;
        v ^= v >>> 15;
        t ^= t >>> 12;
        v ^= t;
        X[i] = v;
        const top = ((v + (w ^ (w >>> 16))) | 0) >>> 11;
        w = (w + 0x61c88647) | 0;
        v = X[(i + 34) & 127];
        i = (i + 1) & 127;
        t = X[i];
        v ^= v << 13;
        t ^= t << 17;
        v ^= v >>> 15;
        t ^= t >>> 12;
        v ^= t;
        X[i] = v;
        const bot = ((v + (w ^ (w >>> 16))) | 0) >>> 0;
        // seedrandom's double(): 21 + 32 bits; never 0 (redrawn) and never 1.
        result = (top + bot / 0x100000000) / (1 << 21);
      } while (result === 0);
      buffer[n] = result;
    }
    this.i = i;
    this.w = w;
    this.used = 0;
    this.batch++;
  }
}

/**
 * An Rng over any source of uniforms in (0, 1), e.g. to draw from a sampler outside a run
 * (the editor's distribution preview). Its exponential and normal draws are worked out from
 * one uniform each, as Xor4096's are.
 */
export function rngFromUniforms(next: () => number): Rng {
  return { next, nextExp: () => -log(next()), nextNormal: () => normalQuantile(next()) };
}

/** A seeded stream for one purpose of one replication. */
export function createStream(seed: number, replication: number, purpose: StreamPurpose): Rng {
  // seedrandom does the seeding (string mixing and warm-up); Xor4096 continues its sequence.
  const prng = seedrandom.xor4096(streamSeed(seed, replication, purpose), { state: true }) as unknown as { state(): { X: number[]; i: number; w: number } };
  return new Xor4096(prng.state());
}

/** All streams of one replication, by purpose. */
export type Streams = Record<StreamPurpose, Rng>;

export function createStreams(seed: number, replication: number): Streams {
  const streams = {} as Streams;
  for (const purpose of STREAM_PURPOSES) streams[purpose] = createStream(seed, replication, purpose);
  return streams;
}
