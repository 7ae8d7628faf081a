import { useI18n } from '../../i18n/I18nProvider';
import { NotesEditor } from '../fields/NotesEditor';
import { Section } from '../Section';

export function NotesSection() {
  const { t } = useI18n();
  return (
    <Section id="notes" title={t('editor.section.notes')} intro={t('editor.notes.intro')}>
      <NotesEditor path={['notes']} title={t('editor.notes.scenario')} />
    </Section>
  );
}
