import type { ValidationIssue } from '../../../sim';
import { useDraftStore } from '../../app/AppStore';
import { getIn, type EditPath } from '../../app/edit-path';
import { useIssues } from '../useIssues';
import { issuePath } from '../model/issue-path';

export interface FieldState {
  /** The issue path, also the input's DOM id and name: `services.long.beds`. */
  id: string;
  value: unknown;
  issues: readonly ValidationIssue[];
  invalid: boolean;
  /** The id of the issue list, for aria-describedby, when there are issues. */
  describedBy: string | undefined;
}

export const issuesDomId = (id: string): string => `${id}--issues`;

/** The value and issues of the draft field at `path`; `deep` also takes issues below it. */
export function useField(path: EditPath, deep = false): FieldState {
  const { draft } = useDraftStore();
  const index = useIssues();
  const id = issuePath(draft, path);
  const issues = deep ? index.under(id) : index.at(id);
  return {
    id,
    value: getIn(draft, path),
    issues,
    invalid: issues.some((i) => i.severity === 'error'),
    describedBy: issues.length > 0 ? issuesDomId(id) : undefined,
  };
}
