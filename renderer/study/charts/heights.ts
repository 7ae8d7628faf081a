/**
 * The height a chart will have at a width, before it is drawn: bar charts grow with their
 * rows and their legends wrap on narrow widths. Export frames use it.
 */
import { differenceLayout } from './difference-layout';
import type { DifferenceChartProps } from './DifferenceChart';
import { placeLegend } from './ChartLegend';
import { heatmapLayout } from './heatmap-layout';
import type { HeatmapProps } from './Heatmap';
import { tornadoLayout } from './tornado-layout';
import type { TornadoChartProps } from './TornadoChart';

export function differenceHeight(p: Omit<DifferenceChartProps, 'width'>, width: number): number {
  const legend = placeLegend([...p.labels.legend, { label: p.labels.whisker, swatch: { kind: 'whisker' } }], width - 16);
  return differenceLayout(p.rows, width, legend.height + 16).height;
}

export function tornadoHeight(p: Omit<TornadoChartProps, 'width'>, width: number): number {
  const legend = placeLegend(
    [
      { label: p.labels.low, swatch: { kind: 'whisker' } },
      { label: p.labels.high, swatch: { kind: 'whisker' } },
      { label: p.labels.whisker, swatch: { kind: 'whisker' } },
    ],
    width - 16,
  );
  return tornadoLayout(p.rows, width, legend.height + 16).height;
}

export function heatmapHeight(p: Omit<HeatmapProps, 'width'>, width: number): number {
  return heatmapLayout({ grid: p.grid, width, top: 4, formatValue: p.formatAxis }).height;
}
