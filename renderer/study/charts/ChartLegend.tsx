import { BAND_FILL, FONT_SIZE, TEXT } from '../../charts/theme';
import { legendLayout, SWATCH_WIDTH } from '../../charts/legend-layout';
import { Marker, type MarkerShape } from './Marker';

/** What a study chart's legend entry shows beside its label. */
export type Swatch =
  | { kind: 'rect'; fill: string; stroke: string; dash?: string }
  | { kind: 'line'; color: string; width: number; dash?: string }
  | { kind: 'whisker' }
  | { kind: 'band' }
  | { kind: 'marker'; shape: MarkerShape };

export interface StudyLegendItem {
  label: string;
  swatch: Swatch;
}

/** Legend entries placed in rows within `width` (as the results charts place theirs). */
export function placeLegend(items: readonly StudyLegendItem[], width: number) {
  const placed = legendLayout(items.map((i) => ({ label: i.label, swatch: { kind: 'band' } })), width);
  return { height: placed.height, items: placed.items.map((p, k) => ({ ...items[k]!, x: p.x, y: p.y })) };
}

function SwatchMark({ swatch }: { swatch: Swatch }) {
  const mid = SWATCH_WIDTH / 2;
  switch (swatch.kind) {
    case 'rect':
      return <rect x={3} y={-6} width={SWATCH_WIDTH - 6} height={12} fill={swatch.fill} stroke={swatch.stroke} strokeDasharray={swatch.dash} />;
    case 'line':
      return <line x1={0} x2={SWATCH_WIDTH} y1={0} y2={0} stroke={swatch.color} strokeWidth={swatch.width} strokeDasharray={swatch.dash} />;
    case 'whisker':
      return <path d={`M2,0H${SWATCH_WIDTH - 2}M2,-5v10M${SWATCH_WIDTH - 2},-5v10`} stroke={TEXT} fill="none" />;
    case 'band':
      return <rect x={0} y={-5} width={SWATCH_WIDTH} height={10} fill={BAND_FILL} />;
    case 'marker':
      return <Marker shape={swatch.shape} x={mid} y={0} />;
  }
}

export function ChartLegend({ items }: { items: ReturnType<typeof placeLegend>['items'] }) {
  return (
    <g className="legend">
      {items.map((item) => (
        <g key={item.label} transform={`translate(${item.x},${item.y + 9})`}>
          <SwatchMark swatch={item.swatch} />
          <text x={SWATCH_WIDTH + 6} dy="0.32em" fontSize={FONT_SIZE} fill={TEXT}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
