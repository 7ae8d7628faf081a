import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { log } from '../../../sim/math/portable';
import { normalQuantile } from '../../../sim/random/normal';
import { createStream, rngFromUniforms, STREAM_PURPOSES, streamSeed } from '../../../sim/random/streams';

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

  it('give −log and the normal quantile of the very draw next() would have given, however uniform, exponential and normal draws mix', () => {
    // Runs of each kind whose lengths cross the 256-draw batches at different points,
    // including a batch whose logs are first asked for part-way through.
    const runs = [1, 3, 255, 1, 2, 256, 300, 7, 513, 1, 1, 1000, 40, 600, 2];
    for (const purpose of ['arrivals', 'stays'] as const) {
      const mixed = createStream(20121, 3, purpose);
      const plain = seedrandom.xor4096(streamSeed(20121, 3, purpose));
      let drawn = 0;
      runs.forEach((length, r) => {
        for (let i = 0; i < length; i++, drawn++) {
          const u = plain.double();
          // Runs cycle through exponential, uniform and normal draws.
          const kind = r % 3;
          const got = kind === 0 ? mixed.nextExp() : kind === 1 ? mixed.next() : mixed.nextNormal();
          const want = kind === 0 ? -log(u) : kind === 1 ? u : normalQuantile(u);
          if (got !== want) expect(`${purpose} draw ${drawn} (run ${r}): ${got}`).toBe(`${want}`);
        }
      });
      expect(drawn).toBe(runs.reduce((a, b) => a + b, 0));
    }
  });

  it('rngFromUniforms gives the same three kinds of draw over any source of uniforms', () => {
    const us = [0.25, 0.5, 0.9, 1e-300];
    let i = 0;
    const rng = rngFromUniforms(() => us[i++]);
    expect([rng.next(), rng.nextExp(), rng.nextNormal(), rng.nextExp()]).toEqual([0.25, -log(0.5), normalQuantile(0.9), -log(1e-300)]);
  });
});
