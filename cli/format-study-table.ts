/**
 * `kapasim study --format table`: what the study compared, then per key KPI a table of the
 * baseline and each variant (mean and 95 % CI, the paired difference from the baseline with
 * its 95 % CI, and the verdict in plain words), each sweep as its own table (a 2-D sweep as
 * one grid per KPI), the advice for the baseline run, and a footer.
 */
import { KEY_METRICS } from '../sim/metrics/keys';
import { preview } from '../sim/scenario/issues';
import { caseRows, sweepGrid, sweepLine } from '../sim/study/tables';
import { valueAt } from '../sim/study/paths';
import type { StudyResult, StudySweepResult } from '../sim/study/types';
import { adviceLines } from './format-advice';
import { metricLabel, shortLabel, UNIT_TEXT, verdictText, type Unit } from './labels';
import { formatInterval, formatValue, formatWallTime, MISSING } from './numbers';
import { plural } from './report';
import { renderTable } from './text-table';

/** How the study was run, for the header and footer (not part of the result). */
export interface StudyRunInfo {
  workers: number;
  wallMs: number;
  /** The baseline's file as the study names it, when it is one. */
  baselineFile?: string | null;
}

/** A value as a planner reads it in a list of changes: numbers plain, anything else as JSON. */
export function showValue(v: unknown): string {
  return typeof v === 'number' || typeof v === 'string' ? String(v) : preview(v);
}

/** `services.long.beds 88 → 75; aftercare.places 248 → 372`. */
export function changesText(result: StudyResult, changes: Record<string, unknown>): string {
  return Object.entries(changes)
    .map(([path, v]) => `${path} ${showValue(valueAt(result.baseline.scenario, path))} → ${showValue(v)}`)
    .join('; ');
}

/** A difference with its sign; shares in percentage points. */
export function formatDifference(d: number | null | undefined, unit: Unit): string {
  if (d === null || d === undefined) return MISSING;
  const text = formatValue(d, unit);
  const signed = d > 0 && /[1-9]/.test(text) ? `+${text}` : text;
  return unit === 'share' ? `${signed} pp` : signed;
}

function differenceInterval(ci: [number, number] | null | undefined, unit: Unit): string {
  if (!ci) return MISSING;
  return `${formatInterval(ci, unit)}${unit === 'share' ? ' pp' : ''}`;
}

function unitTitle(unit: Unit): string {
  return unit === 'share' ? '%; differences in percentage points' : UNIT_TEXT[unit];
}

function header(result: StudyResult, info: StudyRunInfo): string[] {
  const variants = result.cases.filter((c) => c.kind === 'variant').length;
  const points = (s: StudySweepResult) => s.caseIndices.length;
  const sweeps = result.sweeps.map((s) => `${s.by ? `${s.name} × ${s.by.name}` : s.name} (${plural(points(s), 'point')})`);
  const lines = [`Study:     ${result.name}`, `Baseline:  ${result.baseline.scenario.name}${info.baselineFile ? ` (${info.baselineFile})` : ''}`];
  const what = [...(variants > 0 ? [plural(variants, 'variant')] : []), ...(sweeps.length > 0 ? [`${plural(sweeps.length, 'sweep')}: ${sweeps.join(', ')}`] : [])];
  lines.push(`Cases:     ${what.length > 0 ? what.join('; ') : 'the baseline only'}`);
  const unpaired = result.cases.filter((c) => !c.paired).length;
  lines.push(
    unpaired === 0
      ? `Pairing:   every case ran with the baseline's seed ${result.seed} and ${plural(result.replications, 'replication')}, so each difference is paired over common random numbers`
      : `Pairing:   ${plural(unpaired, 'case')} could not be paired with the baseline and ${unpaired === 1 ? 'is' : 'are'} compared by Welch's interval (marked "unpaired")`,
  );
  return lines;
}

