import { describe, expect, it } from 'vitest';
import { expandStudySpec, validateStudySpec } from '../../../sim';
import { addSweep, addVariant, dimension, emptyStudy, removeVariant, setTornado, updateSweep, updateVariant } from '../../../renderer/study/model/draft';
import { planStudy } from '../../../renderer/study/model/plan';
import { draftToStudyJson, studyJsonToDraft } from '../../../renderer/study/model/spec';
import { initialStudyState, studyReducer } from '../../../renderer/study/study-store';
import { loadStudyJson, smallDefault } from './support';

const base = smallDefault();

/** The browser test's study: −15 % long-term beds, and long-term beds at three values. */
function quickDraft() {
  let d = addVariant(emptyStudy('Quick'), '-15 % long-term beds', { 'services.long.beds': 75 });
  d = addSweep(d, dimension('services.long.beds', 60, 120, 30));
  return d;
}

describe('a draft as a study file', () => {
  it('writes kapasim/study@1 with the baseline inside, which validates and expands to the cases planned', () => {
    const json = draftToStudyJson(quickDraft(), base, 'en');
    expect(json).toMatchObject({
      schema: 'kapasim/study@1',
      name: 'Quick',
      variants: [{ name: '-15 % long-term beds', changes: { 'services.long.beds': 75 } }],
      sweeps: [{ path: 'services.long.beds', values: [60, 90, 120] }],
    });
    const spec = validateStudySpec(json);
    expect(spec.ok).toBe(true);
    if (!spec.ok) return;
    const cases = expandStudySpec(spec.value, base);
    expect(cases.ok && cases.value.map((c) => c.name)).toEqual(['baseline', '-15 % long-term beds', 'services.long.beds = 60', 'services.long.beds = 90', 'services.long.beds = 120']);
  });
  it('names an unnamed sweep by its field in words, so its cases read "Long-term beds = 60"', () => {
    const json = draftToStudyJson(quickDraft(), base, 'en', 'x', (p) => (p === 'services.long.beds' ? 'Long-term beds' : p));
    expect((json.sweeps as { name?: string }[])[0]!.name).toBe('Long-term beds');
    const plan = planStudy(quickDraft(), base, 'en', () => 'Long-term beds');
    expect(plan.cases!.slice(2).map((c) => c.name)).toEqual(['Long-term beds = 60', 'Long-term beds = 90', 'Long-term beds = 120']);
  });
  it('names the baseline by its file when asked, and a nameless study by the fallback', () => {
    const json = draftToStudyJson({ ...quickDraft(), name: ' ' }, { file: 'default.kapasim.json' }, 'en', 'Study of X');
    expect(json.baseline).toEqual({ file: 'default.kapasim.json' });
    expect(json.name).toBe('Study of X');
  });
  it('reads the shipped study back to the same file (ranges recognised, notes and descriptions kept)', () => {
    const shipped = loadStudyJson('fewer-beds-stronger-outpatient.kapasim-study.json');
    const draft = studyJsonToDraft(shipped, 'en');
    expect(draft.baselineFile).toBe('default.kapasim.json');
    expect(draft.variants).toHaveLength(4);
    expect(draft.sweeps[0]!.x).toMatchObject({ path: 'services.long.beds', name: 'Long-term beds', mode: 'range', from: 60, to: 120, step: 10 });
    expect(draftToStudyJson(draft, { file: 'default.kapasim.json' }, 'en')).toEqual(shipped);
  });
  it('reads a 2-D sweep with its second field, and a list that is not a range as a list', () => {
    const shipped = loadStudyJson('beds-by-aftercare.kapasim-study.json');
    const draft = studyJsonToDraft(shipped, 'nb');
    expect(draft.sweeps[0]!.by).toMatchObject({ path: 'aftercare.places', mode: 'range', from: 186, to: 372, step: 62 });
    const odd = studyJsonToDraft({ schema: 'kapasim/study@1', name: 'x', baseline: base, sweeps: [{ path: 'referrals.perYear', values: [1000, 1500, 1600] }] }, 'nb');
    expect(odd.sweeps[0]!.x).toMatchObject({ mode: 'list', list: '1000; 1500; 1600' });
    expect(odd.baselineFile).toBeNull();
  });
});

