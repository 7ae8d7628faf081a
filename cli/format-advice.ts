/**
 * The advice section of the `run` and `study` tables: per key KPI whether the 95 % CI is
 * within ±5 % of the mean and how many replications would make it so, and Welch's warm-up
 * suggestion against the scenario's warm-up, with a warning when the scenario's is shorter.
 */
import type { RunResult } from '../sim/run/types';
import { replicationAdviceTable, warmupAdvice, type ReplicationAdviceRow, type WarmupAdvice } from '../sim/study/advice';
import { metricLabel } from './labels';
import { formatGrouped, formatValue, MISSING } from './numbers';
import { renderTable } from './text-table';

function percent(share: number): string {
  return `${formatGrouped(share * 100, share * 100 < 10 ? 1 : 0)} %`;
}

/** Why a row has no relative precision, in words. */
function reasonText(r: ReplicationAdviceRow): string {
  switch (r.reason) {
    case 'tooFewValues':
      return r.n === 0 ? 'no values' : 'needs 2 or more values';
    case 'zeroMean':
      return 'mean 0: no % of it';
    case 'noVariation':
      return 'same in every replication';
    default:
      return MISSING;
  }
}

/** The run-count rows: metric, mean, CI half-width, as % of the mean, met, advised. */
export function adviceRows(rows: readonly ReplicationAdviceRow[]): string[][] {
  return rows.map((r) => {
    const { label, unit } = metricLabel(r.key);
    const half = r.halfWidth === null ? MISSING : `±${formatValue(r.halfWidth, unit)}${unit === 'share' ? ' pp' : ''}`;
    const rel = r.reason !== undefined || r.relativeHalfWidth === null ? reasonText(r) : percent(r.relativeHalfWidth);
    return [label, formatValue(r.mean, unit), half, rel, r.met ? 'yes' : 'no', r.advised === null ? MISSING : formatGrouped(r.advised, 0)];
  });
}

function days(d: number): string {
  return `${formatGrouped(d, 0)} days`;
}

/** The warm-up lines: the suggestion, the scenario's warm-up and a warning when it falls short. */
export function warmupLines(w: WarmupAdvice | null): string[] {
  if (w === null) return ['Warm-up: the run is too short for Welch\'s method (fewer than 8 weeks).'];
  const how = `Welch's method on the weekly ${w.seriesKey === 'waitingList' ? 'waiting list' : w.seriesKey}, averaged over replications and smoothed over ${2 * w.welch.window + 1} weeks`;
  const lines = [`Warm-up (${how}):`];
  if (w.status === 'notSettled') {
    lines.push(`  no suggestion: the smoothed curve does not settle within ±${percent(w.welch.tolerance)} of its level in the first half of the run,`);
    lines.push(`  which the method needs to see the steady level. Note: a longer run (horizonDays) would show whether the`);
    lines.push(`  scenario's warm-up of ${days(w.scenarioWarmupDays)} is enough.`);
    return lines;
  }
  lines.push(`  suggested ${days(w.suggestedWarmupDays!)} (from then on it stays within ±${percent(w.welch.tolerance)} of its level); the scenario's warm-up is ${days(w.scenarioWarmupDays)}${w.status === 'enough' ? ': long enough.' : '.'}`);
  if (w.status === 'shorter') {
    lines.push(`  Warning: the scenario's warm-up (${days(w.scenarioWarmupDays)}) is shorter than the suggested ${days(w.suggestedWarmupDays!)}, so the results still carry part of the empty start; set "warmupDays" to at least ${formatGrouped(w.suggestedWarmupDays!, 0)}.`);
  }
  return lines;
}

/** The advice section from advice already computed (as a study result holds it), as lines. */
export function adviceLines(rows: readonly ReplicationAdviceRow[], warmup: WarmupAdvice | null, replications: number): string[] {
  const target = rows[0]?.target ?? 0.05;
  const parts = [`Run-count advice: is each key result's 95 % CI within ±${percent(target)} of its mean with ${replications} replication${replications === 1 ? '' : 's'}?`, ''];
  parts.push(renderTable(['Metric', 'Mean', '95 % CI ±', '± as % of mean', `Within ±${percent(target)}`, 'Replications advised'], adviceRows(rows), ['left', 'right', 'right', 'right', 'left', 'right']));
  parts.push('Advised: the replications after which the CI stayed within the target (Hoad, Robinson and Davies 2010),');
  parts.push('or, where that did not happen yet, a projection from the spread so far.');
  parts.push('');
  parts.push(...warmupLines(warmup));
  return parts;
}

/** The advice section for a run, as lines. */
export function formatAdvice(result: RunResult, target = 0.05): string[] {
  return adviceLines(replicationAdviceTable(result, { target }), warmupAdvice(result), result.replications);
}
