import { useState, type Dispatch } from 'react';
import type { RunResult } from '../../sim';
import type { Action } from '../app/store';
import { saveRunFile } from '../export/save-run';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  result: RunResult;
  baseline: RunResult | null;
  stale: boolean;
  dispatch: Dispatch<Action>;
}

/** The results' title and actions: pin or remove the baseline, save the run file. */
export function ResultsHeader({ result, baseline, stale, dispatch }: Props) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const isBaseline = baseline === result;
  const save = async () => {
    setError(null);
    try {
      await saveRunFile(result);
    } catch (err) {
      setError(t('results.export.failed', { message: err instanceof Error ? err.message : String(err) }));
    }
  };
  return (
    <header className="results-header">
      <h2>{t('results.title', { name: result.scenario.name })}</h2>
      <div className="results-actions no-print">
        {!isBaseline && (
          <button type="button" onClick={() => dispatch({ type: 'pinBaseline', result })}>
            {t('results.pin')}
          </button>
        )}
        {baseline && (
          <button type="button" onClick={() => dispatch({ type: 'pinBaseline', result: null })}>
            {t('results.unpin')}
          </button>
        )}
        <button type="button" onClick={() => void save()}>{t('results.saveRun')}</button>
        {error && <span className="error-text" role="alert">{error}</span>}
      </div>
      {stale && <p className="results-stale" role="status">{t('results.stale')}</p>}
      {isBaseline && <p className="results-pinned" role="status">{t('results.isBaseline')}</p>}
    </header>
  );
}
