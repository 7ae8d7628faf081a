import type { ScaleLinear } from 'd3';
import { useMemo } from 'react';
import { bandPath, linePath, weekMidpoints } from './paths';
import { BAND_FILL, BAND_OPACITY, seriesStyle } from './theme';
import type { ChartSeries } from './types';

interface Props {
  series: readonly ChartSeries[];
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  weekStartDays: readonly number[];
  horizonDays: number;
}

/** All bands first (light grey), then the mean lines on top, each in its colour and dash pattern. */
export function SeriesMarks({ series, x, y, weekStartDays, horizonDays }: Props) {
  const paths = useMemo(() => {
    const days = weekMidpoints(weekStartDays, horizonDays);
    return series.map((s, i) => ({
      id: s.id,
      style: seriesStyle(s.style ?? i),
      band: s.band === false ? null : bandPath(x, y, days, s.summary.lo, s.summary.hi),
      mean: linePath(x, y, days, s.summary.mean),
    }));
  }, [series, x, y, weekStartDays, horizonDays]);
  return (
    <g className="series">
      {paths.map((p) => p.band && <path key={`band-${p.id}`} className="band" d={p.band} fill={BAND_FILL} fillOpacity={BAND_OPACITY} stroke="none" />)}
      {paths.map((p) => (
        <path key={`mean-${p.id}`} className="mean" d={p.mean} fill="none" stroke={p.style.color} strokeWidth={p.style.width} strokeDasharray={p.style.dash} strokeLinejoin="round" />
      ))}
    </g>
  );
}
