/**
 * Replay: a saved result file run again and compared with what it says, number by number.
 * One pure module for the CLI (`kapasim replay`) and the app's Replay button, so that both
 * say "identical" for the same file and name the same differences.
 *
 * Compared: the per-replication metric values first (what the digest covers), then each
 * metric's summary (mean, sd, ci95, n), the weekly series and the wait histogram (mean and
 * band), the number of replications and the digest; the engine version is reported either way
 * (a different engine explains differences; with the same engine a difference means the file
 * was changed after it was written, or the engine changed without a version bump).
 */
import type { Scenario } from '../scenario/types';
import type { RunResult, SeriesSummary, Summary } from './types';

/** The scenario to replay a saved run with: its own, with the file's seed and replication count. */
export function replayScenario(saved: RunResult): Scenario {
  return { ...saved.scenario, seed: saved.seed, replications: saved.replications };
}

/** A value is missing (undefined) when one side has no such replication or metric. */
export type Value = number | null | undefined;

/** Replication `replication` of `metric`: `saved` in the file, `fresh` in the replay. */
export interface ValueDifference {
  metric: string;
  replication: number;
  saved: Value;
  fresh: Value;
}

export interface SummaryDifference {
  metric: string;
  field: 'mean' | 'sd' | 'ci95' | 'n';
  saved: unknown;
  fresh: unknown;
}

/** A metric that only one side reports. */
export interface KeyDifference {
  metric: string;
  only: 'file' | 'replay';
}

/** A weekly series (`series.<key>`) or the wait histogram (`waitHistogram`), at one week or bin. */
export interface SeriesDifference {
  series: string;
  index: number;
  field: 'mean' | 'lo' | 'hi' | 'length';
  saved: Value;
  fresh: Value;
}

export interface ReplayComparison {
  /** Same digest, same replications and every compared number equal. */
  identical: boolean;
  digest: { saved: string; fresh: string; same: boolean };
  engine: { saved: string; fresh: string; changed: boolean };
  replications: { saved: number; fresh: number; same: boolean };
  keys: KeyDifference[];
  values: ValueDifference[];
  summaries: SummaryDifference[];
  series: SeriesDifference[];
  /** Metrics with a differing per-replication value, in key order; and those replications, ascending. */
  affectedMetrics: string[];
  affectedReplications: number[];
  /** The digest differs though every compared number is the same: the file's digest was changed or computed another way. */
  onlyDigest: boolean;
}

/** Equal as the file stores them: numbers bit for bit (−0 = 0), arrays element by element. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || a === b;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  return a === b;
}

/** The replay's keys in its order, then any the file has besides. */
function keyOrder(saved: RunResult, fresh: RunResult): string[] {
  const keys = Object.keys(fresh.metrics);
  for (const k of Object.keys(saved.metrics)) if (!Object.hasOwn(fresh.metrics, k)) keys.push(k);
  return keys;
}

function compareBands(name: string, a: SeriesSummary | undefined, b: SeriesSummary | undefined, out: SeriesDifference[]): void {
  for (const field of ['mean', 'lo', 'hi'] as const) {
    const x = a?.[field] ?? [];
    const y = b?.[field] ?? [];
    if (x.length !== y.length) {
      out.push({ series: name, index: -1, field: 'length', saved: x.length, fresh: y.length });
      continue;
    }
    for (let i = 0; i < x.length; i++) if (!sameValue(x[i], y[i])) out.push({ series: name, index: i, field, saved: x[i], fresh: y[i] });
  }
}

