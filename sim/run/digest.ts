/**
 * The result digest: SHA-256 (lowercase hex) over a canonical byte serialization of the
 * per-replication metric values, so a replayed run can be checked bit for bit on any
 * machine, in Node or a browser, with any number of workers. See docs/result-digest.md.
 *
 * Byte format (no header, no separators, no lengths):
 *   for each replication, in ascending `replication` index (the order given does not matter):
 *     for each metric key, in the order of `metricKeys` (allMetricKeys(scenario) for a run):
 *       the key's UTF-8 bytes,
 *       then one tag byte: 0x00 when the value is null (or missing), 0x01 when it is a number,
 *       then, for a number only, its IEEE-754 binary64 bytes, big-endian,
 *       with −0 written as +0 and every NaN as the canonical 0x7FF8000000000000.
 * For a fixed key list this is unambiguous: each value's width follows from its tag.
 * Pure JavaScript (DataView, @noble/hashes), so every platform produces the same bytes.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** What the digest reads from each replication. */
export interface DigestInput {
  replication: number;
  metrics: Record<string, number | null>;
}

const TAG_NULL = 0;
const TAG_NUMBER = 1;

/** The canonical bytes the digest hashes (format at the top of this file). */
export function digestBytes(metricKeys: readonly string[], reps: readonly DigestInput[]): Uint8Array {
  const keyBytes = metricKeys.map((k) => utf8ToBytes(k));
  const sorted = [...reps].sort((a, b) => a.replication - b.replication);
  let length = 0;
  for (const rep of sorted) {
    keyBytes.forEach((kb, i) => {
      length += kb.length + 1 + (typeof rep.metrics[metricKeys[i]!] === 'number' ? 8 : 0);
    });
  }
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const rep of sorted) {
    keyBytes.forEach((kb, i) => {
      bytes.set(kb, at);
      at += kb.length;
      const value = rep.metrics[metricKeys[i]!];
      if (typeof value !== 'number') {
        view.setUint8(at++, TAG_NULL);
        return;
      }
      view.setUint8(at++, TAG_NUMBER);
      if (Number.isNaN(value)) {
        view.setUint32(at, 0x7ff80000, false);
        view.setUint32(at + 4, 0, false);
      } else {
        view.setFloat64(at, value === 0 ? 0 : value, false); // 0 also turns −0 into +0
      }
      at += 8;
    });
  }
  return bytes;
}

/**
 * SHA-256 (64 lowercase hex digits) over digestBytes(metricKeys, reps): identical for the same
 * values whatever order the replications arrive in; any changed bit of any value changes it.
 */
export function computeDigest(metricKeys: readonly string[], reps: readonly DigestInput[]): string {
  return bytesToHex(sha256(digestBytes(metricKeys, reps)));
}
