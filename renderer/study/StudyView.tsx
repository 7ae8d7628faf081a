import { useDeferredValue, useMemo } from 'react';
import { useAppStore } from '../app/AppStore';
import { useI18n } from '../i18n/I18nProvider';
import { VariantsSection } from './edit/VariantsSection';
import { SweepsSection } from './edit/SweepsSection';
import { TornadoSection } from './edit/TornadoSection';
import { pathLabel } from './model/labels';
import { planStudy } from './model/plan';
import { StudyResults } from './results/StudyResults';
import { StudyHeader } from './StudyHeader';
import { StudyRunPanel } from './StudyRunPanel';
import { useStudyStore } from './StudyStore';
import '../results/results.css';
import './study.css';

/**
 * The Study tab: the current scenario is the baseline; the planner adds variants, sweeps and
 * one-at-a-time changes, runs every case with common random numbers, and reads the
 * differences from the baseline with their 95 % CIs.
 */
export function StudyView() {
  const text = useI18n();
  const { t, lang } = text;
  const { validation } = useAppStore();
  const { state } = useStudyStore();
  // Checking a large study applies every case to the baseline; typing stays responsive meanwhile.
  const draft = useDeferredValue(state.draft);
  const baseline = validation.ok ? validation.value : null;
  const plan = useMemo(() => (baseline ? planStudy(draft, baseline, lang, (p) => pathLabel(p, baseline, text)) : null), [draft, baseline, lang, text]);
  if (!baseline || !plan) {
    return (
      <div className="study" data-testid="study-view">
        <h2>{t('study.title')}</h2>
        <p className="error-text" role="alert">{t('study.scenarioInvalid')}</p>
        {state.result && <StudyResults result={state.result} />}
      </div>
    );
  }
  const fallbackName = t('study.defaultName', { name: baseline.name });
  const name = state.draft.name.trim() || fallbackName;
  return (
    <div className="study" data-testid="study-view">
      <StudyHeader baseline={baseline} fallbackName={fallbackName} />
      <VariantsSection baseline={baseline} plan={plan} />
      <SweepsSection baseline={baseline} plan={plan} />
      <TornadoSection baseline={baseline} plan={plan} />
      <StudyRunPanel baseline={baseline} plan={plan} name={name} />
      {state.result && <StudyResults result={state.result} />}
    </div>
  );
}
