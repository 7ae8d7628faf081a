import { lab } from 'd3';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { sweepGrid, type StudyResult } from '../../../sim';
import { differenceScale, fitLabel } from '../../../renderer/study/charts/bar-scale';
import { DifferenceChart } from '../../../renderer/study/charts/DifferenceChart';
import { differenceLayout, ROW_HEIGHT } from '../../../renderer/study/charts/difference-layout';
import { Heatmap } from '../../../renderer/study/charts/Heatmap';
import { CELL_HEIGHT, heatColor, heatmapLayout, textColorOn } from '../../../renderer/study/charts/heatmap-layout';
import { differenceHeight, heatmapHeight, tornadoHeight } from '../../../renderer/study/charts/heights';
import { sweepData, sweepLayout } from '../../../renderer/study/charts/sweep-line-layout';
import { SweepLineChart } from '../../../renderer/study/charts/SweepLineChart';
import { TornadoChart } from '../../../renderer/study/charts/TornadoChart';
import { tornadoLayout } from '../../../renderer/study/charts/tornado-layout';
import { differenceChartProps, heatmapProps, kpiAxisLabel, sweepChartProps, tornadoChartProps, unitScale } from '../../../renderer/study/results/chart-props';
import { parseXml } from '../export/xml';
import { plain, textFor } from '../results/support';
import { smallStudy } from './support';

let study: StudyResult;
beforeAll(async () => {
  study = await smallStudy();
});
const en = textFor('en');

describe('difference bars', () => {
  it('has an x scale over 0 and every bound, bars from 0 to the mean and whiskers at the CI', () => {
    const { x, ticks } = differenceScale([-3, 2, null, 5], 400, 5);
    expect(x.domain()[0]).toBeLessThanOrEqual(-3);
    expect(x.domain()[1]).toBeGreaterThanOrEqual(5);
    expect(ticks).toContain(0);
    const rows = [
      { label: 'fewer beds', mean: 4, ci: [2, 6] as [number, number], tone: 'worse' as const, symbol: '✗' },
      { label: 'more places', mean: -2, ci: [-3, -1] as [number, number], tone: 'better' as const, symbol: '✓' },
      { label: 'nothing', mean: null, ci: null, tone: 'unclear' as const, symbol: '≈' },
    ];
    const l = differenceLayout(rows, 600, 20);
    const zero = l.x(0);
    expect(l.bars[0]!.x0).toBeCloseTo(zero);
    expect(l.bars[0]!.x1).toBeCloseTo(l.x(4));
    expect(l.bars[1]!.x1).toBeCloseTo(zero);
    expect(l.bars[1]!.x0).toBeCloseTo(l.x(-2));
    expect([l.bars[1]!.lo, l.bars[1]!.hi]).toEqual([l.x(-3), l.x(-1)]);
    expect(l.bars[2]!.x0).toBeNull();
    expect(l.bars.map((b) => b.y)).toEqual([0, ROW_HEIGHT, 2 * ROW_HEIGHT]);
    expect(l.innerHeight).toBe(3 * ROW_HEIGHT);
    expect(l.left + l.innerWidth).toBeLessThanOrEqual(600);
  });
  it('cuts long labels to fit their column', () => {
    expect(fitLabel('short', 200)).toBe('short');
    const cut = fitLabel('-15 % beds, +20 % outpatient, +50 % aftercare and a very long tail', 120);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan(20);
  });
  it('renders the study’s variants to an SVG whose height is what heights.ts says', () => {
    const p = differenceChartProps(study, 'meanWaitDays', en);
    expect(p.rows.map((r) => r.label)).toEqual(study.cases.filter((c) => c.kind === 'variant').map((c) => c.name));
    expect(p.labels.x).toBe('Difference from the baseline: Mean wait to first treatment (days)');
    const svg = renderToStaticMarkup(createElement(DifferenceChart, { ...p, width: 640 }));
    const { root, elements } = parseXml(svg);
    expect(Number(root.attrs.height)).toBe(differenceHeight(p, 640));
    expect(elements.filter((e) => e.attrs.class === 'whisker')).toHaveLength(4);
    expect(elements.some((e) => e.name === 'text' && /^(✓|✗|≈) /.test(e.text))).toBe(true);
  });
  it('puts shares in percentage points and costs in millions', () => {
    expect([unitScale('share'), unitScale('nokPerYear'), unitScale('days')]).toEqual([100, 1e-6, 1]);
    expect(kpiAxisLabel('deadlineBreachShare', study, en, true)).toBe('Difference from the baseline: Deadline breaches (percentage points)');
    expect(kpiAxisLabel('costNokPerYear', study, textFor('nb'))).toMatch(/\(mill\. kr per år\)$/);
  });
});

