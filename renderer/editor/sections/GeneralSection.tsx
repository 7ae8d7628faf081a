import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../fields/TextField';
import { Section } from '../Section';

export function GeneralSection() {
  const { t } = useI18n();
  return (
    <Section id="general" title={t('editor.section.general')}>
      <div className="field-grid">
        <TextField path={['name']} label={t('editor.general.name')} size="l" />
        <TextField path={['description']} label={t('editor.general.description')} multiline optional size="l" />
      </div>
    </Section>
  );
}
