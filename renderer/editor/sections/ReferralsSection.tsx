import { useI18n } from '../../i18n/I18nProvider';
import { NumberField } from '../fields/NumberField';
import { Section } from '../Section';
import { GroupsTable } from './GroupsTable';
import { RoutingTable } from './RoutingTable';
import { SeasonalityField } from './SeasonalityField';
import { PopulationField } from '../../static/PopulationField';

export function ReferralsSection() {
  const { t } = useI18n();
  return (
    <Section id="referrals" title={t('editor.section.referrals')} intro={t('editor.referrals.intro')}>
      <div className="field-grid">
        <NumberField path={['referrals', 'perYear']} label={t('editor.referrals.perYear')} unit={t('editor.unit.perYear')} />
        <NumberField path={['referrals', 'growth']} label={t('editor.referrals.growth')} unit={t('editor.unit.percentPerYear')} percent hint={t('editor.referrals.growthHint')} />
      </div>
      <SeasonalityField />
      <PopulationField />
      <h3>{t('editor.groups.heading')}</h3>
      <p className="intro">{t('editor.groups.intro')}</p>
      <GroupsTable />
      <RoutingTable list="groups" table="entry" />
    </Section>
  );
}
