import type { ReactNode } from 'react';
import { sectionDomId, type SectionId } from './model/issues';

/** One section of the editor: a focusable region with a heading, the target of the section list. */
export function Section({ id, title, intro, children }: { id: SectionId; title: string; intro?: string; children: ReactNode }) {
  const dom = sectionDomId(id);
  return (
    <section id={dom} className="editor-section" tabIndex={-1} aria-labelledby={`${dom}-heading`}>
      <h2 id={`${dom}-heading`}>{title}</h2>
      {intro && <p className="intro">{intro}</p>}
      {children}
    </section>
  );
}
