import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { TimeSeriesChart } from '../../../renderer/charts/TimeSeriesChart';
import { WaitHistogram } from '../../../renderer/charts/WaitHistogram';
import { stampInfo, stampText } from '../../../renderer/export/stamp';
import { frameSize, stampLines } from '../../../renderer/export/StandaloneSvg';
import { figureSvg, XML_DECLARATION } from '../../../renderer/export/svg';
import { createFormatter } from '../../../renderer/i18n/format';
import { plain, runOf, shortScenario, textFor } from '../results/support';
import { parseXml } from './xml';

const result = runOf(shortScenario());
const fmt = createFormatter('nb');
const chart = createElement(TimeSeriesChart, {
  title: 'Venteliste',
  series: [{ id: 'w', label: 'Venteliste', summary: result.series.values.waitingList! }],
  horizonDays: result.scenario.horizonDays,
  warmupDays: result.scenario.warmupDays,
  weekStartDays: result.series.weekStartDays,
  labels: { xYears: 'År fra start', xWeeks: 'Uker fra start', y: 'Pasienter som venter', warmup: 'Oppvarming', band: '95 % KI' },
  fmt,
  width: 600,
  height: 260,
});
const stamp = stampText(stampInfo(result, '0.1.0', new Date(2026, 10, 23)), textFor('nb'));

describe('stampText', () => {
  it('names scenario, seed, replications, app version and date in the UI language', () => {
    expect(plain(stamp)).toBe('Baseline · frø 20121 · 3 replikasjoner · Kapasim 0.1.0 · 23.11.2026');
    expect(stampText(stampInfo(result, '0.1.0', new Date(2026, 10, 23)), textFor('en'))).toBe('Baseline · seed 20121 · 3 replications · Kapasim 0.1.0 · 23/11/2026');
  });
});

describe('figureSvg', () => {
  const svg = figureSvg(chart, { width: 600, height: 260, title: 'Venteliste & kø <uke>', stamp });
  const { root, elements } = parseXml(svg);

  it('is a standalone, well-formed SVG document', () => {
    expect(svg.startsWith(XML_DECLARATION)).toBe(true);
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    const size = frameSize(600, 260, stamp);
    expect(root.attrs).toMatchObject({ width: String(size.width), height: String(size.height), viewBox: `0 0 ${size.width} ${size.height}` });
    expect(root.attrs['font-family']).toMatch(/sans-serif/);
    expect(svg).not.toMatch(/class="[^"]*"[^>]*style=|<style|<link|href=/);
  });
  it('has a white background, the title (escaped) and the caption stamp inside the image', () => {
    const bg = elements.find((e) => e.name === 'rect')!;
    expect(elements.find((e) => e.name === 'desc')?.text).toBe(stamp);
    expect(bg).toMatchObject({ name: 'rect', attrs: { fill: '#ffffff', width: '600' } });
    const texts = elements.filter((e) => e.name === 'text');
    expect(texts[0]!.text).toBe('Venteliste & kø <uke>');
    const stampEl = elements.find((e) => e.attrs.class === 'stamp')!;
    expect(plain(stampEl.text)).toContain('frø 20121 · 3 replikasjoner · Kapasim 0.1.0');
    expect(Number(stampEl.attrs.y)).toBeGreaterThan(260);
  });
  it('contains the chart itself, with axis labels and paths', () => {
    const texts = elements.filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts).toEqual(expect.arrayContaining(['År fra start', 'Pasienter som venter', 'Oppvarming']));
    expect(elements.some((e) => e.attrs.class === 'mean' && /^M/.test(e.attrs.d ?? ''))).toBe(true);
  });
  it('scales the pixel size for print but keeps the drawing\u2019s coordinates', () => {
    const big = parseXml(figureSvg(chart, { width: 600, height: 260, title: 't', stamp }, 3)).root;
    const size = frameSize(600, 260, stamp);
    expect(big.attrs).toMatchObject({ width: String(size.width * 3), viewBox: `0 0 ${size.width} ${size.height}` });
  });
  it('works for the wait histogram too', () => {
    const hist = createElement(WaitHistogram, {
      title: 'Ventetid',
      edgesDays: result.waitHistogram.edgesDays,
      share: result.waitHistogram.share,
      labels: { x: 'Uker', y: 'Andel (%)', bars: 'Gjennomsnittlig andel', whiskers: '95 % KI' },
      fmt,
      width: 500,
    });
    const doc = parseXml(figureSvg(hist, { width: 500, height: 280, title: 'Ventetid', stamp }));
    expect(doc.elements.filter((e) => e.attrs.class === 'bar').length).toBeGreaterThan(0);
    expect(doc.elements.some((e) => e.attrs.class === 'stamp')).toBe(true);
  });
});

describe('caption stamp wrapping', () => {
  const long = 'Default: a mid-sized Norwegian health trust (~500,000 inhabitants) · seed 20261123 · 30 replications · Kapasim 0.1.0 · 23/11/2026';
  it('keeps a short stamp on one line and wraps a long one at its separators', () => {
    expect(stampLines('Baseline · seed 1 · 3 replications', 600)).toEqual(['Baseline · seed 1 · 3 replications']);
    const lines = stampLines(long, 500);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' · ')).toBe(long);
    for (const l of lines.slice(1)) expect(l.length * 6).toBeLessThanOrEqual(500 - 16);
  });
  it('makes the figure taller by the extra lines, so the stamp is never cut off', () => {
    expect(frameSize(500, 200, long).height).toBeGreaterThan(frameSize(500, 200, 'short').height);
  });
});