function variantTables(result: StudyResult): string[] {
  const rows = caseRows(result, KEY_METRICS);
  if (rows.length === 1) return [];
  const parts = ['Variants', ''];
  rows.slice(1).forEach((r, i) => parts.push(`  ${i + 1}. ${r.name}: ${changesText(result, r.changes)}`));
  parts.push('');
  parts.push('Each variant against the baseline: mean and 95 % CI over replications; difference = variant − baseline, with its 95 % CI.');
  parts.push('"better" or "worse" only when the CI of the difference excludes 0.');
  for (const key of KEY_METRICS) {
    if (!(key in result.baseline.metrics)) continue;
    const { label, unit } = metricLabel(key);
    parts.push('');
    parts.push(`${label} (${unitTitle(unit)})`);
    parts.push('');
    const body = rows.map((r, i) => {
      const cell = r.kpis[key]!;
      const name = i === 0 ? 'baseline' : `${i}. ${r.name}`;
      const cmp = cell.comparison;
      if (!cmp) return [name, formatValue(cell.mean, unit), formatInterval(cell.ci95, unit), '', '', ''];
      const words = verdictText(cmp) + (cmp.paired ? '' : ' (unpaired)');
      return [name, formatValue(cell.mean, unit), formatInterval(cell.ci95, unit), formatDifference(cmp.difference.mean, unit), differenceInterval(cmp.difference.ci95, unit), words];
    });
    parts.push(renderTable(['Case', 'Mean', '95 % CI', 'Difference', '95 % CI of difference', 'Verdict'], body, ['left', 'right', 'right', 'right', 'right', 'left']));
  }
  return parts;
}

function keysIn(result: StudyResult): string[] {
  return KEY_METRICS.filter((k) => k in result.baseline.metrics);
}

function kpiHeader(key: string): string {
  const { unit } = metricLabel(key);
  return `${shortLabel(key)} (${unit === 'share' ? '%' : UNIT_TEXT[unit]})`;
}

function lineSweep(result: StudyResult, s: StudySweepResult): string[] {
  const keys = keysIn(result);
  const baseValue = valueAt(result.baseline.scenario, s.path);
  const first = sweepLine(result, s.index, keys[0]!)!;
  const head = [`${s.name} →`, `${showValue(baseValue)} (baseline)`, ...first.points.map((p) => showValue(p.value))];
  // One row per KPI, one column per value; a mark, or a space where there is none, keeps the digits aligned.
  const rows = keys.map((key) => {
    const unit = metricLabel(key).unit;
    const line = sweepLine(result, s.index, key)!;
    const marked = line.points.map((p) => `${formatValue(p.mean, unit)}${p.comparison && p.comparison.change !== 'noClearDifference' ? '*' : ' '}`);
    return [kpiHeader(key), `${formatValue(result.baseline.metrics[key]!.mean, unit)} `, ...marked];
  });
  return [
    `Sweep ${s.index + 1}: ${s.name}${s.name !== s.path ? ` (${s.path})` : ''}: means over replications;`,
    '* marks a clear difference from the baseline (the 95 % CI of the paired difference excludes 0)',
    '',
    renderTable(head, rows, ['left', ...head.slice(1).map(() => 'right' as const)]),
  ];
}

function gridSweep(result: StudyResult, s: StudySweepResult): string[] {
  const parts = [`Sweep ${s.index + 1}: ${s.name} (${s.path}) × ${s.by!.name} (${s.by!.path}): means over replications, one grid per key result`];
  for (const key of keysIn(result)) {
    const grid = sweepGrid(result, s.index, key)!;
    const { label, unit } = metricLabel(key);
    parts.push('', `${label} (${unit === 'share' ? '%' : UNIT_TEXT[unit]})`, '');
    const head = [`${s.by!.name} ↓  ${s.name} →`, ...grid.x.values.map(showValue)];
    const body = grid.cells.map((row, i) => [showValue(grid.y.values[i]), ...row.map((c) => (c ? formatValue(c.mean, unit) : MISSING))]);
    parts.push(renderTable(head, body, ['left', ...grid.x.values.map(() => 'right' as const)]));
  }
  return parts;
}

export function formatStudyTable(result: StudyResult, info: StudyRunInfo): string {
  const parts: string[] = [...header(result, info)];
  const variants = variantTables(result);
  if (variants.length > 0) parts.push('', ...variants);
  for (const s of result.sweeps) parts.push('', ...(s.by ? gridSweep(result, s) : lineSweep(result, s)));
  parts.push('', 'Advice for the baseline run', '');
  parts.push(...adviceLines(result.advice.replications, result.advice.warmup, result.replications));
  parts.push('');
  const runs = 1 + result.cases.length;
  parts.push(`Run:       ${plural(runs, 'scenario')} × ${plural(result.replications, 'replication')}, ${plural(info.workers, 'worker')}, wall time ${formatWallTime(info.wallMs)}`);
  parts.push(`Engine:    ${result.engineVersion}`);
  parts.push(`Baseline digest: ${result.baseline.digest}`);
  return parts.join('\n') + '\n';
}
