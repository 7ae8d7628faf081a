import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../sim';
import { formatCi, formatDifference, formatMetric, formatSummary, formatValue, unitAffixes } from '../../../renderer/results/format-metric';
import { metricUnit } from '../../../renderer/results/metric-units';
import { plain, textFor } from './support';

const en = textFor('en');
const nb = textFor('nb');
const s = (mean: number | null, ci: [number, number] | null): Summary => ({ mean, sd: 1, ci95: ci, n: 30, values: [] });

describe('KPI formatting', () => {
  it('shows days with the 95 % CI, decimal point in English and decimal comma in Norwegian', () => {
    const wait = s(31.24, [29.81, 32.64]);
    expect(plain(formatSummary(wait, 'days', en))).toBe('31.2 days (95 % CI 29.8–32.6)');
    expect(plain(formatSummary(wait, 'days', nb))).toBe('31,2 dager (95 % KI 29,8–32,6)');
  });
  it('shows shares as percentages', () => {
    const breaches = s(0.1234, [0.11, 0.1367]);
    expect(plain(formatSummary(breaches, 'share', en))).toBe('12.3 % (95 % CI 11.0–13.7)');
    expect(plain(formatSummary(breaches, 'share', nb))).toBe('12,3 % (95 % KI 11,0–13,7)');
  });
  it('shows cost in millions of NOK and bed-days with thousands separators', () => {
    expect(plain(formatValue(512_345_678, 'nokPerYear', en))).toBe('NOK 512.3 million per year');
    expect(plain(formatValue(512_345_678, 'nokPerYear', nb))).toBe('512,3 mill. kr per år');
    expect(plain(formatValue(12_345.4, 'bedDaysPerYear', en))).toBe('12,345 bed-days per year');
    expect(plain(formatValue(12_345.4, 'bedDaysPerYear', nb))).toBe('12 345 liggedøgn per år');
  });
  it('picks the unit from the metric key, also per service and group', () => {
    expect(metricUnit('p90WaitDays')).toBe('days');
    expect(metricUnit('readmission365Share')).toBe('share');
    expect(metricUnit('bedOccupancy')).toBe('share');
    expect(metricUnit('costNokPerYear')).toBe('nokPerYear');
    expect(metricUnit('services.detox.occupancy')).toBe('share');
    expect(metricUnit('services.detox.meanWaitingList')).toBe('patients');
    expect(metricUnit('groups.youth.firstStartsPerYear')).toBe('perYear');
    expect(plain(formatMetric('bedOccupancy', s(0.874, [0.86, 0.888]), nb))).toBe('87,4 % (95 % KI 86,0–88,8)');
  });
  it('says so when there is no CI or no value', () => {
    expect(formatSummary(s(3, null), 'days', en)).toBe('3.0 days');
    expect(formatSummary(s(null, null), 'days', en)).toBe('no value');
    expect(formatCi(null, 'days', en)).toBeNull();
  });
});

describe('difference formatting', () => {
  it('signs the difference and writes a range with negative bounds with "to"/"til"', () => {
    const d = s(-3.8, [-4.5, -3.1]);
    expect(plain(formatDifference(d, 'days', en))).toBe('−3.8 days (95 % CI −4.5 to −3.1)');
    expect(plain(formatDifference(d, 'days', nb))).toBe('−3,8 dager (95 % KI −4,5 til −3,1)');
  });
  it('gives share differences in percentage points, with a plus sign', () => {
    expect(plain(formatDifference(s(0.012, [0.003, 0.021]), 'share', en))).toBe('+1.2 percentage points (95 % CI +0.3 to +2.1)');
    expect(plain(formatDifference(s(0.012, [-0.003, 0.021]), 'share', nb))).toBe('+1,2 prosentpoeng (95 % KI −0,3 til +2,1)');
  });
  it('writes a CI whose lower bound rounds to zero with a dash', () => {
    expect(plain(formatSummary(s(0.0004, [-0.00001, 0.0009]), 'share', en))).toBe('0.0 % (95 % CI 0.0–0.1)');
  });
  it('sets the number apart from the text of its unit', () => {
    expect(unitAffixes('nokPerYear', en)).toEqual(['NOK ', ' million per year']);
    expect(unitAffixes('days', nb)).toEqual(['', ' dager']);
  });
  it('does not sign a difference that rounds to zero', () => {
    expect(plain(formatDifference(s(-0.01, [-0.02, 0.001]), 'days', en))).toBe('0.0 days (95 % CI 0.0 to 0.0)');
  });
});
