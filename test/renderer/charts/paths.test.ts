import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { bandPath, linePath, weekMidpoints } from '../../../renderer/charts/paths';

const x = scaleLinear().domain([0, 21]).range([0, 210]);
const y = scaleLinear().domain([0, 10]).range([100, 0]);

describe('weekMidpoints', () => {
  it('puts each week at its middle, the last short week at the middle of what is left', () => {
    expect(weekMidpoints([0, 7, 14], 18)).toEqual([3.5, 10.5, 16]);
  });
});

describe('linePath', () => {
  it('draws one move and a line to each further point', () => {
    expect(linePath(x, y, [3.5, 10.5, 17.5], [0, 5, 10])).toBe('M35,100L105,50L175,0');
  });
  it('leaves a gap where a value is missing', () => {
    const d = linePath(x, y, [0, 7, 14, 21], [1, NaN, 3, 4]);
    expect(d.match(/M/g)).toHaveLength(2);
  });
});

describe('bandPath', () => {
  it('runs along the upper edge and back along the lower edge, closed', () => {
    const d = bandPath(x, y, [0, 7], [1, 2], [3, 4]);
    expect(d).toBe('M0,70L70,60L70,80L0,90Z');
  });
});
