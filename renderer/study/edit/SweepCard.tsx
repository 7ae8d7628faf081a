import { valueAt, type Scenario, type ValidationIssue } from '../../../sim';
import { useI18n } from '../../i18n/I18nProvider';
import { dimension, type SweepDraft } from '../model/draft';
import { fieldKind, keyFields } from '../model/fields';
import { defaultRange } from '../model/sweep-defaults';
import { dimensionValues } from '../model/sweep-values';
import { DimensionEditor } from './DimensionEditor';
import { IssueList } from './IssueList';

interface Props {
  sweep: SweepDraft;
  index: number;
  baseline: Scenario;
  issues: readonly ValidationIssue[];
  onChange(patch: Partial<Omit<SweepDraft, 'key'>>): void;
  onRemove(): void;
}

/** A default second field: aftercare places if the sweep is of something else, else the first other key field. */
function secondField(baseline: Scenario, first: string): string {
  if (first !== 'aftercare.places') return 'aftercare.places';
  return keyFields(baseline).find((f) => f.path !== first)?.path ?? 'referrals.perYear';
}

/** One sweep: a field over a range of values, optionally by a second field (a 2-D grid). */
export function SweepCard({ sweep, index, baseline, issues, onChange, onRemove }: Props) {
  const { t, lang, fmt } = useI18n();
  const id = `sweep-${sweep.key}`;
  const nx = dimensionValues(sweep.x, lang);
  const ny = sweep.by ? dimensionValues(sweep.by, lang) : null;
  const cases = nx.ok && (ny === null || ny.ok) ? nx.values.length * (ny?.ok ? ny.values.length : 1) : null;
  const toggleBy = (on: boolean) => {
    if (!on) return onChange({ by: null });
    const path = secondField(baseline, sweep.x.path);
    const r = defaultRange(valueAt(baseline, path), fieldKind(path));
    onChange({ by: dimension(path, r.from, r.to, r.step) });
  };
  return (
    <article className="study-card sweep-card" aria-labelledby={`${id}-title`} data-testid="sweep-card">
      <div className="card-head">
        <h4 id={`${id}-title`}>{t('study.sweep.title', { n: index + 1 })}</h4>
        <span className="muted">
          {cases === null ? '' : sweep.by && nx.ok && ny?.ok ? t('study.sweep.grid', { x: fmt.number(nx.values.length, 0), y: fmt.number(ny.values.length, 0), cases: fmt.number(cases, 0) }) : t('study.sweep.cases', { cases: fmt.number(cases, 0) })}
        </span>
        <button type="button" className="small" onClick={onRemove} aria-label={t('study.sweep.removeNamed', { n: index + 1 })}>
          {t('study.sweep.remove')}
        </button>
      </div>
      <DimensionEditor id={`${id}-x`} legend={t('study.sweep.first')} baseline={baseline} dim={sweep.x} onChange={(x) => onChange({ x })} />
      <label className="toggle by-toggle">
        <input type="checkbox" checked={sweep.by !== null} onChange={(e) => toggleBy(e.target.checked)} />
        {t('study.sweep.addBy')}
      </label>
      {sweep.by && <DimensionEditor id={`${id}-by`} legend={t('study.sweep.second')} baseline={baseline} dim={sweep.by} onChange={(by) => onChange({ by })} />}
      <IssueList issues={issues} />
    </article>
  );
}
