import { useDraftStore } from '../../app/AppStore';
import { useI18n } from '../../i18n/I18nProvider';
import { NumberField } from '../fields/NumberField';
import { Section } from '../Section';
import { InitialStateTable } from './InitialStateTable';

export function RunSection() {
  const { t, fmt } = useI18n();
  const { draft } = useDraftStore();
  const years = (v: unknown): string | undefined => (typeof v === 'number' && v > 0 ? t('editor.run.years', { years: fmt.number(v / 365, 1) }) : undefined);
  return (
    <Section id="run" title={t('editor.section.run')} intro={t('editor.run.intro')}>
      <div className="field-grid">
        <NumberField path={['horizonDays']} label={t('editor.run.horizon')} unit={t('editor.unit.days')} hint={years(draft.horizonDays)} />
        <NumberField path={['warmupDays']} label={t('editor.run.warmup')} unit={t('editor.unit.days')} hint={years(draft.warmupDays) ?? t('editor.run.warmupHint')} />
        <NumberField path={['replications']} label={t('editor.run.replications')} unit={t('editor.unit.runs')} hint={t('editor.run.replicationsHint')} />
        <NumberField path={['seed']} label={t('editor.run.seed')} unit={t('editor.unit.number')} hint={t('editor.run.seedHint')} />
      </div>
      <InitialStateTable />
    </Section>
  );
}
