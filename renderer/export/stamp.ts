import type { RunResult } from '../../sim';
import type { Text } from '../results/text';

/** What identifies a figure in a report: which scenario, run and app made it, and when. */
export interface StampInfo {
  scenario: string;
  seed: number;
  replications: number;
  version: string;
  date: Date;
}

export function stampInfo(result: RunResult, version: string, date: Date): StampInfo {
  return { scenario: result.scenario.name, seed: result.seed, replications: result.replications, version, date };
}

/** "Baseline · seed 20121 · 30 replications · Kapasim 0.1.0 · 23/11/2026", in the UI language. */
export function stampText(s: StampInfo, { t, fmt }: Text): string {
  return t('results.stamp', { scenario: s.scenario, seed: s.seed, replications: s.replications, version: s.version, date: fmt.date(s.date) });
}
