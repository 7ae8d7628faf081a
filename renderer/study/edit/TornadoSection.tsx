import { valueAt, type Scenario } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { setTornado } from '../model/draft';
import { tornadoFields } from '../model/fields';
import { formatFieldValue, pathLabel } from '../model/labels';
import type { StudyPlan } from '../model/plan';
import { useStudyStore } from '../StudyStore';
import { NumberBox } from './NumberBox';

/** One-at-a-time sensitivity: the chosen fields each moved down and up by ±X %, everything else as in the baseline. */
export function TornadoSection({ baseline, plan }: { baseline: Scenario; plan: StudyPlan }) {
  const text = useI18n();
  const { t, fmt } = text;
  const { state, dispatch } = useStudyStore();
  const { tornado } = state.draft;
  const toggle = (path: string, on: boolean) => {
    const paths = on ? [...tornado.paths, path] : tornado.paths.filter((p) => p !== path);
    dispatch({ type: 'edit', draft: setTornado(state.draft, { paths }) });
  };
  return (
    <section className="study-section" aria-labelledby="study-tornado">
      <h3 id="study-tornado">{t('study.tornado.title')}</h3>
      <p className="intro">{t('study.tornado.intro')}</p>
      <div className="study-card">
        <fieldset className="tornado-fields">
          <legend>{t('study.tornado.fields')}</legend>
          {tornadoFields(baseline).map((f) => (
            <label key={f.path} className="toggle">
              <input type="checkbox" checked={tornado.paths.includes(f.path)} onChange={(e) => toggle(f.path, e.target.checked)} />
              <span>
                {pathLabel(f.path, baseline, text)} <span className="muted">({formatFieldValue(valueAt(baseline, f.path), f.kind, text)})</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="dimension-row">
          <NumberBox id="tornado-percent" label={t('study.tornado.percent')} value={tornado.percent} invalid={plan.tornadoPercentProblem} onChange={(percent) => dispatch({ type: 'edit', draft: setTornado(state.draft, { percent }) })} />
          <span className="muted">
            {tornado.paths.length === 0 ? t('study.tornado.none') : t('study.tornado.cases', { fields: fmt.number(tornado.paths.length, 0), cases: fmt.number(2 * tornado.paths.length, 0) })}
          </span>
          {plan.tornadoPercentProblem && <span className="error-text" role="alert">{t('study.tornado.percentInvalid')}</span>}
        </div>
      </div>
    </section>
  );
}
