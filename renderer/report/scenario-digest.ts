import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Scenario } from '../../sim';

/** SHA-256 (hex) of the scenario as a file holds it (indented JSON and a final newline, as the app saves it). */
export function scenarioDigest(scenario: Scenario): string {
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(scenario, null, 2) + '\n')));
}
