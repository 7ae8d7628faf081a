/**
 * What the Study tab will run: the draft checked as a study file (validateStudySpec, the CLI's
 * rules), every variant and sweep point applied to the baseline (expandStudySpec), and the
 * tornado arms (tornadoCases). Issues come back as data, to be worded in the planner's language.
 */
import { expandStudySpec, tornadoCases, validateStudySpec, type PlannedCase, type Scenario, type ValidationIssue } from '../../../sim';
import type { Lang } from '../../i18n/lang';
import type { StudyDraft } from './draft';
import { draftToStudyJson, type LabelOf } from './spec';
import { dimensionValues, type ValuesProblem } from './sweep-values';

/** A sweep dimension that has no values to run, and why. */
export interface DimensionProblem {
  sweep: number;
  dim: 'x' | 'by';
  problem: ValuesProblem;
  bad?: string;
}

export interface StudyPlan {
  /** Issues of the study and of the tornado arms, errors and warnings. */
  issues: ValidationIssue[];
  dimensionProblems: DimensionProblem[];
  /** The ±X % of the tornado is not a number between 0 and 100. */
  tornadoPercentProblem: boolean;
  /** The cases to run, the baseline first; null while an error stops the study. */
  cases: PlannedCase[] | null;
}

/** Stands in for the baseline while the study's own fields are checked; the cases then use the real one. */
const PLACEHOLDER = { file: '(current scenario)' };

export function planStudy(draft: StudyDraft, baseline: Scenario, lang: Lang, labelOf?: LabelOf): StudyPlan {
  const dimensionProblems: DimensionProblem[] = [];
  draft.sweeps.forEach((s, sweep) => {
    for (const dim of ['x', 'by'] as const) {
      const d = s[dim];
      if (!d) continue;
      const v = dimensionValues(d, lang);
      if (!v.ok) dimensionProblems.push({ sweep, dim, problem: v.problem, ...(v.bad !== undefined ? { bad: v.bad } : {}) });
    }
  });
  const pct = draft.tornado.percent;
  const tornadoOn = draft.tornado.paths.length > 0;
  const tornadoPercentProblem = tornadoOn && !(typeof pct === 'number' && pct > 0 && pct < 100);

  const checked = validateStudySpec(draftToStudyJson(draft, PLACEHOLDER, lang, baseline.name, labelOf));
  if (!checked.ok) return { issues: checked.issues, dimensionProblems, tornadoPercentProblem, cases: null };
  // With tornado arms to run, "only the baseline runs" is not so.
  const issues = checked.warnings.filter((i) => !(tornadoOn && i.code === 'study.nothingToRun'));
  const expanded = expandStudySpec(checked.value, baseline);
  issues.push(...(expanded.ok ? expanded.warnings : expanded.issues));
  let cases = expanded.ok ? expanded.value : null;
  if (tornadoOn && !tornadoPercentProblem) {
    const arms = tornadoCases(baseline, draft.tornado.paths, (pct as number) / 100);
    issues.push(...(arms.ok ? arms.warnings : arms.issues));
    cases = arms.ok && cases ? [...cases, ...arms.value] : null;
  }
  const blocked = dimensionProblems.length > 0 || tornadoPercentProblem;
  return { issues, dimensionProblems, tornadoPercentProblem, cases: blocked ? null : cases };
}
