import { useI18n } from '../../i18n/I18nProvider';
import { PathwayDiagram } from '../pathway/PathwayDiagram';
import { Section } from '../Section';

export function PathwaySection() {
  const { t } = useI18n();
  return (
    <Section id="pathway" title={t('editor.section.pathway')} intro={t('editor.pathway.intro')}>
      <div className="pathway-scroll">
        <PathwayDiagram />
      </div>
    </Section>
  );
}
