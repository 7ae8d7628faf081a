import type { ReplicationAdviceRow, WarmupAdvice } from '../../../sim';
import type { MessageKey } from '../../i18n/en';
import type { Text } from '../../results/text';

/** Whether a KPI's CI is within the precision, in words with a symbol (not colour alone). */
export function adviceVerdict(r: ReplicationAdviceRow, { t }: Pick<Text, 't'>): { symbol: string; text: string; tone: 'ok' | 'warn' | 'muted' } {
  if (r.reason === 'tooFewValues') return { symbol: '–', text: t('advice.reason.tooFewValues'), tone: 'muted' };
  if (r.reason === 'zeroMean') return { symbol: '–', text: t('advice.reason.zeroMean'), tone: 'muted' };
  if (r.met) return { symbol: '✓', text: t('advice.met.yes'), tone: 'ok' };
  return { symbol: '✗', text: t('advice.met.no'), tone: 'warn' };
}

/** Days with years beside them when long: "1,460 days (4.0 years)". */
export function daysText(days: number, { t, fmt }: Text): string {
  const d = t('study.unit.days', { value: fmt.number(days, 0) });
  return days >= 365 ? t('advice.daysYears', { days: d, years: fmt.number(days / 365, 1) }) : d;
}

/** What Welch's method says about the scenario's warm-up, in one sentence. */
export function warmupMessage(w: WarmupAdvice | null, text: Text): { key: MessageKey; tone: 'ok' | 'warn'; text: string } {
  if (w === null) return { key: 'advice.warmup.tooShort', tone: 'warn', text: text.t('advice.warmup.tooShort') };
  const vars = { scenario: daysText(w.scenarioWarmupDays, text), suggested: w.suggestedWarmupDays === null ? '' : daysText(w.suggestedWarmupDays, text) };
  const key: MessageKey = w.status === 'enough' ? 'advice.warmup.enough' : w.status === 'shorter' ? 'advice.warmup.shorter' : 'advice.warmup.notSettled';
  return { key, tone: w.status === 'enough' ? 'ok' : 'warn', text: text.t(key, vars) };
}

/** The most replications advised over the KPIs and for which KPI, or null when none could be advised. */
export function mostAdvised(rows: readonly ReplicationAdviceRow[]): { n: number; key: string } | null {
  let best: { n: number; key: string } | null = null;
  for (const r of rows) if (r.advised !== null && (best === null || r.advised > best.n)) best = { n: r.advised, key: r.key };
  return best;
}
