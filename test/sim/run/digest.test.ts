import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeDigest, digestBytes, type DigestInput } from '../../../sim/run/digest';

const KEYS = ['meanWaitDays', 'bedOccupancy', 'services.rus-ø.occupancy'];
const REPS: DigestInput[] = [
  { replication: 1, metrics: { meanWaitDays: 12.5, bedOccupancy: null, 'services.rus-ø.occupancy': -0 } },
  { replication: 0, metrics: { meanWaitDays: 0.1, bedOccupancy: 0.93, 'services.rus-ø.occupancy': 1e-300 } },
];
// Computed independently in Python (struct.pack('>d'), hashlib.sha256) from the documented format.
const PINNED = '3aae84c3dd60822e133a6ae81ccbba47499c21beb8545e715b815937c6f934cd';

/** The input with one value replaced. */
function withValue(rep: number, key: string, value: number | null): DigestInput[] {
  return REPS.map((r) => (r.replication === rep ? { ...r, metrics: { ...r.metrics, [key]: value } } : r));
}

describe('computeDigest', () => {
  it('gives the pinned hex for a fixed input', () => {
    expect(computeDigest(KEYS, REPS)).toBe(PINNED);
  });

  it('hashes exactly the documented bytes (cross-checked with Node crypto)', () => {
    const bytes = digestBytes(KEYS, REPS);
    expect(bytes.length).toBe(144);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(computeDigest(KEYS, REPS));
    // Replication 0 comes first: key, tag 1, then 0.1 big-endian.
    expect(Array.from(bytes.subarray(0, 21))).toEqual([
      ...Buffer.from('meanWaitDays', 'utf8'),
      1,
      0x3f, 0xb9, 0x99, 0x99, 0x99, 0x99, 0x99, 0x9a,
    ]);
  });

  it('does not depend on the order the replications arrive in', () => {
    expect(computeDigest(KEYS, [...REPS].reverse())).toBe(PINNED);
  });

  it('changes with a 1-ulp change in one value', () => {
    const next = 0.93 + Number.EPSILON / 2; // 0.93 lies in [0.5, 1): one ulp is 2^-53
    expect(next).not.toBe(0.93);
    expect(computeDigest(KEYS, withValue(0, 'bedOccupancy', next))).not.toBe(PINNED);
  });

  it('tells null from 0, and treats -0 as 0 and a missing key as null', () => {
    expect(computeDigest(KEYS, withValue(1, 'bedOccupancy', 0))).not.toBe(PINNED);
    expect(computeDigest(KEYS, withValue(1, 'services.rus-ø.occupancy', 0))).toBe(PINNED);
    const missing = REPS.map((r) => {
      const { bedOccupancy: _dropped, ...rest } = r.metrics;
      return r.replication === 1 ? { ...r, metrics: rest } : r;
    });
    expect(computeDigest(KEYS, missing)).toBe(PINNED);
  });

  it('depends on the key order and writes every NaN the same way', () => {
    expect(computeDigest([...KEYS].reverse(), REPS)).not.toBe(PINNED);
    const nanA = new Float64Array(new Uint32Array([1, 0x7ff00000]).buffer)[0]!; // a signalling-style NaN payload
    expect(Number.isNaN(nanA)).toBe(true);
    expect(computeDigest(KEYS, withValue(0, 'meanWaitDays', nanA))).toBe(
      computeDigest(KEYS, withValue(0, 'meanWaitDays', Number.NaN)),
    );
  });
});
