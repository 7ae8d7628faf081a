import type { Buckets } from '../../sim';

/** What the planner clicked in the player's diagram: a service, assessment, aftercare, or the discharged who will return. */
export type PlayerSelection = { kind: 'service'; service: number } | { kind: 'assessment' } | { kind: 'aftercare' } | { kind: 'returning' };

/** The trace buckets whose patients a selection lists. */
export function selectionBuckets(sel: PlayerSelection, b: Buckets): number[] {
  switch (sel.kind) {
    case 'service':
      return [b.waiting(sel.service), b.inService(sel.service), b.delayed(sel.service)];
    case 'assessment':
      return [b.assessment];
    case 'aftercare':
      return [b.aftercare, b.waitOutside];
    case 'returning':
      return [b.returning];
  }
}

export function sameSelection(a: PlayerSelection | null, b: PlayerSelection | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && (a.kind !== 'service' || (b.kind === 'service' && a.service === b.service));
}
