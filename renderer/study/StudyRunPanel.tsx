import { useMemo } from 'react';
import { checkCasesSize, formatBytes, type Scenario } from '../../sim';
// Not in sim's public index yet: the size check made for `kapasim study` and this tab.
import { useClaimRunKeys } from '../app/run-keys';
import { defaultPoolSize } from '../run/pool';
import { useI18n } from '../i18n/I18nProvider';
import { RunProgress } from '../run/RunProgress';
import { IssueList } from './edit/IssueList';
import type { StudyPlan } from './model/plan';
import { useStudyStore } from './StudyStore';
import { useStudyRun } from './useStudyRun';

/** What the study will run, what stops it, and Run / Cancel with progress over all replications. */
export function StudyRunPanel({ baseline, plan, name }: { baseline: Scenario; plan: StudyPlan; name: string }) {
  const { t, fmt } = useI18n();
  const { state } = useStudyStore();
  const control = useStudyRun(plan, name);
  const cases = plan.cases;
  // A study too large for the memory or the time a tab may use is refused before it starts, as `kapasim study` refuses it.
  const size = useMemo(() => (cases ? checkCasesSize(cases.map((c) => c.scenario), { workers: defaultPoolSize() }) : null), [cases]);
  const tooLarge = size && !size.ok ? size : null;
  const canRun = control.canRun && tooLarge === null;
  // On this tab Ctrl/Cmd+Enter runs the study, as the button below does, and Esc cancels it.
  const { run, cancel, running } = control;
  const keys = useMemo(() => ({
    run: () => {
      if (canRun) run();
    },
    cancel: () => {
      if (!running) return false;
      cancel();
      return true;
    },
  }), [canRun, run, cancel, running]);
  useClaimRunKeys(keys);
  const count = (kind: string) => cases?.filter((c) => c.kind === kind).length ?? 0;
  const n = (x: number) => fmt.number(x, 0);
  // Issues already shown beside a variant or sweep are listed here too: this is the one place that says why Run is off.
  const errors = plan.issues.filter((i) => i.severity === 'error').length + plan.dimensionProblems.length + (plan.tornadoPercentProblem ? 1 : 0);
  return (
    <section className="study-section study-run" aria-labelledby="study-run-title">
      <h3 id="study-run-title">{t('study.run.title')}</h3>
      {cases ? (
        <p>
          {t('study.run.summary', {
            cases: n(cases.length),
            variants: n(count('variant')),
            sweeps: n(count('sweep')),
            tornado: n(count('tornado')),
            replications: n(baseline.replications),
            total: n(cases.length * baseline.replications),
            seed: String(baseline.seed),
          })}
        </p>
      ) : (
        <p className="error-text" role="status">{t('study.run.blocked', { count: n(errors) })}</p>
      )}
      <IssueList issues={plan.issues} id="study-issues" />
      {tooLarge && (
        <p className="error-text" role="alert">
          {t(tooLarge.reason === 'memory' ? 'study.run.tooLargeMemory' : 'study.run.tooLargeEvents', {
            value: tooLarge.reason === 'memory' ? formatBytes(tooLarge.value) : fmt.number(tooLarge.value, 0),
            limit: tooLarge.reason === 'memory' ? formatBytes(tooLarge.limit) : fmt.number(tooLarge.limit, 0),
          })}
        </p>
      )}
      <div className="run-row">
        {control.running ? (
          <button type="button" className="danger" onClick={control.cancel} aria-keyshortcuts="Escape">{t('run.cancel')}</button>
        ) : (
          <button type="button" className="primary" onClick={control.run} disabled={!canRun} aria-keyshortcuts="Control+Enter" title={t('run.shortcut')}>{t('study.run.run')}</button>
        )}
        {state.run.status === 'running' && <RunProgress progress={state.run.progress} />}
        {state.run.status === 'error' && <span className="run-error" role="alert">{t('run.failed', { message: state.run.message })}</span>}
        {state.run.status === 'cancelled' && <span role="status">{t('study.run.cancelled')}</span>}
        {state.run.status === 'done' && <span role="status">{t('study.run.done', { seconds: fmt.number(state.run.wallMs / 1000, 1) })}</span>}
      </div>
    </section>
  );
}
