import { useState } from 'react';
import type { Scenario } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { keyFields } from '../model/fields';
import { pathLabel } from '../model/labels';

const OTHER = '(other)';

/** A change path: one of the key fields, or any other path typed in. */
export function PathSelect({ id, label, baseline, value, onChange }: { id: string; label: string; baseline: Scenario; value: string; onChange(path: string): void }) {
  const text = useI18n();
  const { t } = text;
  const fields = keyFields(baseline);
  const known = fields.some((f) => f.path === value);
  const [other, setOther] = useState(!known);
  return (
    <span className="path-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={other ? OTHER : value}
        onChange={(e) => {
          const v = e.target.value;
          setOther(v === OTHER);
          if (v !== OTHER) onChange(v);
        }}
      >
        {fields.map((f) => (
          <option key={f.path} value={f.path}>{pathLabel(f.path, baseline, text)}</option>
        ))}
        <option value={OTHER}>{t('study.sweep.otherPath')}</option>
      </select>
      {other && <input className="text-m" aria-label={t('study.sweep.pathLabel', { field: label })} value={value} spellCheck={false} placeholder="groups.youth.deadlineDays" onChange={(e) => onChange(e.target.value)} />}
    </span>
  );
}
