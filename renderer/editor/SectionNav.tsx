import { useI18n } from '../i18n/I18nProvider';
import { GuideButton } from '../static/Guide';
import { focusElement } from './focus';
import { useIssues } from './useIssues';
import { SECTIONS, sectionDomId } from './model/issues';
import { SECTION_TITLE } from './section-titles';

/** The left-hand list of sections, each with the number of problems in it. */
export function SectionNav() {
  const { t } = useI18n();
  const issues = useIssues();
  return (
    <nav className="editor-nav" aria-label={t('editor.nav.label')}>
      <ol>
        {SECTIONS.map((s) => {
          const n = issues.bySection.get(s) ?? 0;
          return (
            <li key={s}>
              <a
                href={`#${sectionDomId(s)}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusElement(sectionDomId(s));
                }}
              >
                {t(SECTION_TITLE[s])}
                {n > 0 && (
                  <span className="nav-count" aria-label={t('editor.nav.problems', { count: n })}>
                    {n}
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ol>
      <div className="editor-help"><GuideButton /></div>
    </nav>
  );
}
