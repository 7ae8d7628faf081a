/** Validation issues grouped for the editor: by exact path, by editor section, and in order. */
import type { ValidationIssue, Validated, Scenario } from '../../../sim';
import { pathPrefixes, topKey } from './issue-path';

export type SectionId = 'general' | 'pathway' | 'referrals' | 'assessment' | 'services' | 'aftercare' | 'relapse' | 'costs' | 'run' | 'notes';

export const SECTIONS: readonly SectionId[] = ['general', 'pathway', 'referrals', 'assessment', 'services', 'aftercare', 'relapse', 'costs', 'run', 'notes'];

const SECTION_OF_KEY: Readonly<Record<string, SectionId>> = {
  referrals: 'referrals', groups: 'referrals',
  assessment: 'assessment', waitingList: 'assessment',
  services: 'services', aftercare: 'aftercare', relapse: 'relapse', costs: 'costs',
  horizonDays: 'run', warmupDays: 'run', replications: 'run', seed: 'run', initialState: 'run',
  notes: 'notes',
};

/** The editor section that holds the field an issue is about. */
export function sectionOf(issuePath: string): SectionId {
  return SECTION_OF_KEY[topKey(issuePath)] ?? 'general';
}

/** The DOM id of a section (its heading region), also the fall-back focus target of an issue. */
export function sectionDomId(section: SectionId): string {
  return `editor-section-${section}`;
}

export interface IssueIndex {
  all: readonly ValidationIssue[];
  at(path: string): readonly ValidationIssue[];
  /** Issues at `path` or anywhere below it. */
  under(path: string): readonly ValidationIssue[];
  errorCount: number;
  bySection: ReadonlyMap<SectionId, number>;
}

const NONE: readonly ValidationIssue[] = [];

export function indexIssues(validation: Validated<Scenario>): IssueIndex {
  const all = validation.ok ? validation.warnings : validation.issues;
  const exact = new Map<string, ValidationIssue[]>();
  const below = new Map<string, ValidationIssue[]>();
  const bySection = new Map<SectionId, number>();
  for (const issue of all) {
    (exact.get(issue.path) ?? exact.set(issue.path, []).get(issue.path)!).push(issue);
    for (const p of pathPrefixes(issue.path)) (below.get(p) ?? below.set(p, []).get(p)!).push(issue);
    const s = sectionOf(issue.path);
    bySection.set(s, (bySection.get(s) ?? 0) + 1);
  }
  return {
    all,
    at: (path) => exact.get(path) ?? NONE,
    under: (path) => below.get(path) ?? NONE,
    errorCount: all.filter((i) => i.severity === 'error').length,
    bySection,
  };
}

/** The DOM id to focus for an issue: the field itself, else its nearest rendered ancestor, else its section. */
export function focusTarget(issuePath: string, exists: (id: string) => boolean): string {
  for (const p of pathPrefixes(issuePath)) if (exists(p)) return p;
  return sectionDomId(sectionOf(issuePath));
}
