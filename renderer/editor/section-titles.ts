import type { MessageKey } from '../i18n/en';
import type { SectionId } from './model/issues';

/** The heading of each section, also its name in the section list. */
export const SECTION_TITLE: Readonly<Record<SectionId, MessageKey>> = {
  general: 'editor.section.general',
  pathway: 'editor.section.pathway',
  referrals: 'editor.section.referrals',
  assessment: 'editor.section.assessment',
  services: 'editor.section.services',
  aftercare: 'editor.section.aftercare',
  relapse: 'editor.section.relapse',
  costs: 'editor.section.costs',
  run: 'editor.section.run',
  notes: 'editor.section.notes',
};
