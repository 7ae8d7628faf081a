import { useId, useMemo, useState } from 'react';
import type { RunResult } from '../../sim';
import { useI18n } from '../i18n/I18nProvider';
import { RunProgress } from '../run/RunProgress';
import { defaultPoolSize } from '../run/pool';
import { replayText } from './replay-text';
import { useReplay } from './useReplay';
import './replay.css';

const WORKER_CHOICES = [1, 2, 4] as const;

/**
 * Replay: runs the shown result again with its seed and replications, and says "identical" or
 * exactly what differs (which metric, which replication, file → replay, and whether the engine
 * version changed), as `kapasim replay` does, from the same comparison.
 */
export function ReplayPanel({ result, runFile }: { result: RunResult; runFile: { name: string } | null }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const { state, replay, cancel } = useReplay(result);
  const auto = defaultPoolSize();
  const [workers, setWorkers] = useState<number>(0);
  const headingId = useId();
  const text = useMemo(() => (state.status === 'done' ? replayText(state.comparison, result.scenario, i18n) : null), [state, result, i18n]);
  return (
    <section className={`replay-panel${text ? (text.identical ? ' replay-identical' : ' replay-different') : ''}`} aria-labelledby={headingId} data-testid="replay-panel">
      <div className="replay-bar">
        <h3 id={headingId}>{t('replay.heading')}</h3>
        {runFile && <span className="replay-opened">{t('replay.openedFrom', { name: runFile.name, engine: result.engineVersion })}</span>}
        <span className="muted small">{t('replay.intro', { seed: String(result.seed), replications: fmt.number(result.replications, 0) })}</span>
        <div className="replay-controls no-print">
          <label>
            <span>{t('replay.workers')}</span>
            <select value={workers} onChange={(e) => setWorkers(Number(e.target.value))} disabled={state.status === 'running'}>
              <option value={0}>{t('replay.workersAuto', { n: auto })}</option>
              {WORKER_CHOICES.map((n) => (
                <option key={n} value={n}>{n}</option>
              ))}
            </select>
          </label>
          {state.status === 'running' ? (
            <button type="button" className="danger" onClick={cancel}>{t('replay.cancel')}</button>
          ) : (
            <button type="button" onClick={() => replay(workers || auto)}>{t('replay.button')}</button>
          )}
        </div>
      </div>
      {state.status === 'running' && <RunProgress progress={{ done: state.done, total: state.total, startedAt: state.startedAt }} />}
      <div role="status" aria-live="polite" className="replay-outcome">
        {state.status === 'cancelled' && <p>{t('replay.cancelled')}</p>}
        {state.status === 'error' && <p className="error-text">{t('replay.failed', { message: state.message })}</p>}
        {state.status === 'tooLarge' && (
          <p className="error-text">
            {t('replay.failed', {
              message:
                state.reason === 'memory'
                  ? t('run.tooLargeMemory', { value: fmt.number(state.value / 2 ** 30, 1), limit: fmt.number(state.limit / 2 ** 30, 1) })
                  : t('run.tooLargeEvents', { value: fmt.number(state.value, 0), limit: fmt.number(state.limit, 0) }),
            })}
          </p>
        )}
        {state.status === 'done' && text && (
          <>
            <p className="replay-verdict" data-testid="replay-verdict">
              <strong>{text.verdict}</strong>{' '}
              {text.identical && <span className="muted">{t('replay.identicalWorkers', { workers: state.workers, seconds: fmt.number(state.ms / 1000, 1) })}</span>}
            </p>
            {text.notes.length > 0 && (
              <ul className="replay-notes">
                {text.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {text && text.rows.length > 0 && (
        <div className="table-scroll">
          <table className="results-table replay-table" data-testid="replay-differences">
            <caption>{t('replay.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('replay.colWhat')}</th>
                <th scope="col" className="num">{t('replay.colReplication')}</th>
                <th scope="col" className="num">{t('replay.colFile')}</th>
                <th scope="col" className="num">{t('replay.colReplay')}</th>
              </tr>
            </thead>
            <tbody>
              {text.rows.map((r, i) => (
                <tr key={i}>
                  <td>{r.what}</td>
                  <td className="num">{r.replication ?? '–'}</td>
                  <td className="num"><code>{r.file}</code></td>
                  <td className="num"><code>{r.replay}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
          {text.more && <p className="muted small">{text.more}</p>}
        </div>
      )}
    </section>
  );
}
