import { BAND_FILL, FONT_SIZE, TEXT } from './theme';
import { SWATCH_WIDTH, type LegendSwatch, type PlacedLegendItem } from './legend-layout';

function Swatch({ swatch }: { swatch: LegendSwatch }) {
  switch (swatch.kind) {
    case 'line':
      return <line x1={0} x2={SWATCH_WIDTH} y1={0} y2={0} stroke={swatch.color} strokeWidth={swatch.width} strokeDasharray={swatch.dash} />;
    case 'band':
      return <rect x={0} y={-5} width={SWATCH_WIDTH} height={10} fill={BAND_FILL} />;
    case 'bar':
      return <rect x={4} y={-6} width={SWATCH_WIDTH - 8} height={12} fill="#a9c2dc" stroke="#0b5cad" />;
    case 'whisker':
      return <path d={`M${SWATCH_WIDTH / 2},-6V6M${SWATCH_WIDTH / 2 - 4},-6h8M${SWATCH_WIDTH / 2 - 4},6h8`} stroke={TEXT} fill="none" />;
  }
}

/** A row (or rows) of legend entries laid out by legendLayout. */
export function Legend({ items }: { items: readonly PlacedLegendItem[] }) {
  return (
    <g className="legend">
      {items.map((item) => (
        <g key={item.label} transform={`translate(${item.x},${item.y + 9})`}>
          <Swatch swatch={item.swatch} />
          <text x={SWATCH_WIDTH + 6} dy="0.32em" fontSize={FONT_SIZE} fill={TEXT}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
