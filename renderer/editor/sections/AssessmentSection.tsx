import { useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { DistributionField } from '../distribution/DistributionField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { Toggle } from '../fields/Toggle';
import { useEdit } from '../fields/useEdit';
import { useField } from '../fields/useField';
import { Section } from '../Section';

export function AssessmentSection() {
  const { t } = useI18n();
  const { set } = useEdit();
  const patience = useField(['waitingList', 'meanPatienceDays']);
  const never = patience.value === null;
  const last = useRef<unknown>(240);
  if (!never && patience.value !== undefined) last.current = patience.value;
  return (
    <Section id="assessment" title={t('editor.section.assessment')} intro={t('editor.assessment.intro')}>
      <DistributionField path={['assessment', 'delayDays']} title={t('editor.assessment.delay')} />
      <div className="field-grid">
        <SelectField
          path={['waitingList', 'discipline']}
          label={t('editor.waiting.discipline')}
          options={[
            { value: 'earliestDeadline', label: t('editor.waiting.earliestDeadline') },
            { value: 'fifo', label: t('editor.waiting.fifo') },
          ]}
          hint={t('editor.waiting.disciplineHint')}
        />
        <NumberField
          path={['waitingList', 'meanPatienceDays']}
          label={t('editor.waiting.patience')}
          unit={t('editor.unit.days')}
          emptyValue={null}
          disabled={never}
          placeholder={never ? t('editor.waiting.never') : undefined}
          hint={t('editor.waiting.patienceHint')}
          extra={<Toggle id="waitingList.meanPatienceDays.never" label={t('editor.waiting.never')} checked={never} onChange={(on) => set(['waitingList', 'meanPatienceDays'], on ? null : last.current)} />}
        />
        <NumberField
          path={['waitingList', 'pretreatmentPatienceFactor']}
          label={t('editor.waiting.pretreatment')}
          unit={t('editor.unit.times')}
          hint={t('editor.waiting.pretreatmentHint')}
        />
      </div>
    </Section>
  );
}
