import { valueAt, type Scenario } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { addSweep, dimension, removeSweep, updateSweep } from '../model/draft';
import { keyFields } from '../model/fields';
import type { StudyPlan } from '../model/plan';
import { defaultRange } from '../model/sweep-defaults';
import { useStudyStore } from '../StudyStore';
import { sweepIssues } from './IssueList';
import { SweepCard } from './SweepCard';

/** Sweeps: one field (or two) run over a range of values, everything else as in the baseline. */
export function SweepsSection({ baseline, plan }: { baseline: Scenario; plan: StudyPlan }) {
  const { t } = useI18n();
  const { state, dispatch } = useStudyStore();
  const draft = state.draft;
  const add = () => {
    const fields = keyFields(baseline);
    // Long-term beds when there are such, else the first capacity.
    const f = fields.find((x) => x.path === 'services.long.beds') ?? fields.find((x) => x.kind === 'count') ?? fields[0]!;
    const r = defaultRange(valueAt(baseline, f.path), f.kind);
    dispatch({ type: 'edit', draft: addSweep(draft, dimension(f.path, r.from, r.to, r.step)) });
  };
  return (
    <section className="study-section" aria-labelledby="study-sweeps">
      <h3 id="study-sweeps">{t('study.sweeps.title')}</h3>
      <p className="intro">{t('study.sweeps.intro')}</p>
      {draft.sweeps.map((s, i) => (
        <SweepCard
          key={s.key}
          sweep={s}
          index={i}
          baseline={baseline}
          issues={sweepIssues(plan.issues, i).filter((x) => !/\.values$/.test(x.path) || plan.dimensionProblems.every((p) => p.sweep !== i))}
          onChange={(patch) => dispatch({ type: 'edit', draft: updateSweep(draft, s.key, patch) })}
          onRemove={() => dispatch({ type: 'edit', draft: removeSweep(draft, s.key) })}
        />
      ))}
      <button type="button" onClick={add}>{t('study.sweeps.add')}</button>
    </section>
  );
}
