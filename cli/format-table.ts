/**
 * The default `run` output: key results with 95 % CIs, a per-service table, a per-group table
 * (when the result has group metrics), run-count and warm-up advice, and a footer that
 * identifies the run.
 */
import { METRIC_KEYS } from '../sim/metrics/keys';
import type { RunResult, Summary } from '../sim/run/types';
import { capacityOf } from '../sim/scenario/types';
import type { StaticEstimate } from '../sim/static/estimate';
import { formatAdvice } from './format-advice';
import { formatStaticSection } from './format-static';
import { metricLabel, UNIT_TEXT } from './labels';
import { formatGrouped, formatInterval, formatValue, formatWallTime, MISSING } from './numbers';
import { renderTable } from './text-table';

/** How the run was made, for the footer (not part of the result file). */
export interface RunInfo {
  workers: number;
  wallMs: number;
}

function mean(result: RunResult, key: string): number | null {
  return result.metrics[key]?.mean ?? null;
}

function metricRows(result: RunResult): string[][] {
  const keys: string[] = METRIC_KEYS.filter((k) => k in result.metrics);
  // Run-level keys this CLI does not list yet (the contract allows additions) come after.
  for (const k of Object.keys(result.metrics)) if (!k.includes('.') && !keys.includes(k)) keys.push(k);
  return keys.map((key) => {
    const s: Summary = result.metrics[key];
    const { label, unit } = metricLabel(key);
    return [label, formatValue(s.mean, unit), formatInterval(s.ci95, unit), UNIT_TEXT[unit]];
  });
}

function serviceRows(result: RunResult): string[][] {
  return result.scenario.services.map((svc) => {
    const p = `services.${svc.id}.`;
    const cap = capacityOf(svc);
    const capText = `${formatGrouped(cap, 0)} ${svc.kind === 'inpatient' ? (cap === 1 ? 'bed' : 'beds') : cap === 1 ? 'slot' : 'slots'}`;
    const occ = mean(result, p + 'occupancy');
    return [
      svc.label ?? svc.id,
      svc.kind,
      capText,
      formatValue(mean(result, p + 'meanWaitDays'), 'days'),
      occ === null ? MISSING : `${formatValue(occ, 'share')} %`,
      formatValue(mean(result, p + 'meanWaitingList'), 'patients'),
      formatValue(mean(result, p + 'startsPerYear'), 'perYear'),
    ];
  });
}

function groupRows(result: RunResult): string[][] {
  return result.scenario.groups
    .filter((g) => `groups.${g.id}.meanWaitDays` in result.metrics)
    .map((g) => {
      const p = `groups.${g.id}.`;
      const breach = mean(result, p + 'deadlineBreachShare');
      return [
        g.label ?? g.id,
        formatGrouped(g.deadlineDays, g.deadlineDays % 1 === 0 ? 0 : 1),
        formatValue(mean(result, p + 'meanWaitDays'), 'days'),
        breach === null ? MISSING : `${formatValue(breach, 'share')} %`,
        formatValue(mean(result, p + 'firstStartsPerYear'), 'perYear'),
      ];
    });
}

/** The table; with `estimate`, the static estimate section comes after the groups (docs/static-estimate.md). */
export function formatTable(result: RunResult, info: RunInfo, estimate?: StaticEstimate): string {
  const parts: string[] = [];
  parts.push(`Key results (mean and 95 % confidence interval over ${result.replications} replication${result.replications === 1 ? '' : 's'})`);
  parts.push('');
  parts.push(renderTable(['Metric', 'Mean', '95 % CI', 'Unit'], metricRows(result), ['left', 'right', 'right', 'left']));
  parts.push('');
  parts.push('Services (means)');
  parts.push('');
  parts.push(
    renderTable(
      ['Service', 'Kind', 'Capacity', 'Wait on list (days)', 'Occupancy', 'Waiting list', 'Starts per year'],
      serviceRows(result),
      ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
    ),
  );
  const groups = groupRows(result);
  if (groups.length > 0) {
    parts.push('');
    parts.push('Patient groups (means)');
    parts.push('');
    parts.push(renderTable(['Group', 'Deadline (days)', 'Wait (days)', 'After deadline', 'First starts per year'], groups, ['left', 'right', 'right', 'right', 'right']));
  }
  if (estimate) {
    parts.push('');
    parts.push(...formatStaticSection(result, estimate));
  }
  parts.push('');
  parts.push(...formatAdvice(result));
  parts.push('');
  parts.push(`Scenario:     ${result.scenario.name}`);
  parts.push(
    `Run:          seed ${result.seed}, ${result.replications} replication${result.replications === 1 ? '' : 's'}, ${info.workers} worker${info.workers === 1 ? '' : 's'}, wall time ${formatWallTime(info.wallMs)}`,
  );
  parts.push(`Engine:       ${result.engineVersion}`);
  parts.push(`Digest:       ${result.digest}`);
  return parts.join('\n') + '\n';
}
