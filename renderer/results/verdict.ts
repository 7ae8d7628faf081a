import type { compareRuns } from '../../sim';
import type { MessageKey } from '../i18n/en';

/** One metric's comparison as compareRuns returns it. */
export type MetricComparison = ReturnType<typeof compareRuns>[string];

/** How a verdict reads and looks: a message key, a symbol that does not rely on colour, and a tone. */
export interface VerdictView {
  key: MessageKey;
  symbol: string;
  tone: 'better' | 'worse' | 'unclear' | 'neutral';
}

/**
 * Plain words for a comparison: clearly better / clearly worse / no clear difference by the
 * metric's direction; a neutral metric (occupancy, throughput) only says higher or lower.
 */
export function verdictView(c: Pick<MetricComparison, 'verdict' | 'change'>): VerdictView {
  if (c.verdict === 'better') return { key: 'results.verdict.better', symbol: '✓', tone: 'better' };
  if (c.verdict === 'worse') return { key: 'results.verdict.worse', symbol: '✗', tone: 'worse' };
  if (c.verdict === 'neutral' && c.change === 'increase') return { key: 'results.verdict.higher', symbol: '↑', tone: 'neutral' };
  if (c.verdict === 'neutral' && c.change === 'decrease') return { key: 'results.verdict.lower', symbol: '↓', tone: 'neutral' };
  return { key: 'results.verdict.noClearDifference', symbol: '≈', tone: 'unclear' };
}
