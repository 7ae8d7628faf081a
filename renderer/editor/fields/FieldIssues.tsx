import type { ValidationIssue } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { translateIssue } from '../model/issues';
import { issuesDomId } from './useField';

/** The validation messages of one field, in the planner's language, referenced by its input's aria-describedby. */
export function FieldIssues({ id, issues }: { id: string; issues: readonly ValidationIssue[] }) {
  const { t, lang } = useI18n();
  if (issues.length === 0) return null;
  return (
    <ul className="field-issues" id={issuesDomId(id)}>
      {issues.map((issue, i) => {
        const { message, allowed } = translateIssue(issue, t, lang);
        return (
          <li key={i} className={issue.severity === 'error' ? 'error-text' : 'warn-text'} data-code={issue.code}>
            <strong>{t(issue.severity === 'error' ? 'editor.issue.error' : 'editor.issue.warning')}</strong> {message}
            {allowed !== undefined && !message.includes(allowed) && <span className="issue-allowed"> ({t('editor.issue.allowed', { allowed })})</span>}
          </li>
        );
      })}
    </ul>
  );
}