/** Compares a saved result (`saved`, from the file) with its replay (`fresh`). */
export function compareReplay(saved: RunResult, fresh: RunResult): ReplayComparison {
  const keys: KeyDifference[] = [];
  const values: ValueDifference[] = [];
  const summaries: SummaryDifference[] = [];
  const metrics = new Set<string>();
  const reps = new Set<number>();
  for (const key of keyOrder(saved, fresh)) {
    const a: Summary | undefined = Object.hasOwn(saved.metrics, key) ? saved.metrics[key] : undefined;
    const b: Summary | undefined = Object.hasOwn(fresh.metrics, key) ? fresh.metrics[key] : undefined;
    if (!a || !b) {
      keys.push({ metric: key, only: a ? 'file' : 'replay' });
      continue;
    }
    const n = Math.max(a.values.length, b.values.length);
    for (let i = 0; i < n; i++) {
      if (!sameValue(a.values[i], b.values[i])) {
        values.push({ metric: key, replication: i, saved: a.values[i], fresh: b.values[i] });
        metrics.add(key);
        reps.add(i);
      }
    }
    for (const field of ['mean', 'sd', 'ci95', 'n'] as const) {
      if (!sameValue(a[field], b[field])) summaries.push({ metric: key, field, saved: a[field], fresh: b[field] });
    }
  }
  const series: SeriesDifference[] = [];
  const seriesKeys = [...Object.keys(fresh.series?.values ?? {})];
  for (const k of Object.keys(saved.series?.values ?? {})) if (!seriesKeys.includes(k)) seriesKeys.push(k);
  for (const k of seriesKeys) compareBands(`series.${k}`, saved.series?.values?.[k], fresh.series?.values?.[k], series);
  compareBands('waitHistogram', saved.waitHistogram?.share, fresh.waitHistogram?.share, series);

  const digestSame = saved.digest === fresh.digest;
  const replicationsSame = saved.replications === fresh.replications;
  const details = keys.length + values.length + summaries.length + series.length;
  return {
    identical: digestSame && replicationsSame && details === 0,
    digest: { saved: saved.digest, fresh: fresh.digest, same: digestSame },
    engine: { saved: saved.engineVersion, fresh: fresh.engineVersion, changed: saved.engineVersion !== fresh.engineVersion },
    replications: { saved: saved.replications, fresh: fresh.replications, same: replicationsSame },
    keys,
    values,
    summaries,
    series,
    affectedMetrics: [...metrics],
    affectedReplications: [...reps].sort((x, y) => x - y),
    onlyDigest: !digestSame && details === 0,
  };
}

/** The most difference lines a report shows; the rest are counted. */
export const MAX_DIFFERENCE_LINES = 20;

/** A value as the report writes it. */
export function showValue(v: unknown): string {
  if (v === undefined) return '(missing)';
  if (v === null) return 'null';
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

/** One line per difference, in English, in the order: keys, values, summaries, series. */
export function differenceLines(c: ReplayComparison): string[] {
  return [
    ...c.keys.map((k) => (k.only === 'replay' ? `metric ${k.metric}: not in the file, but the replay reports it` : `metric ${k.metric}: in the file, but the replay does not report it`)),
    ...c.values.map((v) => `replication ${v.replication}, ${v.metric}: ${showValue(v.saved)} → ${showValue(v.fresh)}`),
    ...c.summaries.map((s) => `${s.metric}.${s.field} (summary): ${showValue(s.saved)} → ${showValue(s.fresh)}`),
    ...c.series.map((s) =>
      s.field === 'length'
        ? `${s.series}: ${showValue(s.saved)} → ${showValue(s.fresh)} points`
        : `${s.series}[${s.index}].${s.field}: ${showValue(s.saved)} → ${showValue(s.fresh)}`,
    ),
  ];
}

/**
 * The comparison in English, as `kapasim replay` prints it: `lines` name what differs (empty
 * when identical), `notes` hold either way (the engine version changed but the numbers did not).
 */
export function replayReport(c: ReplayComparison): { lines: string[]; notes: string[] } {
  const lines: string[] = [];
  const notes: string[] = [];
  if (!c.replications.same) lines.push(`replications: file ${c.replications.saved}, replay ${c.replications.fresh}`);
  if (!c.digest.same) lines.push(`digest: file ${c.digest.saved}, replay ${c.digest.fresh}`);
  if (c.engine.changed) notes.push(`engine version: the file was written by engine ${c.engine.saved}, this is engine ${c.engine.fresh}`);
  if (c.values.length > 0) {
    const m = c.affectedMetrics;
    const r = c.affectedReplications;
    lines.push(
      `${c.values.length === 1 ? '1 value differs' : `${c.values.length} values differ`} (file → replay), in metric${m.length === 1 ? '' : 's'} ${m.join(', ')}; replication${r.length === 1 ? '' : 's'} ${r.join(', ')}:`,
    );
  }
  const details = differenceLines(c);
  for (const d of details.slice(0, MAX_DIFFERENCE_LINES)) lines.push(`  ${d}`);
  if (details.length > MAX_DIFFERENCE_LINES) lines.push(`  … and ${details.length - MAX_DIFFERENCE_LINES} more differences (${details.length} in all)`);
  if (c.onlyDigest) {
    lines.push('  every metric value is the same: only the digest differs, so the digest in the file was changed or computed another way');
  }
  return { lines, notes };
}
