import { useI18n } from '../../i18n/I18nProvider';
import { DistributionField } from '../distribution/DistributionField';
import { NumberField } from '../fields/NumberField';
import { Section } from '../Section';

export function RelapseSection() {
  const { t } = useI18n();
  const p = (k: string) => ['relapse', 'probability', k];
  return (
    <Section id="relapse" title={t('editor.section.relapse')} intro={t('editor.relapse.intro')}>
      <div className="field-grid">
        <NumberField path={['relapse', 'windowDays']} label={t('editor.relapse.window')} unit={t('editor.unit.days')} />
        <NumberField path={['relapse', 'reReferralShare']} label={t('editor.relapse.reReferral')} unit="%" percent hint={t('editor.relapse.reReferralHint')} />
      </div>
      <fieldset className="field-group">
        <legend>{t('editor.relapse.probability')}</legend>
        <div className="field-grid">
          <NumberField path={p('completedWithAftercare')} label={t('editor.relapse.withAftercare')} unit="%" percent />
          <NumberField path={p('completedWithoutAftercare')} label={t('editor.relapse.withoutAftercare')} unit="%" percent />
          <NumberField path={p('droppedOut')} label={t('editor.relapse.droppedOut')} unit="%" percent />
        </div>
      </fieldset>
      <DistributionField path={['relapse', 'timeToRelapseDays']} title={t('editor.relapse.time')} />
    </Section>
  );
}
