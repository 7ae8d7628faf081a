import type { ValidationIssue } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { issuesDomId } from './useField';

/** The validation messages of one field, referenced by its input's aria-describedby. */
export function FieldIssues({ id, issues }: { id: string; issues: readonly ValidationIssue[] }) {
  const { t } = useI18n();
  if (issues.length === 0) return null;
  return (
    <ul className="field-issues" id={issuesDomId(id)}>
      {issues.map((issue, i) => (
        <li key={i} className={issue.severity === 'error' ? 'error-text' : 'warn-text'}>
          <strong>{t(issue.severity === 'error' ? 'editor.issue.error' : 'editor.issue.warning')}</strong> {issue.message}
          {issue.allowed !== undefined && !issue.message.includes(issue.allowed) && <span className="issue-allowed"> ({t('editor.issue.allowed', { allowed: issue.allowed })})</span>}
        </li>
      ))}
    </ul>
  );
}
