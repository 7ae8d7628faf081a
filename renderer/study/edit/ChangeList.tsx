import type { Scenario } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { changeRows } from '../model/changes';
import { formatPathValue, pathLabel, relativeChangeText } from '../model/labels';

/** A variant's changes against the baseline, one per line: "Long-term: beds: 88 → 75 (−14.8 %)". */
export function ChangeList({ baseline, changes, onRemove, variantName }: { baseline: Scenario; changes: Record<string, unknown>; onRemove(path: string): void; variantName: string }) {
  const text = useI18n();
  const { t } = text;
  const rows = changeRows(baseline, changes);
  if (rows.length === 0) return <p className="muted no-changes">{t('study.changes.none')}</p>;
  return (
    <ul className="change-list" aria-label={t('study.changes.label', { name: variantName })}>
      {rows.map((r) => {
        const label = pathLabel(r.path, baseline, text);
        const rel = relativeChangeText(r.from, r.to, text);
        return (
          <li key={r.path}>
            <span className="change-path" title={r.path}>{label === r.path ? <code>{r.path}</code> : label}</span>
            <span className="change-values">
              {formatPathValue(r.path, r.from, text)} → <strong>{formatPathValue(r.path, r.to, text)}</strong>
              {rel && <span className="muted"> ({rel})</span>}
            </span>
            <button type="button" className="small link-button" onClick={() => onRemove(r.path)} aria-label={t('study.changes.remove', { field: label })}>
              {t('study.remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
