import { memo, useMemo } from 'react';
import type { WarmupAdvice } from '../../../sim';
import { AxisBottom, AxisLeft } from '../../charts/Axis';
import { yLabelOffset } from '../../charts/margins';
import { linePath, weekMidpoints } from '../../charts/paths';
import { CAPACITY, FONT_FAMILY, FONT_SIZE, MUTED, seriesStyle } from '../../charts/theme';
import { tickFormatter } from '../../charts/tick-format';
import { timeSeriesLayout } from '../../charts/time-scales';
import { Warmup } from '../../charts/Warmup';
import type { Formatter } from '../../i18n/format';
import { ChartLegend, placeLegend } from './ChartLegend';

export interface WelchLabels {
  xYears: string;
  xWeeks: string;
  y: string;
  mean: string;
  movingAverage: string;
  level: string;
  suggested: string;
  warmup: string;
}

export interface WelchChartProps {
  title: string;
  advice: WarmupAdvice;
  /** Every week of the run (the moving average covers fewer). */
  weekStartDays: readonly number[];
  horizonDays: number;
  labels: WelchLabels;
  fmt: Formatter;
  width: number;
  height?: number;
}

const MEAN_COLOR = '#8c959f';

/**
 * Welch's plot: the weekly waiting list averaged over replications (thin grey), its moving
 * average (bold), the band of ±tolerance around the steady level (dotted), the scenario's
 * warm-up shaded and the suggested warm-up as a dashed line.
 */
export const WelchChart = memo(function WelchChart({ title, advice, weekStartDays, horizonDays, labels, fmt, width, height = 300 }: WelchChartProps) {
  const { welch } = advice;
  const ma = seriesStyle(0);
  const legend = useMemo(
    () =>
      placeLegend(
        [
          { label: labels.mean, swatch: { kind: 'line', color: MEAN_COLOR, width: 1 } },
          { label: labels.movingAverage, swatch: { kind: 'line', color: ma.color, width: 2.5 } },
          { label: labels.level, swatch: { kind: 'line', color: MUTED, width: 1, dash: '2 3' } },
          ...(advice.suggestedWarmupDays !== null ? [{ label: labels.suggested, swatch: { kind: 'line' as const, color: CAPACITY, width: 2, dash: '6 3' } }] : []),
        ],
        width - 16,
      ),
    [labels, width, ma, advice.suggestedWarmupDays],
  );
  const band = useMemo(() => [welch.level * (1 - welch.tolerance), welch.level * (1 + welch.tolerance)], [welch]);
  const layout = useMemo(() => {
    const flat = (xs: number[]) => ({ mean: xs, lo: xs, hi: xs });
    return timeSeriesLayout({ width, height, top: legend.height + 20, horizonDays, series: [flat(welch.mean), flat(welch.movingAverage)], references: band, formatTicks: (t) => tickFormatter(t, fmt) });
  }, [width, height, legend.height, horizonDays, welch, band, fmt]);
  const { margin, x, y, innerWidth, innerHeight, time } = layout;
  const days = useMemo(() => weekMidpoints(weekStartDays, horizonDays), [weekStartDays, horizonDays]);
  const xFormat = useMemo(() => {
    const f = tickFormatter(time.ticks.map(time.value), fmt);
    return (d: number) => f(time.value(d));
  }, [time, fmt]);
  const suggested = advice.suggestedWarmupDays;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} fontFamily={FONT_FAMILY}>
      <title>{title}</title>
      <g transform="translate(8,2)">
        <ChartLegend items={legend.items} />
      </g>
      <g transform={`translate(${margin.left},${margin.top})`}>
        <Warmup x={x} warmupDays={advice.scenarioWarmupDays} horizonDays={horizonDays} height={innerHeight} label={labels.warmup} />
        <AxisLeft scale={y} ticks={layout.yTicks} format={layout.yFormat} label={labels.y} width={innerWidth} height={innerHeight} labelX={yLabelOffset(margin.left)} />
        {band.map((v) => (
          <line key={v} className="level-band" x1={0} x2={innerWidth} y1={y(v)} y2={y(v)} stroke={MUTED} strokeDasharray="2 3" />
        ))}
        <path className="weekly-mean" d={linePath(x, y, days, welch.mean)} fill="none" stroke={MEAN_COLOR} strokeWidth={1} />
        <path className="moving-average" d={linePath(x, y, days.slice(0, welch.movingAverage.length), welch.movingAverage)} fill="none" stroke={ma.color} strokeWidth={2.5} strokeLinejoin="round" />
        {suggested !== null && (
          <g className="suggested-warmup">
            <line x1={x(suggested)} x2={x(suggested)} y1={0} y2={innerHeight} stroke={CAPACITY} strokeWidth={2} strokeDasharray="6 3" />
            <text x={x(suggested) + 4} y={innerHeight - 6} fontSize={FONT_SIZE - 1} fill={CAPACITY}>{labels.suggested}</text>
          </g>
        )}
        <AxisBottom scale={x} ticks={time.ticks} format={xFormat} label={time.unit === 'years' ? labels.xYears : labels.xWeeks} top={innerHeight} width={innerWidth} />
      </g>
    </svg>
  );
});
