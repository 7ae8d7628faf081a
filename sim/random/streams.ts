import seedrandom from 'seedrandom';

/**
 * One seeded source of uniform numbers in the open interval (0, 1).
 * Built on seedrandom's xor4096 (Brent's xorgens: period 2^4096 − 1, 53-bit doubles),
 * the fastest of its generators with a long period and good statistical quality.
 */
export interface Rng {
  /** A uniform draw in (0, 1); never exactly 0 or 1. */
  next(): number;
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

/** A seeded stream for one purpose of one replication. */
export function createStream(seed: number, replication: number, purpose: StreamPurpose): Rng {
  const prng = seedrandom.xor4096(streamSeed(seed, replication, purpose));
  // double() gives 53 random bits and never returns 0; it cannot return 1 either. It reads
  // only its own closure, so it can be the method itself (one call less per draw).
  return { next: prng.double };
}

/** All streams of one replication, by purpose. */
export type Streams = Record<StreamPurpose, Rng>;

export function createStreams(seed: number, replication: number): Streams {
  const streams = {} as Streams;
  for (const purpose of STREAM_PURPOSES) streams[purpose] = createStream(seed, replication, purpose);
  return streams;
}
