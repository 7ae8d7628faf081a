import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exp, log, pow } from '../../../sim/math/portable';

/**
 * The exact bits of log, exp and pow over a fixed set of inputs, as SHA-256 digests. They were
 * taken from the first fdlibm port (commit 96d8be9); a faster formulation must keep them, since
 * one differing bit changes a run's digest.
 */
function bitsDigest(f: (x: number) => number, xs: Iterable<number>): string {
  const h = createHash('sha256');
  const buf = new Float64Array(4096);
  let n = 0;
  for (const x of xs) {
    buf[n++] = f(x);
    if (n === buf.length) {
      h.update(new Uint8Array(buf.buffer));
      n = 0;
    }
  }
  h.update(new Uint8Array(buf.buffer, 0, n * 8));
  return h.digest('hex');
}

/** Uniforms, every magnitude, values next to 1 and powers of two, random bit patterns, specials. */
function* inputs(n: number): Generator<number> {
  let s = 12345;
  const w = new Uint32Array(2);
  const d = new Float64Array(w.buffer);
  for (let i = 0; i < n; i++) {
    s = (s * 16807) % 2147483647;
    const u = s / 2147483647;
    yield u;
    yield u * 1e6;
    yield u * 1e-300;
    yield 1 + u * 1e-7;
    yield 1 - u * 1e-7;
    yield u * u * u;
    yield 1 / u;
    yield u * 20 - 10;
    yield u * 1400 - 700;
    w[0] = s;
    w[1] = ((s * 48271) % 2147483647) * 2;
    yield d[0];
  }
  yield* [0, -0, 1, 2, 0.5, Infinity, -Infinity, NaN, 5e-324, 1e-310, Number.MAX_VALUE, 1 + 2 ** -52, 1 - 2 ** -53, 2 ** -1022, 2 ** 1023, -1, 709.78, -745.2];
}

describe('portable log, exp and pow keep their exact bits', () => {
  it('log', () => {
    expect(bitsDigest(log, inputs(300_000))).toBe('de2f214cc1851846a32febc26938f1e17525571330edf047d670094434d3becf');
  });
  it('exp', () => {
    expect(bitsDigest(exp, inputs(300_000))).toBe('e7756762ea31c9e0694babf7a7ba1edf4c4c0dbd03cc711bcdd3071b879eaaaf');
  });
  it('pow', () => {
    expect(bitsDigest((x) => pow(Math.abs(x) + 1e-3, 1.37), inputs(100_000))).toBe('8cdf753bb3e516bbfbbf937b2b20e7586a9b8621c61aa80e3cc7a676eff546d2');
  });
});
