import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TimeSeriesChart, type TimeSeriesChartProps } from '../../../renderer/charts/TimeSeriesChart';
import { WaitHistogram, type WaitHistogramProps } from '../../../renderer/charts/WaitHistogram';
import { createFormatter } from '../../../renderer/i18n/format';
import { parseXml } from '../export/xml';
import { runOf, shortScenario } from '../results/support';

const result = runOf(shortScenario());
const labels = { xYears: 'Years from start', xWeeks: 'Weeks from start', y: 'Patients waiting', warmup: 'Warm-up', band: '95 % CI of the mean' };

function timeSeries(over: Partial<TimeSeriesChartProps> = {}): string {
  const props: TimeSeriesChartProps = {
    title: 'Waiting list',
    series: [{ id: 'waitingList', label: 'Waiting list', summary: result.series.values.waitingList! }],
    horizonDays: result.scenario.horizonDays,
    warmupDays: result.scenario.warmupDays,
    weekStartDays: result.series.weekStartDays,
    labels,
    fmt: createFormatter('en'),
    width: 640,
    ...over,
  };
  return renderToStaticMarkup(createElement(TimeSeriesChart, props));
}

describe('TimeSeriesChart rendered to a string', () => {
  const svg = timeSeries({ reference: { value: 170, label: '170 beds' } });
  const { root, elements } = parseXml(svg);

  it('is one well-formed SVG element of the given size, with a title and the font set', () => {
    expect(root.name).toBe('svg');
    expect(root.attrs).toMatchObject({ width: '640', height: '280', role: 'img', 'aria-label': 'Waiting list' });
    expect(root.attrs['font-family']).toMatch(/sans-serif/);
    expect(elements.find((e) => e.name === 'title')?.text).toBe('Waiting list');
  });
  it('labels both axes, with units, and the warm-up period', () => {
    const texts = elements.filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts).toContain('Years from start');
    expect(texts).toContain('Patients waiting');
    expect(texts).toContain('Warm-up');
    expect(texts).toContain('170 beds');
    expect(texts).toEqual(expect.arrayContaining(['0', '1', '2']));
  });
  it('draws a grey band under a solid mean line, and the shaded warm-up', () => {
    const band = elements.find((e) => e.attrs.class === 'band')!;
    const mean = elements.find((e) => e.attrs.class === 'mean')!;
    expect(band.attrs.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+Z$/);
    expect(band.attrs.fill).toMatch(/^#d\w{5}$/);
    expect(mean.attrs.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
    expect(mean.attrs['stroke-dasharray']).toBeUndefined();
    expect(svg.indexOf('class="band"')).toBeLessThan(svg.indexOf('class="mean"'));
    const shade = elements.find((e, i) => e.name === 'rect' && elements[i - 1]?.attrs.class === 'warmup')!;
    expect(Number(shade.attrs.width)).toBeGreaterThan(0);
  });
  it('with a floor of 0, draws no band below zero even where the CI reaches below it', () => {
    const { elements } = parseXml(timeSeries({ floor: 0 }));
    const ticks = elements.filter((e) => e.name === 'text').map((e) => e.text);
    expect(ticks.some((t) => /^[-\u2212]\d/.test(t))).toBe(false);
  });
  it('tells series apart by dash pattern as well as colour', () => {
    const base = result.series.values.waitingList!;
    const two = parseXml(
      timeSeries({ series: [{ id: 'a', label: 'This run', summary: base }, { id: 'b', label: 'Baseline', summary: base, band: false }] }),
    ).elements.filter((e) => e.attrs.class === 'mean');
    expect(two).toHaveLength(2);
    expect(two[0]!.attrs.stroke).not.toBe(two[1]!.attrs.stroke);
    expect(two[0]!.attrs['stroke-dasharray']).not.toBe(two[1]!.attrs['stroke-dasharray']);
  });
  it('writes tick labels with a decimal comma in Norwegian and counts weeks on short runs', () => {
    const short = shortScenario((s) => {
      s.horizonDays = 120;
      s.warmupDays = 14;
      s.replications = 2;
    });
    const r = runOf(short);
    const svgNb = timeSeries({
      fmt: createFormatter('nb'),
      horizonDays: 120,
      warmupDays: 14,
      weekStartDays: r.series.weekStartDays,
      series: [{ id: 'x', label: 'x', summary: { mean: r.series.values.waitingList!.mean.map(() => 0.3), lo: r.series.values.waitingList!.mean.map(() => 0.2), hi: r.series.values.waitingList!.mean.map(() => 0.45) } }],
    });
    const texts = parseXml(svgNb).elements.filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts).toContain('Weeks from start');
    expect(texts.some((t) => /^0,\d$/.test(t))).toBe(true);
    expect(texts.some((t) => /^0\.\d$/.test(t))).toBe(false);
  });
});

describe('WaitHistogram rendered to a string', () => {
  const props: WaitHistogramProps = {
    title: 'Wait from referral to first treatment',
    edgesDays: result.waitHistogram.edgesDays,
    share: result.waitHistogram.share,
    labels: { x: 'Weeks from referral to first treatment', y: 'Share of first treatment starts (%)', bars: 'Mean share', whiskers: '95 % CI' },
    fmt: createFormatter('en'),
    width: 600,
  };
  const { root, elements } = parseXml(renderToStaticMarkup(createElement(WaitHistogram, props)));

  it('labels its axes with units and draws one bar per week shown, with CI whiskers', () => {
    expect(root.name).toBe('svg');
    const texts = elements.filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts).toEqual(expect.arrayContaining(['Weeks from referral to first treatment', 'Share of first treatment starts (%)', 'Mean share', '95 % CI']));
    const bars = elements.filter((e) => e.attrs.class === 'bar');
    expect(bars.length).toBeGreaterThanOrEqual(8);
    expect(elements.filter((e) => e.attrs.class === 'whisker').length).toBeGreaterThan(0);
    for (const b of bars) expect(Number(b.attrs.height)).toBeGreaterThanOrEqual(0);
  });
});

describe('chart components', () => {
  it('are memoised, so unrelated state changes do not redraw them', () => {
    const memo = Symbol.for('react.memo');
    expect((TimeSeriesChart as unknown as { $$typeof: symbol }).$$typeof).toBe(memo);
    expect((WaitHistogram as unknown as { $$typeof: symbol }).$$typeof).toBe(memo);
  });
});
