import type { RunResult } from '../../sim';
import type { Text } from './text';

/**
 * Why a comparison is or is not paired, in plain words: pairing needs the same seed and
 * replication count (common random numbers); otherwise Welch's unpaired interval is used.
 */
export function pairingText(variant: RunResult, baseline: RunResult, { t }: Pick<Text, 't'>): { paired: boolean; text: string } {
  if (variant.seed !== baseline.seed) {
    return { paired: false, text: t('results.compare.unpairedSeed', { variant: variant.seed, baseline: baseline.seed }) };
  }
  if (variant.replications !== baseline.replications) {
    return { paired: false, text: t('results.compare.unpairedReplications', { variant: variant.replications, baseline: baseline.replications }) };
  }
  return { paired: true, text: t('results.compare.paired') };
}
