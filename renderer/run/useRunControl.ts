import { useCallback, useRef } from 'react';
import { checkRunSize } from '../../sim';
import { useAppStore } from '../app/AppStore';
import { useI18n } from '../i18n/I18nProvider';
import { defaultPoolSize, startRun, type RunHandle } from './pool';
import { reportRunEnd } from './report-run-end';

/** Run and cancel for the whole app: runs only a scenario that passed validation. */
export function useRunControl(): { run(): boolean; cancel(): void; canRun: boolean; running: boolean } {
  const { state, dispatch, validation } = useAppStore();
  const { t, fmt } = useI18n();
  const handle = useRef<RunHandle | null>(null);
  const running = state.run.status === 'running';

  const run = useCallback(() => {
    if (!validation.ok || handle.current) return false;
    const scenario = validation.value;
    // A run that cannot fit in memory or time is refused before it starts, with both figures.
    const size = checkRunSize(scenario, { workers: defaultPoolSize() });
    if (!size.ok) {
      const gib = (bytes: number) => fmt.number(bytes / 2 ** 30, 1);
      const message =
        size.reason === 'memory'
          ? t('run.tooLargeMemory', { value: gib(size.value), limit: gib(size.limit) })
          : t('run.tooLargeEvents', { value: fmt.number(size.value, 0), limit: fmt.number(size.limit, 0) });
      dispatch({ type: 'runFailed', message });
      return false;
    }
    const started = performance.now();
    dispatch({ type: 'runStarted', total: scenario.replications, startedAt: Date.now() });
    const h = startRun(scenario, { onProgress: (done) => dispatch({ type: 'runProgress', done }) });
    handle.current = h;
    reportRunEnd(h.result, started, dispatch, () => {
      handle.current = null;
    });
    return true;
  }, [validation, dispatch, t, fmt]);

  const cancel = useCallback(() => handle.current?.cancel(), []);
  return { run, cancel, canRun: validation.ok && !running, running };
}
