import { describe, expect, it } from 'vitest';
import { csvField } from '../../cli/format-csv';
import { metricLabel } from '../../cli/labels';
import { formatGrouped, formatInterval, formatValue } from '../../cli/numbers';
import { progressLine } from '../../cli/progress';
import { renderTable } from '../../cli/text-table';
import { METRIC_KEYS } from '../../sim/metrics/keys';

describe('CLI number formatting', () => {
  it('groups thousands and keeps "." decimals', () => {
    expect(formatGrouped(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatGrouped(-1234, 0)).toBe('-1,234');
    expect(formatGrouped(999, 0)).toBe('999');
    expect(formatGrouped(-0.0001, 2)).toBe('0.00');
  });

  it('shows shares as percent, NOK whole with separators, and a dash for missing values', () => {
    expect(formatValue(0.5508, 'share')).toBe('55.1');
    expect(formatValue(123456789.4, 'nokPerYear')).toBe('123,456,789');
    expect(formatValue(6570.2, 'perYear')).toBe('6,570');
    expect(formatValue(0.2754, 'days')).toBe('0.28');
    expect(formatValue(null, 'days')).toBe('–');
    expect(formatInterval([0.25, 0.3], 'share')).toBe('25.0 – 30.0');
    expect(formatInterval(null, 'share')).toBe('–');
  });

  it('quotes CSV fields as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
    expect(csvField(0.1)).toBe('0.1');
  });

  it('has a plain-English label for every run-level metric', () => {
    for (const key of METRIC_KEYS) expect(metricLabel(key).label, key).not.toBe(key);
    expect(metricLabel('services.long.occupancy')).toEqual({ label: 'Occupancy', unit: 'share' });
  });

  it('aligns table columns', () => {
    expect(renderTable(['A', 'Num'], [['x', '1'], ['long', '1,000']], ['left', 'right'])).toBe('A       Num\n----  -----\nx         1\nlong  1,000');
  });

  it('progress shows done of total, elapsed and time left', () => {
    expect(progressLine(3, 12, 9000)).toBe('replications 3/12 · elapsed 0:09 · about 0:27 left');
    expect(progressLine(12, 12, 61_000)).toBe('replications 12/12 · elapsed 1:01');
  });
});
