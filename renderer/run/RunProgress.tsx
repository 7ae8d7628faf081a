import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { RunProgress as Progress } from '../app/store';

/** Replications done of total, with the time left estimated from the pace so far. */
export function RunProgress({ progress }: { progress: Progress }) {
  const { t, fmt } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, []);
  const elapsed = (now - progress.startedAt) / 1000;
  const formatTimeLeft = (seconds: number) =>
    seconds < 90 ? t('run.timeLeft', { seconds: fmt.number(seconds, 0) }) : t('run.timeLeftMinutes', { minutes: fmt.number(seconds / 60, 0) });
  const left = progress.done > 0 ? (elapsed / progress.done) * (progress.total - progress.done) : null;
  return (
    <div className="run-progress" role="status" aria-live="polite">
      <progress max={progress.total} value={progress.done} aria-label={t('run.progressLabel')} />
      <span>
        {t('run.progress', { done: fmt.number(progress.done, 0), total: fmt.number(progress.total, 0) })}
        {left !== null ? ` · ${formatTimeLeft(left)}` : ''}
      </span>
    </div>
  );
}
