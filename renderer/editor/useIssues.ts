import type { Scenario, Validated } from '../../sim';
import { useDraftStore } from '../app/AppStore';
import { indexIssues, type IssueIndex } from './model/issues';

const cache = new WeakMap<Validated<Scenario>, IssueIndex>();

/** The current validation issues, indexed once per validation (so once per draft) for every field. */
export function useIssues(): IssueIndex {
  const { validation } = useDraftStore();
  let index = cache.get(validation);
  if (!index) cache.set(validation, (index = indexIssues(validation)));
  return index;
}
