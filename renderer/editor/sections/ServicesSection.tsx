import { useI18n } from '../../i18n/I18nProvider';
import { Section } from '../Section';
import { RoutingTable } from './RoutingTable';
import { ServicesTable } from './ServicesTable';

export function ServicesSection() {
  const { t } = useI18n();
  return (
    <Section id="services" title={t('editor.section.services')} intro={t('editor.services.intro')}>
      <ServicesTable />
      <RoutingTable list="services" table="next" />
    </Section>
  );
}
