import { describe, expect, it } from 'vitest';
import { allMetricKeys, compareRuns, METRIC_KEYS } from '../../../sim';
import { compareCsv, COMPARE_CSV_HEADER } from '../../../renderer/export/compare-csv';
import { csvField, toCsv } from '../../../renderer/export/csv';
import { metricsCsv } from '../../../renderer/export/metrics-csv';
import { metricLabel } from '../../../renderer/results/metric-label';
import { runOf, shortScenario, textFor } from '../results/support';

/** RFC 4180 records back into fields, to check what a spreadsheet would read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('csvField and toCsv', () => {
  it('quote fields with commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(NaN)).toBe('');
    expect(csvField(0.125)).toBe('0.125');
  });
  it('end every record, the last too, with CRLF', () => {
    expect(toCsv([['a', 'b'], [1, 2]])).toBe('a,b\r\n1,2\r\n');
  });
});

describe('metricsCsv', () => {
  const result = runOf(shortScenario());
  const keys = allMetricKeys(result.scenario);
  const nb = textFor('nb');
  const csv = metricsCsv(result, keys, (k) => metricLabel(k, result.scenario, nb));
  const rows = parseCsv(csv);

  it('has the header row and one row per metric', () => {
    expect(rows[0]).toEqual(['metric', 'label', 'mean', 'ci95_lo', 'ci95_hi', 'sd', 'n']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(keys);
    expect(rows.every((r) => r.length === 7)).toBe(true);
  });
  it('writes numbers with a decimal point even with Norwegian labels', () => {
    const wait = rows.find((r) => r[0] === 'meanWaitDays')!;
    expect(wait[1]).toBe('Gjennomsnittlig ventetid til første behandling');
    expect(Number(wait[2])).toBeCloseTo(result.metrics.meanWaitDays!.mean!, 12);
    expect(Number(wait[3])).toBe(result.metrics.meanWaitDays!.ci95![0]);
    expect(wait[6]).toBe('3');
    for (const r of rows.slice(1)) for (const f of r.slice(2)) expect(f).toMatch(/^(-?[\d.]+(e[-+]\d+)?)?$/);
  });
  it('quotes labels that hold commas (service names from the scenario)', () => {
    const named = runOf(shortScenario((s) => (s.services[1]!.label = 'Short-term, "3 months"')));
    const text = metricsCsv(named, ['services.short.occupancy'], (k) => metricLabel(k, named.scenario, textFor('en')));
    expect(text.split('\r\n')[1]).toMatch(/^services\.short\.occupancy,"Short-term, ""3 months"": occupancy",0\.\d+/);
  });
});

describe('compareCsv', () => {
  it('has one row per compared run-level metric with the difference and verdict', () => {
    const base = runOf(shortScenario());
    const variant = runOf(shortScenario((s) => (s.services[0]!.beds = 8)));
    const keys = [...METRIC_KEYS];
    const rows = parseCsv(compareCsv(compareRuns(variant, base), keys, String));
    expect(rows[0]).toEqual([...COMPARE_CSV_HEADER]);
    expect(rows).toHaveLength(keys.length + 1);
    const wait = rows.find((r) => r[0] === 'meanWaitDays')!;
    expect(wait.slice(-3)).toEqual(['true', 'lower', 'worse']);
    expect(rows.find((r) => r[0] === 'bedOccupancy')!.at(-1)).toMatch(/^(increase|decrease|noClearDifference)$/);
  });
});
