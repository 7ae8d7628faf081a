import { useI18n } from '../../i18n/I18nProvider';
import { NumberField } from '../fields/NumberField';
import { Section } from '../Section';

export function CostsSection() {
  const { t } = useI18n();
  return (
    <Section id="costs" title={t('editor.section.costs')} intro={t('editor.costs.intro')}>
      <div className="field-grid">
        <NumberField path={['costs', 'bedDayNok']} label={t('editor.costs.bedDay')} unit={t('editor.unit.nokPerBedDay')} />
        <NumberField path={['costs', 'outpatientSlotDayNok']} label={t('editor.costs.slotDay')} unit={t('editor.unit.nokPerSlotDay')} />
        <NumberField path={['costs', 'aftercarePlaceDayNok']} label={t('editor.costs.placeDay')} unit={t('editor.unit.nokPerPlaceDay')} />
      </div>
    </Section>
  );
}
