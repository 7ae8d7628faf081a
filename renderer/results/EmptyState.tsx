import type { RunState } from '../app/store';
import { useI18n } from '../i18n/I18nProvider';

/** Shown before the first run finishes: how to get results. */
export function EmptyState({ run }: { run: RunState }) {
  const { t } = useI18n();
  const body = run.status === 'running' ? t('results.empty.running') : run.status === 'error' ? t('results.empty.failed') : t('results.empty.body');
  return (
    <section className="results-empty" aria-labelledby="results-empty-title">
      <h2 id="results-empty-title">{t('results.empty.title')}</h2>
      <p>{body}</p>
      {run.status !== 'running' && (
        <p className="muted">
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
        </p>
      )}
    </section>
  );
}
