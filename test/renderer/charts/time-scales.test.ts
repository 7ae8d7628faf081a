import { describe, expect, it } from 'vitest';
import { timeAxis } from '../../../renderer/charts/time-axis';
import { seriesExtent, timeSeriesLayout } from '../../../renderer/charts/time-scales';
import { warmupSpan } from '../../../renderer/charts/warmup';

const band = { mean: [10, 12, 11], lo: [8, 9, -2], hi: [13, 17.5, 14] };
const fmt = (ticks: readonly number[]) => (v: number) => String(v + 0 * ticks.length);

describe('seriesExtent', () => {
  it('covers the band extremes, not just the means', () => {
    expect(seriesExtent([band])).toEqual([-2, 17.5]);
  });
  it('starts at 0 for positive series and includes reference lines', () => {
    expect(seriesExtent([{ mean: [5], lo: [4], hi: [6] }], [25])).toEqual([0, 25]);
  });
  it('ignores non-finite values and never gives an empty range', () => {
    expect(seriesExtent([{ mean: [NaN], lo: [NaN], hi: [NaN] }])).toEqual([0, 1]);
    expect(seriesExtent([])).toEqual([0, 1]);
  });
});

describe('timeSeriesLayout', () => {
  const layout = timeSeriesLayout({ width: 600, height: 300, top: 30, horizonDays: 2555, series: [band], references: [20], formatTicks: fmt });
  it('has a y domain containing every band value and the reference line', () => {
    const [lo, hi] = layout.y.domain() as [number, number];
    expect(lo).toBeLessThanOrEqual(-2);
    expect(hi).toBeGreaterThanOrEqual(20);
  });
  it('puts y ticks inside the domain, in increasing order, on round numbers', () => {
    const [lo, hi] = layout.y.domain() as [number, number];
    expect(layout.yTicks.length).toBeGreaterThanOrEqual(3);
    for (const t of layout.yTicks) expect(t >= lo && t <= hi).toBe(true);
    expect([...layout.yTicks].sort((a, b) => a - b)).toEqual(layout.yTicks);
    expect(layout.yTicks).toContain(0);
  });
  it('maps day 0 to the left edge and the horizon to the right edge of the plot', () => {
    expect(layout.x(0)).toBe(0);
    expect(layout.x(2555)).toBeCloseTo(layout.innerWidth);
    expect(layout.margin.left + layout.innerWidth + layout.margin.right).toBe(600);
    expect(layout.innerHeight).toBe(300 - 30 - layout.margin.bottom);
  });
  it('makes room on the left for wider tick labels', () => {
    const wide = timeSeriesLayout({ width: 600, height: 300, top: 30, horizonDays: 2555, series: [band], formatTicks: () => (v) => `${v}000000` });
    expect(wide.margin.left).toBeGreaterThan(layout.margin.left);
  });
});

describe('timeAxis', () => {
  it('counts years for runs of two years or more, ticks at whole years', () => {
    const axis = timeAxis(2555, 8);
    expect(axis.unit).toBe('years');
    expect(axis.ticks).toEqual([0, 365, 730, 1095, 1460, 1825, 2190, 2555]);
    expect(axis.value(730)).toBe(2);
  });
  it('keeps year ticks on whole years for short multi-year runs', () => {
    expect(timeAxis(730, 9).ticks).toEqual([0, 365, 730]);
  });
  it('counts weeks for shorter runs', () => {
    const axis = timeAxis(364, 6);
    expect(axis.unit).toBe('weeks');
    expect(axis.ticks.map(axis.value)).toEqual([0, 10, 20, 30, 40, 50]);
  });
});

describe('warmupSpan', () => {
  it('shades [0, warm-up) in pixels', () => {
    expect(warmupSpan(layout().x, 365, 2555)).toEqual({ x0: 0, x1: layout().x(365) });
    expect(warmupSpan(layout().x, 365, 2555)!.x1).toBeCloseTo(layout().innerWidth * (365 / 2555));
  });
  it('is absent without a warm-up and stops at the horizon', () => {
    expect(warmupSpan(layout().x, 0, 2555)).toBeNull();
    expect(warmupSpan(layout().x, 9999, 2555)!.x1).toBeCloseTo(layout().innerWidth);
  });
});

function layout() {
  return timeSeriesLayout({ width: 700, height: 300, top: 30, horizonDays: 2555, series: [band], formatTicks: fmt });
}
