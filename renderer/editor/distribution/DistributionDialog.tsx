import { useEffect, useId, useRef } from 'react';
import type { DistributionKind } from '../../../sim';
import type { EditPath } from '../../app/edit-path';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldIssues } from '../fields/FieldIssues';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { useEdit } from '../fields/useEdit';
import { useField } from '../fields/useField';
import { convertDistribution, DISTRIBUTION_KINDS, kindOf, PARAMS } from '../model/distribution';
import { DistributionPreview } from './DistributionPreview';
import { ValuesField } from './ValuesField';

const PARAM_LABEL = {
  mean: 'editor.dist.param.mean',
  sd: 'editor.dist.param.sd',
  value: 'editor.dist.param.value',
  min: 'editor.dist.param.min',
  mode: 'editor.dist.param.mode',
  max: 'editor.dist.param.max',
} as const;

/**
 * The distribution editor, a modal dialog: the kind (switching keeps the mean and spread),
 * its parameters in days, and a preview of the shape with mean, median and p90. Every change
 * goes straight into the draft, so undo works as for any other field.
 */
export function DistributionDialog({ path, title, onClose }: { path: EditPath; title: string; onClose: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const field = useField(path);
  const { set } = useEdit();
  const kind = kindOf(field.value);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);
  const options = DISTRIBUTION_KINDS.map((k) => ({ value: k, label: t(`editor.dist.${k}`) }));
  const hint = (k: string): string | undefined => (k === 'mean' || k === 'sd' ? t(`editor.dist.hint.${k}`) : undefined);
  const paramLabel = (k: string): string => (k in PARAM_LABEL ? t(PARAM_LABEL[k as keyof typeof PARAM_LABEL]) : k);
  return (
    <dialog ref={ref} className="dist-dialog" aria-labelledby={titleId} onClose={onClose} data-testid="distribution-editor">
      <h2 id={titleId}>{title}</h2>
      <FieldIssues id={field.id} issues={field.issues} />
      <div className="dist-dialog-body">
        <div className="dist-params">
          <SelectField
            path={[...path, 'dist']}
            label={t('editor.dist.kind')}
            options={options}
            hint={kind ? t(`editor.dist.about.${kind}`) : undefined}
            onSelect={(k) => set(path, convertDistribution(field.value, k as DistributionKind))}
          />
          {kind &&
            PARAMS[kind].map((p) =>
              p === 'values' ? (
                <ValuesField key={p} path={[...path, p]} />
              ) : (
                <NumberField key={p} path={[...path, p]} label={paramLabel(p)} unit={t('editor.unit.days')} hint={hint(p)} />
              ),
            )}
        </div>
        <DistributionPreview value={field.value} />
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => ref.current?.close()}>{t('editor.dist.done')}</button>
      </div>
    </dialog>
  );
}
