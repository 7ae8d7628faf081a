import { describe, expect, it } from 'vitest';
import { dimension } from '../../../renderer/study/model/draft';
import { defaultRange } from '../../../renderer/study/model/sweep-defaults';
import { asRange, dimensionValues, formatValueList, listTokens, parseValueList, rangeValues } from '../../../renderer/study/model/sweep-values';

describe('sweep values from a range', () => {
  it('runs from … to in steps, both ends included', () => {
    expect(rangeValues(60, 120, 10)).toEqual({ ok: true, values: [60, 70, 80, 90, 100, 110, 120] });
    expect(rangeValues(60, 125, 10)).toEqual({ ok: true, values: [60, 70, 80, 90, 100, 110, 120] });
    expect(rangeValues(88, 88, 5)).toEqual({ ok: true, values: [88] });
  });
  it('keeps decimal steps exact (no 0.30000000000000004)', () => {
    expect(rangeValues(0.1, 0.5, 0.1)).toEqual({ ok: true, values: [0.1, 0.2, 0.3, 0.4, 0.5] });
    expect(rangeValues(0, 1, 0.25)).toEqual({ ok: true, values: [0, 0.25, 0.5, 0.75, 1] });
  });
  it('runs downwards when to is below from', () => {
    expect(rangeValues(120, 60, 20)).toEqual({ ok: true, values: [120, 100, 80, 60] });
  });
  it('refuses a step of 0 or less, non-numbers and more values than a study may run', () => {
    expect(rangeValues(1, 5, 0)).toEqual({ ok: false, problem: 'step' });
    expect(rangeValues(1, 5, -1)).toEqual({ ok: false, problem: 'step' });
    expect(rangeValues(1, Number.NaN, 1)).toEqual({ ok: false, problem: 'notNumber' });
    expect(rangeValues(0, 1000, 1)).toEqual({ ok: false, problem: 'tooMany' });
    expect(rangeValues(0, 999, 1).ok).toBe(true);
  });
});

describe('sweep values from a list', () => {
  it('splits at ; and line breaks, and at commas only in English (decimal comma in Norwegian)', () => {
    expect(listTokens('60, 70; 80\n90', 'en')).toEqual(['60', '70', '80', '90']);
    expect(listTokens('0,5; 1,5', 'nb')).toEqual(['0,5', '1,5']);
    expect(parseValueList('60, 70, 80', 'en')).toEqual({ ok: true, values: [60, 70, 80] });
    expect(parseValueList('0,5; 1,5', 'nb')).toEqual({ ok: true, values: [0.5, 1.5] });
    expect(parseValueList('fifo; earliestDeadline; null', 'en')).toEqual({ ok: true, values: ['fifo', 'earliestDeadline', null] });
    expect(parseValueList(' ; ', 'en')).toEqual({ ok: false, problem: 'empty' });
  });
  it('reads shares typed as % and writes them back the same way', () => {
    expect(parseValueList('40; 50; 60', 'en', 1000, true)).toEqual({ ok: true, values: [0.4, 0.5, 0.6] });
    expect(formatValueList([0.4, 0.5], 'nb', true)).toBe('40; 50');
    expect(formatValueList([0.5, null, 'x'], 'nb')).toBe('0,5; null; x');
  });
});

describe('a dimension of a sweep', () => {
  it('gives its values, or why it has none', () => {
    expect(dimensionValues(dimension('services.long.beds', 60, 120, 30), 'en')).toEqual({ ok: true, values: [60, 90, 120] });
    expect(dimensionValues(dimension('services.long.beds', 60, undefined, 30), 'en')).toEqual({ ok: false, problem: 'missing' });
    expect(dimensionValues({ ...dimension('services.long.beds', 60, 90, 30), to: 'abc' }, 'en')).toEqual({ ok: false, problem: 'notNumber', bad: 'abc' });
    expect(dimensionValues({ ...dimension('aftercare.needShare.inpatient'), mode: 'list', list: '40; 60' }, 'nb')).toEqual({ ok: true, values: [0.4, 0.6] });
  });
  it('recognises a list that is a range, so a loaded file shows from–to–step', () => {
    expect(asRange([60, 70, 80, 90, 100, 110, 120])).toEqual({ from: 60, to: 120, step: 10 });
    expect(asRange([0.1, 0.2, 0.3])).toEqual({ from: 0.1, to: 0.3, step: 0.1 });
    expect(asRange([120, 90, 60])).toEqual({ from: 120, to: 60, step: 30 });
    expect(asRange([60, 70, 90])).toBeNull();
    expect(asRange([60])).toBeNull();
    expect(asRange(['a', 'b'])).toBeNull();
  });
  it('starts a new sweep on round values around the baseline', () => {
    expect(defaultRange(88, 'count')).toEqual({ from: 70, to: 110, step: 10 });
    const share = defaultRange(0.5, 'share');
    expect(share.from).toBeGreaterThanOrEqual(0.35);
    expect(share.to).toBeLessThanOrEqual(0.65);
    expect(rangeValues(share.from, share.to, share.step).ok).toBe(true);
    expect(defaultRange(null, 'days').step).toBeGreaterThan(0);
  });
});