describe('planStudy', () => {
  it('plans the baseline, the variants, the sweep points and the tornado arms, all with the baseline’s seed and replications', () => {
    const d = setTornado(quickDraft(), { paths: ['services.long.beds', 'aftercare.places'], percent: 10 });
    const plan = planStudy(d, base, 'en');
    expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(plan.cases!.map((c) => c.kind)).toEqual(['baseline', 'variant', 'sweep', 'sweep', 'sweep', 'tornado', 'tornado', 'tornado', 'tornado']);
    expect(plan.cases!.every((c) => c.scenario.seed === base.seed && c.scenario.replications === base.replications)).toBe(true);
    expect(plan.cases![5]!.changes).toEqual({ 'services.long.beds': 79 });
  });
  it('stops on a variant the rules refuse, saying which and why', () => {
    const d = quickDraft();
    const named = planStudy(updateVariant(d, d.variants[0]!.key, { name: 'baseline' }), base, 'en');
    expect(named.cases).toBeNull();
    expect(named.issues.map((i) => i.code)).toEqual(['variant.nameBaseline']);
    const plan = planStudy(addVariant(d, 'typo', { 'services.lnog.beds': 70 }), base, 'en');
    expect(plan.cases).toBeNull();
    const typo = plan.issues.find((i) => i.code === 'changePath.noService')!;
    expect(typo.context).toEqual({ kind: 'variant', name: 'typo', index: 1 });
    expect(typo.message).toMatch(/did you mean "long"/);
  });
  it('stops on a sweep without values and a tornado share outside 0–100 %, and warns of a variant that changes nothing', () => {
    let d = quickDraft();
    d = updateSweep(d, d.sweeps[0]!.key, { x: { ...d.sweeps[0]!.x, step: 0 } });
    d = setTornado(d, { paths: ['aftercare.places'], percent: 120 });
    d = addVariant(d, 'nothing');
    const plan = planStudy(d, base, 'en');
    expect(plan.cases).toBeNull();
    expect(plan.dimensionProblems).toEqual([{ sweep: 0, dim: 'x', problem: 'step' }]);
    expect(plan.tornadoPercentProblem).toBe(true);
    expect(plan.issues.some((i) => i.code === 'variant.noChanges' && i.severity === 'warning')).toBe(true);
  });
  it('runs a tornado alone without warning that only the baseline runs', () => {
    const plan = planStudy(setTornado(emptyStudy(), { paths: ['aftercare.places'] }), base, 'en');
    expect(plan.issues).toEqual([]);
    expect(plan.cases!.map((c) => c.kind)).toEqual(['baseline', 'tornado', 'tornado']);
    expect(planStudy(emptyStudy(), base, 'en').issues.map((i) => i.code)).toEqual(['study.nothingToRun']);
  });
});

describe('the study store', () => {
  it('marks edits unsaved, keeps the last result while a new run goes, and counts progress only while running', () => {
    let s = initialStudyState();
    expect(s.kpi).toBe('meanWaitDays');
    expect(s.precision).toBe(0.05);
    s = studyReducer(s, { type: 'edit', draft: quickDraft() });
    expect(s.dirty).toBe(true);
    s = studyReducer(s, { type: 'saved', fileName: 'q.kapasim-study.json' });
    expect([s.dirty, s.fileName]).toEqual([false, 'q.kapasim-study.json']);
    expect(studyReducer(s, { type: 'runProgress', done: 3 })).toBe(s);
    s = studyReducer(s, { type: 'runStarted', total: 15, startedAt: 1 });
    s = studyReducer(s, { type: 'runProgress', done: 3 });
    expect(s.run).toEqual({ status: 'running', progress: { done: 3, total: 15, startedAt: 1 } });
    s = studyReducer(s, { type: 'runCancelled' });
    expect(s.run.status).toBe('cancelled');
    s = studyReducer(s, { type: 'purpose', kind: 'study', text: 'Why' });
    expect(s.purpose).toEqual({ run: null, study: 'Why' });
    const d = removeVariant(s.draft, s.draft.variants[0]!.key);
    expect(studyReducer(s, { type: 'edit', draft: d }).draft.variants).toEqual([]);
  });
});
