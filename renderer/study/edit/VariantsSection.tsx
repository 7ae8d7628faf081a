import { useRef } from 'react';
import type { Scenario } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { addVariant, removeVariant, updateVariant } from '../model/draft';
import type { StudyPlan } from '../model/plan';
import { useStudyStore } from '../StudyStore';
import { variantIssues } from './IssueList';
import { VariantCard } from './VariantCard';

/** The study's variants, each made by changing fields of the baseline. */
export function VariantsSection({ baseline, plan }: { baseline: Scenario; plan: StudyPlan }) {
  const { t } = useI18n();
  const { state, dispatch } = useStudyStore();
  const draft = state.draft;
  // Variants added in this session open their fields at once; loaded ones start closed.
  const added = useRef(new Set<string>());
  const add = () => {
    const next = addVariant(draft, t('study.variant.defaultName', { n: draft.variants.length + 1 }));
    added.current.add(next.variants[next.variants.length - 1]!.key);
    dispatch({ type: 'edit', draft: next });
  };
  return (
    <section className="study-section" aria-labelledby="study-variants">
      <h3 id="study-variants">{t('study.variants.title')}</h3>
      <p className="intro">{t('study.variants.intro')}</p>
      {draft.variants.map((v, i) => (
        <VariantCard
          key={v.key}
          variant={v}
          index={i}
          baseline={baseline}
          issues={variantIssues(plan.issues, i)}
          startOpen={added.current.has(v.key)}
          onChange={(patch) => dispatch({ type: 'edit', draft: updateVariant(draft, v.key, patch) })}
          onRemove={() => dispatch({ type: 'edit', draft: removeVariant(draft, v.key) })}
        />
      ))}
      <button type="button" onClick={add}>{t('study.variants.add')}</button>
    </section>
  );
}
