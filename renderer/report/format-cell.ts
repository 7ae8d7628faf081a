import { clampToRange, formatDifferenceValue, formatNumber, formatRange, formatValue } from '../results/format-metric';
import type { MetricUnit } from '../results/metric-units';
import type { Text } from '../results/text';
import { percentText } from '../study/model/labels';
import type { Cell, CellUnit } from './cells';

const MINUS = '\u2212';
const METRIC_UNITS: readonly string[] = ['days', 'share', 'patients', 'perYear', 'bedDaysPerYear', 'nokPerYear'];
const isMetricUnit = (u: CellUnit): u is MetricUnit => METRIC_UNITS.includes(u);

function plain(x: number, unit: CellUnit, text: Text, signed: boolean): string {
  const digits = unit === 'count' ? 0 : unit === 'percent' ? 1 : Number.isInteger(x) ? 0 : 2;
  const out = unit === 'percent' ? percentText(x, digits, text) : text.fmt.number(x, digits).replace(/^-/, MINUS);
  return signed && x > 0 && /[1-9]/.test(out) ? `+${out}` : out;
}

/** A cell as the HTML report shows it: numbers in the locale with their units, a CI as "lo–hi". */
export function formatCell(cell: Cell, text: Text): string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'num': {
      if (cell.value === null || !Number.isFinite(cell.value)) return '–';
      if (isMetricUnit(cell.unit) && cell.magnitude && cell.unit === 'share') return text.t('results.unit.pp', { value: formatNumber(cell.value, cell.unit, text) });
      if (isMetricUnit(cell.unit)) return cell.signed ? formatDifferenceValue(cell.value, cell.unit, text) : formatValue(cell.value, cell.unit, text);
      return plain(cell.value, cell.unit, text, cell.signed ?? false);
    }
    case 'range': {
      if (cell.lo === null || cell.hi === null) return '–';
      // As in the app: a CI of a quantity is shown within what it can be (a count ≥ 0, a share ≤ 100 %); differences as they are.
      if (isMetricUnit(cell.unit)) return formatRange(cell.signed ? [cell.lo, cell.hi] : clampToRange([cell.lo, cell.hi], cell.unit), cell.unit, text, cell.signed) ?? '–';
      return text.t(cell.signed ? 'results.rangeSigned' : 'results.range', { lo: plain(cell.lo, cell.unit, text, !!cell.signed), hi: plain(cell.hi, cell.unit, text, !!cell.signed) });
    }
  }
}

/** Excel number formats by unit: shares as %, money and yearly counts with thousands separators. */
export const EXCEL_FORMAT: Record<CellUnit, string> = {
  days: '0.0',
  share: '0.0%',
  patients: '0.0',
  perYear: '#,##0',
  bedDaysPerYear: '#,##0',
  nokPerYear: '#,##0',
  count: '#,##0',
  percent: '0.0%',
  number: 'General',
};
