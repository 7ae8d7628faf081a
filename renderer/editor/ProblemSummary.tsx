import { useI18n } from '../i18n/I18nProvider';
import { focusIssue } from './focus';
import { useIssues } from './useIssues';
import { sectionOf, translateIssue } from './model/issues';
import { SECTION_TITLE } from './section-titles';

/** All problems at the top of the editor, in the planner's language; each links to (and focuses) the field it is about. */
export function ProblemSummary() {
  const { t, lang } = useI18n();
  const issues = useIssues();
  if (issues.all.length === 0) return null;
  const warnings = issues.all.length - issues.errorCount;
  const errors = issues.errorCount > 0;
  return (
    <section className={`problem-summary ${errors ? 'has-errors' : 'only-warnings'}`} aria-labelledby="editor-problems-heading" data-testid="problem-summary">
      <h2 id="editor-problems-heading">
        {errors ? t('editor.problems.errors', { count: issues.errorCount }) : t('editor.problems.warnings', { count: warnings })}
        {errors && warnings > 0 && <span className="muted"> {t('editor.problems.andWarnings', { count: warnings })}</span>}
      </h2>
      <ul>
        {issues.all.map((issue, i) => (
          <li key={i} className={issue.severity === 'error' ? 'error-text' : 'warn-text'} data-code={issue.code}>
            <a
              href={`#${issue.path}`}
              onClick={(e) => {
                e.preventDefault();
                focusIssue(issue.path);
              }}
            >
              {t(SECTION_TITLE[sectionOf(issue.path)])} › <code>{issue.path}</code>
            </a>
            : {issue.severity === 'warning' && `${t('editor.issue.warning')} `}
            {translateIssue(issue, t, lang).message}
          </li>
        ))}
      </ul>
    </section>
  );
}
