/**
 * Compares a saved result with its replay: per-replication metric values first (what the
 * digest covers), then the summaries, the digest and the engine version, and says exactly
 * what differs.
 */
import type { RunResult, Summary } from '../sim/run/types';

export interface Comparison {
  /** Same digest and every value equal. */
  identical: boolean;
  /** Lines that name what differs (empty when identical). */
  lines: string[];
  /** Notes that hold either way (e.g. the engine version changed but the numbers did not). */
  notes: string[];
}

/** The most difference lines shown; the rest are counted. */
export const MAX_DIFFERENCE_LINES = 20;

function show(v: unknown): string {
  if (v === undefined) return '(missing)';
  if (v === null) return 'null';
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || a === b;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b;
}

function keyOrder(saved: RunResult, fresh: RunResult): string[] {
  const keys = Object.keys(fresh.metrics);
  for (const k of Object.keys(saved.metrics)) if (!(k in fresh.metrics)) keys.push(k);
  return keys;
}

export function compareRuns(saved: RunResult, fresh: RunResult): Comparison {
  const valueDiffs: string[] = [];
  const summaryDiffs: string[] = [];
  const keyDiffs: string[] = [];
  const affectedMetrics = new Set<string>();
  const affectedReps = new Set<number>();

  for (const key of keyOrder(saved, fresh)) {
    const a: Summary | undefined = saved.metrics[key];
    const b: Summary | undefined = fresh.metrics[key];
    if (!a) {
      keyDiffs.push(`metric ${key}: not in the file, but the replay reports it`);
      continue;
    }
    if (!b) {
      keyDiffs.push(`metric ${key}: in the file, but the replay does not report it`);
      continue;
    }
    const n = Math.max(a.values.length, b.values.length);
    for (let i = 0; i < n; i++) {
      if (!same(a.values[i], b.values[i])) {
        valueDiffs.push(`replication ${i}, ${key}: ${show(a.values[i])} → ${show(b.values[i])}`);
        affectedMetrics.add(key);
        affectedReps.add(i);
      }
    }
    for (const field of ['mean', 'sd', 'ci95', 'n'] as const) {
      if (!same(a[field], b[field])) summaryDiffs.push(`${key}.${field} (summary): ${show(a[field])} → ${show(b[field])}`);
    }
  }

  const lines: string[] = [];
  const notes: string[] = [];
  if (saved.replications !== fresh.replications) lines.push(`replications: file ${saved.replications}, replay ${fresh.replications}`);
  const digestSame = saved.digest === fresh.digest;
  if (!digestSame) lines.push(`digest: file ${saved.digest}, replay ${fresh.digest}`);
  if (saved.engineVersion !== fresh.engineVersion) {
    const line = `engine version: the file was written by engine ${saved.engineVersion}, this is engine ${fresh.engineVersion}`;
    notes.push(line);
  }
  if (valueDiffs.length > 0) {
    lines.push(
      `${valueDiffs.length === 1 ? '1 value differs' : `${valueDiffs.length} values differ`} (file → replay), in metric${affectedMetrics.size === 1 ? '' : 's'} ${[...affectedMetrics].join(', ')}; replication${affectedReps.size === 1 ? '' : 's'} ${[...affectedReps].sort((x, y) => x - y).join(', ')}:`,
    );
  }
  const details = [...keyDiffs, ...valueDiffs, ...summaryDiffs];
  for (const d of details.slice(0, MAX_DIFFERENCE_LINES)) lines.push(`  ${d}`);
  if (details.length > MAX_DIFFERENCE_LINES) lines.push(`  … and ${details.length - MAX_DIFFERENCE_LINES} more differences (${details.length} in all)`);
  if (!digestSame && details.length === 0) {
    lines.push('  every metric value is the same: only the digest differs, so the digest in the file was changed or computed another way');
  }
  const identical = lines.length === 0;
  return { identical, lines, notes };
}
