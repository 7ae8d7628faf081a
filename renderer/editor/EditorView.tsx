import { memo } from 'react';
import './editor.css';
import { ProblemSummary } from './ProblemSummary';
import { SectionNav } from './SectionNav';
import { AftercareSection } from './sections/AftercareSection';
import { AssessmentSection } from './sections/AssessmentSection';
import { CostsSection } from './sections/CostsSection';
import { GeneralSection } from './sections/GeneralSection';
import { NotesSection } from './sections/NotesSection';
import { PathwaySection } from './sections/PathwaySection';
import { ReferralsSection } from './sections/ReferralsSection';
import { RelapseSection } from './sections/RelapseSection';
import { RunSection } from './sections/RunSection';
import { ServicesSection } from './sections/ServicesSection';

/**
 * The scenario editor: every field of the scenario file, grouped as a planner thinks, with
 * validation beside each field and a summary of all problems at the top.
 *
 * Memoised (it has no props), so the shell's re-renders (a run's progress, results arriving, a
 * pinned baseline) stop here; its sections and fields follow the draft through useDraftStore.
 */
export const EditorView = memo(function EditorView() {
  return (
    <div className="editor" data-testid="scenario-editor">
      <SectionNav />
      <div className="editor-main">
        <ProblemSummary />
        <GeneralSection />
        <PathwaySection />
        <ReferralsSection />
        <AssessmentSection />
        <ServicesSection />
        <AftercareSection />
        <RelapseSection />
        <CostsSection />
        <RunSection />
        <NotesSection />
      </div>
    </div>
  );
});
