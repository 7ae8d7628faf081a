import { describe, expect, it } from 'vitest';
import { LEGEND_ROW, legendLayout } from '../../../renderer/charts/legend-layout';

const item = (label: string) => ({ label, swatch: { kind: 'band' as const } });

describe('legendLayout', () => {
  it('places items left to right on one row when they fit', () => {
    const { items, height } = legendLayout([item('A'), item('B')], 500);
    expect(items.map((i) => i.y)).toEqual([0, 0]);
    expect(items[1]!.x).toBeGreaterThan(items[0]!.x);
    expect(height).toBe(LEGEND_ROW);
  });
  it('wraps to a new row when the next item would overflow', () => {
    const { items, height } = legendLayout([item('A long legend label'), item('Another long label'), item('Third')], 260);
    expect(items.map((i) => i.y)).toEqual([0, LEGEND_ROW, LEGEND_ROW]);
    expect(items.map((i) => i.x > 0)).toEqual([false, false, true]);
    expect(height).toBe(2 * LEGEND_ROW);
  });
  it('takes no room without items', () => {
    expect(legendLayout([], 300).height).toBe(0);
  });
});
