/**
 * Undo steps: every keystroke in a field is an edit, but one visit to a field (from focus to
 * blur) should undo as one step. A field takes a new session when it gains focus; edits with
 * the same merge key (path and session) merge in the store's history.
 */
import type { EditPath } from '../../app/edit-path';

let sessions = 0;

/** A new editing session, taken when a field gains focus. */
export function nextEditSession(): number {
  return ++sessions;
}

/** The store's merge key for an edit of `path` during `session`. */
export function mergeKeyFor(path: EditPath, session: number): string {
  return `${path.join('\u0000')}#${session}`;
}
