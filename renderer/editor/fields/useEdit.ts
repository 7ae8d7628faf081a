import { useCallback } from 'react';
import { useDraftStore } from '../../app/AppStore';
import type { EditPath } from '../../app/edit-path';
import type { ScenarioDraft } from '../../app/store';
import { mergeKeyFor } from '../model/edit-session';

export { nextEditSession } from '../model/edit-session';

/**
 * Edits of the draft: `set` one field (keystrokes of one session merge into one undo step),
 * `replace` the whole draft at once (adding, removing, renaming: one undo step).
 */
export function useEdit() {
  const { draft, dispatch } = useDraftStore();
  const set = useCallback(
    (path: EditPath, value: unknown, session?: number) =>
      dispatch({ type: 'edit', path, value, ...(session !== undefined ? { mergeKey: mergeKeyFor(path, session) } : {}) }),
    [dispatch],
  );
  const replace = useCallback((f: (current: ScenarioDraft) => ScenarioDraft) => dispatch({ type: 'edit', path: [], value: f(draft) }), [dispatch, draft]);
  return { set, replace, draft };
}
