import type { I18n } from '../../i18n/I18nProvider';
import { kindOf } from '../model/distribution';

type Fmt = Pick<I18n, 't' | 'fmt'>;

/** A one-line summary of a draft distribution: "Lognormal · mean 9 · sd 5 days". */
export function distributionSummary(value: unknown, i18n: Fmt): string {
  const { kind, params } = distributionParts(value, i18n);
  return params ? `${kind} · ${params}` : kind;
}

/** The summary in two parts: the kind's name, and its parameters ("mean 9 · sd 5 days"). */
export function distributionParts(value: unknown, i18n: Fmt): { kind: string; params: string } {
  const kind = kindOf(value);
  if (kind === undefined) return { kind: i18n.t('editor.dist.none'), params: '' };
  return { kind: i18n.t(`editor.dist.${kind}`), params: paramText(value as Record<string, unknown>, i18n) };
}

function paramText(d: Record<string, unknown>, { t, fmt }: Fmt): string {
  const n = (k: string): string => (typeof d[k] === 'number' ? fmt.number(d[k] as number, Number.isInteger(d[k]) ? 0 : 1) : '?');
  const unit = t('editor.unit.days');
  const mean = t('editor.dist.param.mean').toLowerCase();
  switch (kindOf(d)) {
    case 'exponential':
      return `${mean} ${n('mean')} ${unit}`;
    case 'lognormal':
    case 'gamma':
      return `${mean} ${n('mean')} · ${t('editor.dist.sdShort')} ${n('sd')} ${unit}`;
    case 'fixed':
      return `${n('value')} ${unit}`;
    case 'uniform':
      return `${n('min')}–${n('max')} ${unit}`;
    case 'triangular':
      return `${n('min')}–${n('mode')}–${n('max')} ${unit}`;
    case 'empirical':
      return t('editor.dist.valuesCount', { count: Array.isArray(d.values) ? d.values.length : 0 });
    default:
      return '';
  }
}
