import { useI18n } from '../../i18n/I18nProvider';
import { DistributionField } from '../distribution/DistributionField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { Section } from '../Section';

export function AftercareSection() {
  const { t } = useI18n();
  return (
    <Section id="aftercare" title={t('editor.section.aftercare')} intro={t('editor.aftercare.intro')}>
      <div className="field-grid">
        <NumberField path={['aftercare', 'places']} label={t('editor.aftercare.places')} unit={t('editor.unit.places')} />
        <NumberField path={['aftercare', 'needShare', 'inpatient']} label={t('editor.aftercare.needInpatient')} unit="%" percent />
        <NumberField path={['aftercare', 'needShare', 'outpatient']} label={t('editor.aftercare.needOutpatient')} unit="%" percent />
      </div>
      <DistributionField path={['aftercare', 'durationDays']} title={t('editor.aftercare.duration')} />
      <div className="field-grid">
        <SelectField
          path={['aftercare', 'whenFull']}
          label={t('editor.aftercare.whenFull')}
          options={[
            { value: 'waitInBed', label: t('editor.aftercare.waitInBed') },
            { value: 'discharge', label: t('editor.aftercare.discharge') },
          ]}
          hint={t('editor.aftercare.whenFullHint')}
        />
        <NumberField path={['aftercare', 'maxWaitInBedDays']} label={t('editor.aftercare.maxWait')} unit={t('editor.unit.days')} hint={t('editor.aftercare.maxWaitHint')} />
      </div>
    </Section>
  );
}