describe('the sweep line', () => {
  it('places numeric values by value, marks the baseline’s own value and which points differ clearly', () => {
    const p = sweepChartProps(study, study.sweeps[0]!, 'meanWaitDays', en)!;
    expect(p.data.numeric).toBe(true);
    expect(p.data.points.map((d) => d.x)).toEqual([60, 90, 120]);
    expect(p.data.baseline).toMatchObject({ x: 88, mean: study.baseline.metrics.meanWaitDays!.mean });
    expect(p.labels.baseline).toBe('Baseline (88)');
    const l = sweepLayout({ data: p.data, width: 600, height: 300, top: 30, formatTicks: () => String });
    expect(l.xTicks).toEqual([60, 90, 120]);
    const [lo, hi] = l.y.domain() as [number, number];
    for (const d of p.data.points) {
      expect(d.lo!).toBeGreaterThanOrEqual(lo);
      expect(d.hi!).toBeLessThanOrEqual(hi);
    }
    expect(l.line).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){2}$/);
    expect(l.band).toMatch(/Z$/);
  });
  it('places values that are not numbers one per slot, in order', () => {
    const d = sweepData({ index: 0, name: 'order', path: 'waitingList.discipline', kpi: 'meanWaitDays', baselineValue: 'fifo', baselineMean: 10, points: [
      { caseIndex: 0, value: 'fifo', mean: 10, ci95: [9, 11], comparison: undefined },
      { caseIndex: 1, value: 'earliestDeadline', mean: 12, ci95: [11, 13], comparison: undefined },
    ] });
    expect(d.numeric).toBe(false);
    expect(d.points.map((p) => [p.x, p.label])).toEqual([[0, 'fifo'], [1, 'earliestDeadline']]);
    expect(d.baseline.x).toBe(0);
  });
  it('draws a CI band no lower than 0 (a share cannot be negative)', () => {
    const p = sweepChartProps(study, study.sweeps[0]!, 'deadlineBreachShare', en)!;
    for (const d of p.data.points) expect(d.lo!).toBeGreaterThanOrEqual(0);
  });
  it('renders with its legend, the band under the line and a diamond at the baseline', () => {
    const p = sweepChartProps(study, study.sweeps[0]!, 'deadlineBreachShare', en)!;
    const svg = renderToStaticMarkup(createElement(SweepLineChart, { ...p, width: 600 }));
    const { elements } = parseXml(svg);
    const texts = elements.filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts).toEqual(expect.arrayContaining(['Mean', 'Baseline (88)', 'Long-term beds', 'Deadline breaches (%)', '60', '90', '120']));
    expect(svg.indexOf('class="band"')).toBeLessThan(svg.indexOf('class="mean"'));
    expect(elements.filter((e) => e.attrs.class === 'marker-baseline')).toHaveLength(2);
  });
});

describe('the heatmap', () => {
  it('has a colour scale whose lightness falls steadily with the value (readable in grey-scale)', () => {
    const color = heatColor([10, 50]);
    const ls = [10, 20, 30, 40, 50].map((v) => lab(color(v)).l);
    for (let i = 1; i < ls.length; i++) expect(ls[i]!).toBeLessThan(ls[i - 1]! - 5);
    expect(ls[0]! - ls[4]!).toBeGreaterThan(50);
    expect(color(0)).toBe(color(10));
    expect(textColorOn(color(10))).not.toBe('#ffffff');
    expect(textColorOn(color(50))).toBe('#ffffff');
    expect(heatColor([5, 5])(5)).toMatch(/^rgb/);
  });
  it('lays the grid out with the sweep’s values across and the second field’s upwards, the baseline’s point outlined', () => {
    const grid = sweepGrid(study, 1, 'meanWaitDays')!;
    const l = heatmapLayout({ grid, width: 600, top: 4, formatValue: String });
    expect(l.cells).toHaveLength(4);
    const at = (r: number, c: number) => l.cells.find((x) => x.key === `${r}:${c}`)!;
    expect(at(0, 0).y).toBe(CELL_HEIGHT);
    expect(at(1, 0).y).toBe(0);
    expect(at(0, 1).x).toBeCloseTo(l.innerWidth / 2);
    expect(l.xLabels.map((x) => x.text)).toEqual(['66', '99']);
    expect(l.yLabels.map((x) => x.text)).toEqual(['186', '372']);
    expect(l.cells.some((c) => c.baseline)).toBe(false);
    const withBase = { ...grid, x: { ...grid.x, baselineValue: 66 }, y: { ...grid.y, baselineValue: 372 } };
    expect(heatmapLayout({ grid: withBase, width: 600, top: 4, formatValue: String }).cells.filter((c) => c.baseline).map((c) => c.key)).toEqual(['1:0']);
    const means = grid.cells.flat().map((c) => c!.mean!);
    expect(l.domain).toEqual([Math.min(...means), Math.max(...means)]);
  });
  it('renders every cell with its value written in it', () => {
    const p = heatmapProps(study, study.sweeps[1]!, 'meanWaitDays', en)!;
    const svg = renderToStaticMarkup(createElement(Heatmap, { ...p, width: 600 }));
    const { root, elements } = parseXml(svg);
    expect(Number(root.attrs.height)).toBe(heatmapHeight(p, 600));
    const cellTexts = elements.filter((e, i) => e.name === 'text' && elements[i - 1]?.name === 'rect' && elements[i - 2]?.attrs.class === 'cell').map((e) => e.text);
    expect(cellTexts).toHaveLength(4);
    for (const t of cellTexts) expect(t).toMatch(/^\d+\.\d$/);
  });
});

describe('the tornado', () => {
  it('sorts fields by swing, with the −X % arm above the +X % arm and bars from 0', () => {
    const p = tornadoChartProps(study, 'meanWaitDays', en)!;
    expect(p.rows).toHaveLength(2);
    expect(p.labels.low).toBe('\u221210\u00a0%');
    expect(p.rows.map((r) => r.label).sort()).toEqual(['Aftercare places', 'Long-term (6–12 months): beds']);
    expect(plain(p.rows.find((r) => r.label === 'Aftercare places')!.detail)).toBe('248: 223 / 273');
    const l = tornadoLayout(p.rows, 640, 30);
    const zero = l.x(0);
    for (const r of l.rows) {
      expect(r.low!.cy).toBeLessThan(r.high!.cy);
      expect(Math.min(Math.abs(r.low!.x0 - zero), Math.abs(r.low!.x1 - zero))).toBeLessThan(1e-9);
    }
    const svg = renderToStaticMarkup(createElement(TornadoChart, { ...p, width: 640 }));
    expect(Number(parseXml(svg).root.attrs.height)).toBe(tornadoHeight(p, 640));
  });
});
