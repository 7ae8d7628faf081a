import { focusTarget } from './model/issues';

/** Scrolls to and focuses the field an issue is about (or its nearest shown ancestor, or its section). */
export function focusIssue(issuePath: string): void {
  const id = focusTarget(issuePath, (p) => document.getElementById(p) !== null);
  focusElement(id);
}

export function focusElement(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
}
