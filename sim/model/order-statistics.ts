import { quantileUnsorted } from '../stats/quantile';

/**
 * Type-7 quantiles of a run's waits, the same values as quantileUnsorted (bit for bit: the
 * same order statistics and the same interpolation), found by radix selection instead of
 * quickselect. The M/M/c bench has 200,000 waits; two quickselects took about 3 ms of a 55 ms
 * run, this takes well under 1 ms.
 *
 * How: a non-negative double's bits, read as an unsigned integer, sort as the double does. One
 * pass counts the values by their top 16 bits (sign, exponent and 4 mantissa bits); a second
 * copies out the buckets that hold the wanted ranks, and each is narrowed 8 bits at a time until
 * it is small enough to sort. Negative values, −0, NaN and infinities (never waits) go to quantileUnsorted.
 * `values` is left as it is.
 */
export function quantilesOfNonNegative(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) throw new RangeError('quantilesOfNonNegative: no values');
  for (const p of ps) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`quantilesOfNonNegative: p must lie in [0, 1], got ${p}`);
  }
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const top = countTopBits(words, n);
  // Buckets from 0x7ff0 up hold infinities, NaN and every negative number (and −0).
  if (countFrom(top, 0x7ff0) > 0) {
    const copy = values.slice(); // quantileUnsorted reorders what it is given
    return ps.map((p) => quantileUnsorted(copy, p));
  }
  // The order statistics wanted: for each p, ranks ⌊h⌋ and ⌊h⌋ + 1 of h = (n − 1)·p, as in
  // quantileUnsorted; each with its top-bits bucket and the count of values in lower buckets.
  const hs = ps.map((p) => (n - 1) * p);
  const ranks = new Float64Array(2 * ps.length);
  for (let q = 0; q < hs.length; q++) {
    ranks[2 * q] = Math.floor(hs[q]);
    ranks[2 * q + 1] = Math.min(n - 1, Math.floor(hs[q]) + 1);
  }
  const bucketOf = new Int32Array(ranks.length);
  const below = new Float64Array(ranks.length);
  for (let r = 0; r < ranks.length; r++) {
    bucketOf[r] = bucketOfRank(top, ranks[r]);
    below[r] = countBelow(top, bucketOf[r]);
  }
  // One pass copies out the values of those buckets (slot[b]: which copy bucket b goes to).
  const slot = new Int8Array(TOP_BUCKETS).fill(-1);
  const buckets: Float64Array[] = [];
  for (let r = 0; r < ranks.length; r++) {
    if (slot[bucketOf[r]] < 0) {
      slot[bucketOf[r]] = buckets.length;
      buckets.push(new Float64Array(top[bucketOf[r]]));
    }
  }
  copyBuckets(values, words, slot, buckets);
  return hs.map((h, q) => {
    const k = Math.floor(h);
    const lower = selectNarrowing(buckets[slot[bucketOf[2 * q]]], ranks[2 * q] - below[2 * q], 1);
    if (h === k) return lower;
    const upper = selectNarrowing(buckets[slot[bucketOf[2 * q + 1]]], ranks[2 * q + 1] - below[2 * q + 1], 1);
    return lower + (h - k) * (upper - lower);
  });
}

// Every loop is a function of its own, always called with the same types: V8 then keeps it
// optimized from one replication to the next. (A long loop inside quantilesOfNonNegative, which
// runs once per replication, was compiled on the fly and thrown away again at every call.)

/** Counts the values by the top 16 bits of their high words. */
function countTopBits(words: Uint32Array, n: number): Int32Array {
  const top = new Int32Array(TOP_BUCKETS);
  for (let i = 0; i < n; i++) top[words[2 * i + HI] >>> 16]++;
  return top;
}

/** Values in buckets b … end. */
function countFrom(top: Int32Array, b: number): number {
  let count = 0;
  for (; b < top.length; b++) count += top[b];
  return count;
}

/** Values in buckets before b. */
function countBelow(top: Int32Array, b: number): number {
  let count = 0;
  for (let k = 0; k < b; k++) count += top[k];
  return count;
}

/** The bucket holding the value of the given rank (0-based). */
function bucketOfRank(top: Int32Array, rank: number): number {
  let b = 0;
  let before = 0;
  while (before + top[b] <= rank) before += top[b++];
  return b;
}

/** Copies each value whose top-bits bucket has a slot into that slot's array. */
function copyBuckets(values: Float64Array, words: Uint32Array, slot: Int8Array, buckets: Float64Array[]): void {
  const fill = new Int32Array(buckets.length);
  for (let i = 0; i < values.length; i++) {
    const k = slot[words[2 * i + HI] >>> 16];
    if (k >= 0) buckets[k][fill[k]++] = values[i];
  }
}

const TOP_BUCKETS = 65536;
/** Below this many values a bucket is sorted rather than narrowed further. */
const SORT_BELOW = 256;
// Word order of a double in memory: little-endian machines keep the high word second.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/**
 * The rank-th smallest of `values`, which agree on every bit above byte `level` of their
 * 64-bit pattern (level 1: bits 47–40 come next, … level 6: bits 7–0).
 */
function selectNarrowing(values: Float64Array, rank: number, level: number): number {
  for (;;) {
    const m = values.length;
    if (m < SORT_BELOW || level > 6) {
      values.sort();
      return values[rank];
    }
    const words = new Uint32Array(values.buffer, values.byteOffset, 2 * m);
    // Byte `level` below the top 16 bits: in the high word for levels 1–2, the low word after.
    const word = level <= 2 ? HI : LO;
    const shift = level <= 2 ? 16 - 8 * level : 32 - 8 * (level - 2);
    const counts = new Int32Array(256);
    for (let i = 0; i < m; i++) counts[(words[2 * i + word] >>> shift) & 255]++;
    let digit = 0;
    let before = 0;
    while (before + counts[digit] <= rank) before += counts[digit++];
    level++;
    if (counts[digit] === m) continue; // all share this byte: nothing to drop
    const next = new Float64Array(counts[digit]);
    let j = 0;
    for (let i = 0; i < m; i++) if (((words[2 * i + word] >>> shift) & 255) === digit) next[j++] = values[i];
    values = next;
    rank -= before;
  }
}
