import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { createStream, STREAM_PURPOSES, streamSeed } from '../../../sim/random/streams';

describe('Xor4096 streams', () => {
  it("give seedrandom's xor4096 double() sequence, draw for draw, across many batches", () => {
    for (const seed of [0, 1, 20121, 2 ** 53 - 1]) {
      for (const replication of [0, 7]) {
        for (const purpose of STREAM_PURPOSES) {
          const ours = createStream(seed, replication, purpose);
          const theirs = seedrandom.xor4096(streamSeed(seed, replication, purpose));
          for (let i = 0; i < 3000; i++) {
            const a = ours.next();
            const b = theirs.double();
            if (a !== b) expect(`${seed}/${replication}/${purpose} draw ${i}: ${a}`).toBe(`${b}`);
          }
        }
      }
    }
  });
});
