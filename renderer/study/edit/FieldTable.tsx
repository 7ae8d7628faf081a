import { valueAt, type Scenario } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { isNullablePath } from '../model/change-text';
import { keyFields } from '../model/fields';
import { formatFieldValue, pathLabel, relativeChangeText } from '../model/labels';
import { ChangeInput } from './ChangeInput';

interface Props {
  baseline: Scenario;
  changes: Record<string, unknown>;
  /** Prefix of the inputs' ids (unique per variant). */
  idPrefix: string;
  variantName: string;
  onChange(path: string, value: unknown): void;
}

/** The key fields of the scenario: the baseline's value, this variant's (editable) and the change. */
export function FieldTable({ baseline, changes, idPrefix, variantName, onChange }: Props) {
  const text = useI18n();
  const { t } = text;
  return (
    <div className="table-scroll">
      <table className="edit-table field-table">
        <thead>
          <tr>
            <th scope="col">{t('study.col.field')}</th>
            <th scope="col" className="num">{t('results.col.baseline')}</th>
            <th scope="col" className="num">{t('study.col.thisVariant')}</th>
            <th scope="col" className="num">{t('study.col.change')}</th>
          </tr>
        </thead>
        <tbody>
          {keyFields(baseline).map((f) => {
            const base = valueAt(baseline, f.path);
            const changed = Object.hasOwn(changes, f.path);
            const value = changed ? changes[f.path] : base;
            const label = pathLabel(f.path, baseline, text);
            return (
              <tr key={f.path} className={changed ? 'changed' : undefined}>
                <th scope="row">{label}</th>
                <td className="num">{formatFieldValue(base, f.kind, text)}</td>
                <td className="num">
                  <ChangeInput
                    id={`${idPrefix}-${f.path}`}
                    value={value}
                    base={base}
                    kind={f.kind}
                    nullable={isNullablePath(f.path)}
                    label={t('study.field.inVariant', { field: label, name: variantName })}
                    onChange={(v) => onChange(f.path, v)}
                  />
                </td>
                <td className="num">{changed ? (relativeChangeText(base, value, text) ?? t('study.changed')) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
