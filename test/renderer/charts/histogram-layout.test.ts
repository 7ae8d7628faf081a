import { describe, expect, it } from 'vitest';
import { WAIT_HISTOGRAM_EDGES } from '../../../sim';
import { histogramBins, histogramLayout } from '../../../renderer/charts/histogram-layout';

const n = WAIT_HISTOGRAM_EDGES.length;
const share = (values: Record<number, [number, number, number]>) => {
  const s = { mean: new Array<number>(n).fill(0), lo: new Array<number>(n).fill(0), hi: new Array<number>(n).fill(0) };
  for (const [i, [m, lo, hi]] of Object.entries(values)) {
    s.mean[+i] = m;
    s.lo[+i] = lo;
    s.hi[+i] = hi;
  }
  return s;
};

describe('histogramBins', () => {
  it('keeps bins up to the last one reached, at least eight, in weeks', () => {
    const bins = histogramBins(WAIT_HISTOGRAM_EDGES, share({ 0: [0.5, 0.4, 0.6], 11: [0.01, 0, 0.03] }));
    expect(bins).toHaveLength(12);
    expect(bins[3]).toMatchObject({ x0: 3, x1: 4, open: false });
    expect(histogramBins(WAIT_HISTOGRAM_EDGES, share({ 1: [1, 1, 1] }))).toHaveLength(8);
  });
  it('marks the last bin (a year or more) as open-ended', () => {
    const bins = histogramBins(WAIT_HISTOGRAM_EDGES, share({ 52: [0.1, 0.05, 0.15] }));
    expect(bins).toHaveLength(53);
    expect(bins[52]).toMatchObject({ x0: 52, x1: 53, open: true, mean: 0.1 });
  });
});

describe('histogramLayout', () => {
  it('has a y domain from 0 up to at least the highest whisker', () => {
    const bins = histogramBins(WAIT_HISTOGRAM_EDGES, share({ 0: [0.3, 0.25, 0.37], 2: [0.2, 0.1, 0.3] }));
    const layout = histogramLayout({ width: 500, height: 260, top: 28, bins, formatTicks: () => String });
    const [lo, hi] = layout.y.domain() as [number, number];
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThanOrEqual(0.37);
    expect(layout.x.domain()).toEqual([0, 8]);
    expect(layout.xTicks.every(Number.isInteger)).toBe(true);
  });
});
