import type { ValidationIssue } from '../../../sim';
import { issueLine } from '../../editor/model/issues';
import { useI18n } from '../../i18n/I18nProvider';

/** Issues as lines in the planner's language, errors before warnings, each marked in words. */
export function IssueList({ issues, id }: { issues: readonly ValidationIssue[]; id?: string }) {
  const { t, lang } = useI18n();
  if (issues.length === 0) return null;
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <ul className="field-issues study-issues" id={id}>
      {sorted.map((issue, i) => (
        <li key={i} className={issue.severity === 'error' ? 'error-text' : 'warn-text'} data-code={issue.code}>
          <strong>{t(issue.severity === 'error' ? 'editor.issue.error' : 'editor.issue.warning')}</strong> {issueLine(issue, t, lang)}
        </li>
      ))}
    </ul>
  );
}

/** The issues that belong to the variant at `index`. */
export function variantIssues(issues: readonly ValidationIssue[], index: number): ValidationIssue[] {
  return issues.filter((i) => (i.context?.kind === 'variant' && i.context.index === index) || i.path.startsWith(`variants[${index}]`));
}

/** The issues that belong to the sweep at `index`. */
export function sweepIssues(issues: readonly ValidationIssue[], index: number): ValidationIssue[] {
  return issues.filter((i) => (i.context?.kind === 'sweep' && i.context.index === index) || i.path.startsWith(`sweeps[${index}]`));
}
