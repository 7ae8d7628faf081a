import { useState } from 'react';
import type { Scenario, ValidationIssue } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { withChange, withoutChange } from '../model/changes';
import type { VariantDraft } from '../model/draft';
import { ChangeList } from './ChangeList';
import { FieldTable } from './FieldTable';
import { IssueList } from './IssueList';
import { OtherChange } from './OtherChange';

interface Props {
  variant: VariantDraft;
  index: number;
  baseline: Scenario;
  issues: readonly ValidationIssue[];
  /** Open the field table at first (a variant just added). */
  startOpen: boolean;
  onChange(patch: Partial<Omit<VariantDraft, 'key'>>): void;
  onRemove(): void;
}

/** One variant: its name, its changes against the baseline, and the fields to change. */
export function VariantCard({ variant, index, baseline, issues, startOpen, onChange, onRemove }: Props) {
  const { t } = useI18n();
  const [open] = useState(startOpen);
  const id = `variant-${variant.key}`;
  const name = variant.name || t('study.variant.unnamed', { n: index + 1 });
  const setChange = (path: string, value: unknown) => onChange({ changes: withChange(baseline, variant.changes, path, value) });
  return (
    <article className="study-card variant-card" aria-labelledby={`${id}-title`} data-testid="variant-card">
      <h4 id={`${id}-title`} className="visually-hidden">{name}</h4>
      <div className="card-head">
        <label className="card-field">
          <span>{t('study.variant.name')}</span>
          <input className="text-m" value={variant.name} onChange={(e) => onChange({ name: e.target.value })} />
        </label>
        <label className="card-field grow">
          <span>{t('study.variant.description')}</span>
          <input className="text-l" value={variant.description} onChange={(e) => onChange({ description: e.target.value })} />
        </label>
        <button type="button" className="small" onClick={onRemove} aria-label={t('study.variant.removeNamed', { name })}>
          {t('study.variant.remove')}
        </button>
      </div>
      <h5 className="card-sub">{t('study.changes.title')}</h5>
      <ChangeList baseline={baseline} changes={variant.changes} variantName={name} onRemove={(path) => onChange({ changes: withoutChange(variant.changes, path) })} />
      <IssueList issues={issues} />
      <details className="field-details" open={open}>
        <summary>{t('study.variant.editFields')}</summary>
        <p className="hint">{t('study.variant.hint')}</p>
        <FieldTable baseline={baseline} changes={variant.changes} idPrefix={id} variantName={name} onChange={setChange} />
        <OtherChange onAdd={setChange} />
      </details>
    </article>
  );
}
