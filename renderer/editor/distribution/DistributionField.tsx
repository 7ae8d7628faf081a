import { useState, type ReactNode } from 'react';
import type { EditPath } from '../../app/edit-path';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldIssues } from '../fields/FieldIssues';
import { useField } from '../fields/useField';
import { DistributionDialog } from './DistributionDialog';
import { distributionParts } from './summary';

/**
 * A distribution as a compact summary and a button that opens the distribution editor. The
 * button carries the distribution's path as its id and is invalid when anything inside is.
 */
export function DistributionField({ path, title, label, compact, extra }: { path: EditPath; title: string; label?: string; compact?: boolean; extra?: ReactNode }) {
  const i18n = useI18n();
  const field = useField(path, true);
  const [open, setOpen] = useState(false);
  const parts = distributionParts(field.value, i18n);
  const button = (
    <button
      type="button"
      id={field.id}
      name={field.id}
      className="dist-button"
      aria-haspopup="dialog"
      aria-invalid={field.invalid || undefined}
      aria-describedby={field.describedBy}
      onClick={() => setOpen(true)}
    >
      {/* The name is the visible text with the field's title before it (WCAG 2.5.3 label in name). */}
      <span className="visually-hidden">{`${i18n.t('editor.dist.edit')}: ${title} – `}</span>
      <span className="dist-summary">
        <span className="dist-kind">{parts.kind}</span>
        {parts.params && <span className="dist-params-text">{parts.params}</span>}
      </span>
      <span className="dist-edit">{i18n.t('editor.dist.editShort')}</span>
    </button>
  );
  const body = (
    <>
      <span className="field-control">{button}{extra}</span>
      {!compact && <FieldIssues id={field.id} issues={field.issues} />}
      {compact && field.issues.length > 0 && <FieldIssues id={field.id} issues={field.issues} />}
      {open && <DistributionDialog path={path} title={title} onClose={() => setOpen(false)} />}
    </>
  );
  if (compact) return body;
  return (
    <div className="field">
      <span className="label" id={`${field.id}--label`}>{label ?? title}</span>
      {body}
    </div>
  );
}
