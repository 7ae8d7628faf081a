/**
 * The replay comparison (sim/run/replay.ts, shared with `kapasim replay`) put in the planner's
 * language: a verdict, notes on the digest and the engine version, and one table row per
 * difference, with exact values (a replay differs in the last bit, or not at all).
 */
import { differenceLines, MAX_DIFFERENCE_LINES, showValue, type ReplayComparison, type Scenario } from '../../sim';
import { metricLabel } from '../results/metric-label';
import type { Text } from '../results/text';

export interface DifferenceRow {
  what: string;
  /** Replication number (1-based as the app shows it), or null when not per replication. */
  replication: number | null;
  file: string;
  replay: string;
}

export interface ReplayText {
  identical: boolean;
  /** The verdict line. */
  verdict: string;
  /** Further lines: replications, digest, engine version, the summary of differing values. */
  notes: string[];
  rows: DifferenceRow[];
  /** "… and N more" when the rows are cut, else null. */
  more: string | null;
  /** The same comparison in English, as the CLI prints it (for the record and for copying). */
  cliLines: string[];
}

const value = (v: unknown, t: Text['t']): string => (v === undefined ? t('replay.missing') : showValue(v));

export function replayText(c: ReplayComparison, scenario: Pick<Scenario, 'services' | 'groups'>, text: Text): ReplayText {
  const { t, fmt } = text;
  const label = (key: string) => {
    const l = metricLabel(key, scenario, text);
    return l === key ? key : `${l} (${key})`;
  };
  const notes: string[] = [];
  if (!c.replications.same) notes.push(t('replay.replications', { saved: c.replications.saved, fresh: c.replications.fresh }));
  if (c.values.length > 0) {
    notes.push(
      t('replay.valuesSummary', {
        count: fmt.number(c.values.length, 0),
        metrics: c.affectedMetrics.map(label).join(', '),
        replications: c.affectedReplications.map((r) => String(r + 1)).join(', '),
      }),
    );
  }
  if (!c.digest.same) notes.push(t('replay.digest', { saved: c.digest.saved, fresh: c.digest.fresh }));
  if (c.onlyDigest) notes.push(t('replay.onlyDigest'));
  if (c.engine.changed) notes.push(t(c.identical ? 'replay.engineChangedSame' : 'replay.engineChanged', { saved: c.engine.saved, fresh: c.engine.fresh }));
  else if (!c.identical) notes.push(t('replay.engineSame', { version: c.engine.fresh }));

  const rows: DifferenceRow[] = [
    ...c.keys.map((k) => ({ what: label(k.metric), replication: null, file: k.only === 'file' ? '✓' : t('replay.missing'), replay: k.only === 'replay' ? '✓' : t('replay.missing') })),
    ...c.values.map((v) => ({ what: label(v.metric), replication: v.replication + 1, file: value(v.saved, t), replay: value(v.fresh, t) })),
    ...c.summaries.map((s) => ({ what: t('replay.summaryField', { metric: label(s.metric), field: s.field }), replication: null, file: value(s.saved, t), replay: value(s.fresh, t) })),
    ...c.series.map((s) => ({
      what:
        s.field === 'length'
          ? t('replay.seriesLength', { series: s.series })
          : s.series === 'waitHistogram'
            ? t('replay.histogramPoint', { week: s.index + 1, field: s.field })
            : t('replay.seriesPoint', { series: s.series.replace(/^series\./, ''), week: s.index + 1, field: s.field }),
      replication: null,
      file: value(s.saved, t),
      replay: value(s.fresh, t),
    })),
  ];
  const total = rows.length;
  const more = total > MAX_DIFFERENCE_LINES ? t('replay.more', { count: fmt.number(total - MAX_DIFFERENCE_LINES, 0), total: fmt.number(total, 0) }) : null;
  return {
    identical: c.identical,
    verdict: c.identical ? t('replay.identical', { digest: c.digest.fresh }) : t('replay.different'),
    notes,
    rows: rows.slice(0, MAX_DIFFERENCE_LINES),
    more,
    cliLines: differenceLines(c),
  };
}
