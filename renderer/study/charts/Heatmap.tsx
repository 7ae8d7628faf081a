import { memo, useMemo } from 'react';
import type { SweepGrid } from '../../../sim';
import { yLabelOffset } from '../../charts/margins';
import { FONT_FAMILY, FONT_SIZE, MUTED, TEXT } from '../../charts/theme';
import { fitsCell, heatmapLayout } from './heatmap-layout';

export interface HeatmapLabels {
  x: string;
  y: string;
  /** What the colour shows, with its unit. */
  value: string;
  /** How the baseline is marked. */
  baseline: string;
}

export interface HeatmapProps {
  title: string;
  grid: SweepGrid;
  labels: HeatmapLabels;
  /** A KPI mean as written in a cell and at the legend's ends. */
  formatCell(v: number): string;
  /** A sweep value on an axis. */
  formatAxis(v: unknown): string;
  width: number;
}

/** A 2-D sweep: one cell per point, coloured by the KPI's mean and with the mean written in it. */
export const Heatmap = memo(function Heatmap({ title, grid, labels, formatCell, formatAxis, width }: HeatmapProps) {
  const layout = useMemo(() => heatmapLayout({ grid, width, top: 4, formatValue: formatAxis }), [grid, width, formatAxis]);
  const { margin, innerWidth, innerHeight } = layout;
  const legendWidth = layout.legend.reduce((w, s) => Math.max(w, s.x + s.w), 0);
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={layout.height} viewBox={`0 0 ${width} ${layout.height}`} role="img" aria-label={title} fontFamily={FONT_FAMILY}>
      <title>{title}</title>
      <g className="color-legend" transform={`translate(${margin.left},6)`}>
        <text x={0} y={10} fontSize={FONT_SIZE} fill={TEXT}>{labels.value}</text>
        <g transform="translate(0,16)">
          {layout.legend.map((s) => (
            <rect key={s.x} x={s.x} y={0} width={s.w} height={10} fill={s.fill} />
          ))}
          <text x={0} y={20} fontSize={FONT_SIZE - 1} fill={MUTED} dy="0.71em">{formatCell(layout.domain[0])}</text>
          <text x={legendWidth} y={20} fontSize={FONT_SIZE - 1} fill={MUTED} dy="0.71em" textAnchor="end">{formatCell(layout.domain[1])}</text>
          <text x={legendWidth + 12} y={5} fontSize={FONT_SIZE - 1} fill={MUTED} dy="0.32em">{labels.baseline}</text>
        </g>
      </g>
      <g transform={`translate(${margin.left},${margin.top})`}>
        {layout.cells.map((c) => {
          const text = c.value === null ? '–' : formatCell(c.value);
          return (
            <g key={c.key} className="cell">
              <rect x={c.x} y={c.y} width={c.w} height={c.h} fill={c.fill} stroke="#ffffff" strokeWidth={1} />
              {fitsCell(text, c.w) && (
                <text x={c.x + c.w / 2} y={c.y + c.h / 2} dy="0.32em" textAnchor="middle" fontSize={FONT_SIZE - 1} fill={c.textFill} fontWeight={c.baseline ? 700 : 400}>
                  {text}
                </text>
              )}
            </g>
          );
        })}
        {layout.cells.filter((c) => c.baseline).map((c) => (
          <rect key={`b${c.key}`} className="baseline-cell" x={c.x + 1.5} y={c.y + 1.5} width={c.w - 3} height={c.h - 3} fill="none" stroke={TEXT} strokeWidth={2.5} />
        ))}
        {layout.yLabels.map((l) => (
          <text key={l.text} x={-8} y={l.pos} dy="0.32em" textAnchor="end" fontSize={FONT_SIZE - 1} fill={l.baseline ? TEXT : MUTED} fontWeight={l.baseline ? 700 : 400}>
            {l.text}
          </text>
        ))}
        <text transform={`translate(${yLabelOffset(margin.left)},${innerHeight / 2}) rotate(-90)`} textAnchor="middle" fontSize={FONT_SIZE} fill={TEXT}>
          {labels.y}
        </text>
        <g transform={`translate(0,${innerHeight})`}>
          {layout.xLabels.map((l) => (
            <text key={l.text} x={l.pos} y={8} dy="0.71em" textAnchor="middle" fontSize={FONT_SIZE - 1} fill={l.baseline ? TEXT : MUTED} fontWeight={l.baseline ? 700 : 400}>
              {l.text}
            </text>
          ))}
          <text x={innerWidth / 2} y={36} textAnchor="middle" fontSize={FONT_SIZE} fill={TEXT}>
            {labels.x}
          </text>
        </g>
      </g>
    </svg>
  );
});
