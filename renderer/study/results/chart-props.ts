/**
 * The study's charts as props, from a study result, a KPI and the language: the Study tab and
 * the report draw the same charts from these (only the width differs).
 */
import { caseRows, sweepGrid, sweepLine, tornadoTable, type StudyResult, type StudySweepResult } from '../../../sim';
import { clampToRange, formatNumber } from '../../results/format-metric';
import { metricLabel } from '../../results/metric-label';
import { metricUnit, type MetricUnit } from '../../results/metric-units';
import type { Text } from '../../results/text';
import { verdictView } from '../../results/verdict';
import type { DifferenceChartProps } from '../charts/DifferenceChart';
import type { HeatmapProps } from '../charts/Heatmap';
import { sweepData } from '../charts/sweep-line-layout';
import type { SweepLineChartProps } from '../charts/SweepLineChart';
import type { TornadoChartProps } from '../charts/TornadoChart';
import type { TornadoDatum } from '../charts/tornado-layout';
import { TONE_STYLE } from '../charts/tones';
import { formatPathValue, pathLabel } from '../model/labels';

type Sized<P> = Omit<P, 'width'>;

/** Tick values are multiplied by this: shares shown as %, NOK in millions. */
export function unitScale(unit: MetricUnit): number {
  return unit === 'share' ? 100 : unit === 'nokPerYear' ? 1e-6 : 1;
}

/** A KPI's axis label with its unit; `difference` for a difference from the baseline (shares in percentage points). */
export function kpiAxisLabel(kpi: string, study: StudyResult, text: Text, difference = false): string {
  const unit = metricUnit(kpi);
  const u = difference && unit === 'share' ? text.t('study.axisUnit.pp') : text.t(`study.axisUnit.${unit}`);
  const metric = metricLabel(kpi, study.baseline.scenario, text);
  return text.t(difference ? 'study.chart.diffAxis' : 'study.chart.valueAxis', { metric, unit: u });
}

export function differenceChartProps(study: StudyResult, kpi: string, text: Text): Sized<DifferenceChartProps> {
  const { t } = text;
  const rows = caseRows(study, [kpi]).slice(1).map((r) => {
    const cell = r.kpis[kpi]!;
    const v = cell.comparison ? verdictView(cell.comparison) : verdictView({ verdict: 'noClearDifference', change: 'noClearDifference' });
    const d = cell.comparison?.difference;
    return { label: r.name, mean: d?.mean ?? null, ci: d?.ci95 ?? null, tone: v.tone, symbol: v.symbol };
  });
  const tones = [...new Set(rows.map((r) => r.tone))];
  const legend = tones.map((tone) => {
    const key = tone === 'better' ? 'results.verdict.better' : tone === 'worse' ? 'results.verdict.worse' : tone === 'neutral' ? 'study.chart.neutral' : 'results.verdict.noClearDifference';
    const symbol = tone === 'better' ? '✓' : tone === 'worse' ? '✗' : tone === 'neutral' ? '↑↓' : '≈';
    return { label: `${symbol} ${t(key)}`, swatch: { kind: 'rect' as const, ...TONE_STYLE[tone] } };
  });
  return {
    title: t('study.chart.differences', { metric: metricLabel(kpi, study.baseline.scenario, text) }),
    rows,
    labels: { x: kpiAxisLabel(kpi, study, text, true), whisker: t('study.chart.diffCi'), legend },
    scale: unitScale(metricUnit(kpi)),
    fmt: text.fmt,
  };
}

export function sweepChartProps(study: StudyResult, sweep: StudySweepResult, kpi: string, text: Text): Sized<SweepLineChartProps> | null {
  const line = sweepLine(study, sweep.index, kpi);
  if (!line) return null;
  const { t } = text;
  const s = study.baseline.scenario;
  const data = sweepData(line);
  // As the app shows CIs everywhere: within what the quantity can be (no share below 0 or above 100 %).
  const unit = metricUnit(kpi);
  for (const p of data.points) {
    if (p.lo === null || p.hi === null) continue;
    [p.lo, p.hi] = clampToRange([p.lo, p.hi], unit);
  }
  return {
    title: t('study.chart.sweep', { metric: metricLabel(kpi, s, text), sweep: sweep.name }),
    data,
    labels: {
      x: sweep.name === sweep.path ? pathLabel(sweep.path, s, text) : sweep.name,
      y: kpiAxisLabel(kpi, study, text),
      mean: t('study.chart.mean'),
      band: t('results.axis.band'),
      clear: t('study.chart.clear'),
      unclear: t('study.chart.unclear'),
      baseline: t('study.chart.baselinePoint', { value: formatPathValue(sweep.path, line.baselineValue, text) }),
    },
    scale: unitScale(metricUnit(kpi)),
    fmt: text.fmt,
  };
}

export function heatmapProps(study: StudyResult, sweep: StudySweepResult, kpi: string, text: Text): Sized<HeatmapProps> | null {
  const grid = sweepGrid(study, sweep.index, kpi);
  if (!grid) return null;
  const { t } = text;
  const s = study.baseline.scenario;
  const unit = metricUnit(kpi);
  return {
    title: t('study.chart.heatmap', { metric: metricLabel(kpi, s, text), x: grid.x.name, y: grid.y.name }),
    grid,
    labels: { x: grid.x.name, y: grid.y.name, value: kpiAxisLabel(kpi, study, text), baseline: t('study.chart.heatmapBaseline') },
    formatCell: (v) => formatNumber(v, unit, text),
    formatAxis: (v) => (typeof v === 'number' ? text.fmt.number(v, Number.isInteger(v) ? 0 : 2) : String(v)),
  };
}

export function tornadoChartProps(study: StudyResult, kpi: string, text: Text): Sized<TornadoChartProps> | null {
  const table = tornadoTable(study, kpi);
  if (table.rows.length === 0) return null;
  const { t, fmt } = text;
  const s = study.baseline.scenario;
  const pct = fmt.number((table.relativeChange ?? 0) * 100, 0);
  const rows: TornadoDatum[] = table.rows.map((r) => ({
    label: pathLabel(r.path, s, text),
    detail: `${formatPathValue(r.path, r.baseValue, text)}: ${r.low ? formatPathValue(r.path, r.low.value, text) : '–'} / ${r.high ? formatPathValue(r.path, r.high.value, text) : '–'}`,
    low: r.low ? { mean: r.low.difference.mean, ci: r.low.difference.ci95 } : null,
    high: r.high ? { mean: r.high.difference.mean, ci: r.high.difference.ci95 } : null,
  }));
  return {
    title: t('study.chart.tornado', { metric: metricLabel(kpi, s, text), percent: pct }),
    rows,
    labels: { x: kpiAxisLabel(kpi, study, text, true), low: t('study.chart.low', { percent: pct }), high: t('study.chart.high', { percent: pct }), whisker: t('study.chart.diffCi') },
    scale: unitScale(metricUnit(kpi)),
    fmt,
  };
}
