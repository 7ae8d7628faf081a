/** The capacity chart's layout: the marks sit at the static estimate and the capacity, the band spans the CIs. */
import { describe, expect, it } from 'vitest';
import type { CapacityCurve } from '../../../sim/static';
import { capacityLayout } from '../../../renderer/static/capacity-layout';

const curve: CapacityCurve = {
  serviceId: 'long',
  path: 'services.long.beds',
  kpi: 'services.long.meanWaitDays',
  capacity: 88,
  needed: 156,
  neededWhole: 156,
  points: [
    { capacity: 66, mean: 82, ci95: [80, 84], baseline: false },
    { capacity: 88, mean: 34, ci95: [31, 37], baseline: true },
    { capacity: 118, mean: 1, ci95: [0.5, 1.5], baseline: false },
    { capacity: 188, mean: 0, ci95: null, baseline: false },
  ],
};

describe('capacityLayout', () => {
  const l = capacityLayout(curve, { width: 800, height: 300, top: 30, scale: 1, formatY: String });
  it('places both marks on the capacity axis and keeps every point inside the plot', () => {
    expect(l.staticX).toBeCloseTo(l.x(156), 9);
    expect(l.capacityX).toBeCloseTo(l.x(88), 9);
    expect(l.capacityX).toBeLessThan(l.staticX);
    for (const p of l.line) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(l.innerWidth);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(l.innerHeight);
    }
    expect(l.line.filter((p) => p.baseline)).toHaveLength(1);
  });
  it('covers the highest CI on y from 0, with whole-number capacity ticks', () => {
    expect(l.y.domain()[0]).toBe(0);
    expect(l.y.domain()[1]).toBeGreaterThanOrEqual(84);
    expect(l.xTicks.every(Number.isInteger)).toBe(true);
    expect(l.band.startsWith('M')).toBe(true);
    expect(l.band.endsWith('Z')).toBe(true);
  });
  it('draws shares in percent', () => {
    const share: CapacityCurve = { ...curve, points: curve.points.map((p) => ({ ...p, mean: p.mean === null ? null : p.mean / 100, ci95: p.ci95 && [p.ci95[0] / 100, p.ci95[1] / 100] })) };
    const s = capacityLayout(share, { width: 800, height: 300, top: 30, scale: 100, formatY: String });
    expect(s.y.domain()[1]).toBeGreaterThanOrEqual(84);
  });
  it('copes with a curve of one point and no CIs', () => {
    const one = capacityLayout({ ...curve, points: [{ capacity: 88, mean: 0, ci95: null, baseline: true }] }, { width: 300, height: 200, top: 20, scale: 1, formatY: String });
    expect(one.band).toBe('');
    expect(one.y.domain()).toEqual([0, 1]);
  });
});
