import type { Summary } from '../../sim';
import { useI18n } from '../i18n/I18nProvider';
import { formatCi, formatNumber } from './format-metric';
import type { MetricUnit } from './metric-units';
import { ValueLines } from './ValueLines';

/** A table cell with the mean (percent sign for shares; other units are in the column header) and its 95 % CI below. */
export function SummaryCell({ summary, unit }: { summary: Summary | undefined; unit: MetricUnit }) {
  const text = useI18n();
  const value = formatNumber(summary?.mean, unit, text);
  const ci = summary ? formatCi(summary.ci95, unit, text) : null;
  return (
    <td className="num">
      <ValueLines value={unit === 'share' && summary?.mean != null ? text.t('results.unit.share', { value }) : value} ci={ci} />
    </td>
  );
}
