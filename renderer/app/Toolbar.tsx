import { useMemo } from 'react';
import { useDesktopBridge } from '../desktop/useDesktopBridge';
import { useI18n } from '../i18n/I18nProvider';
import { LANGS, type Lang } from '../i18n/lang';
import { RunProgress } from '../run/RunProgress';
import { useRunControl } from '../run/useRunControl';
import { useAppStore } from './AppStore';
import { findExample } from './examples';
import { ExamplesMenu } from './ExamplesMenu';
import { useClaimedRunKeys } from './run-keys';
import { useFileActions } from './useFileActions';
import { useShortcuts } from './useShortcuts';

/** File, edit and run controls, the run's progress, and the language switch. */
export function Toolbar() {
  const { t, lang, setLang, fmt } = useI18n();
  const { state, dispatch, validation } = useAppStore();
  const { run, cancel, canRun, running } = useRunControl();
  const files = useFileActions();
  // The open tab may claim the run keys for its own run (the Study tab runs the study).
  const tab = useClaimedRunKeys();
  const tabKeys = tab.keys;
  const shortcuts = useMemo(
    () => ({
      run: () => (tabKeys?.current ? tabKeys.current.run() : run()),
      cancel: () => {
        if (!tabKeys?.current?.cancel()) cancel();
      },
      undo: () => dispatch({ type: 'undo' }),
      redo: () => dispatch({ type: 'redo' }),
      save: () => void files.save(),
    }),
    [run, cancel, dispatch, files, tabKeys],
  );
  useShortcuts(shortcuts);
  // The desktop shell's menu and OS-opened files use these same actions (this run handle, these open problems).
  useDesktopBridge({
    ...shortcuts,
    open: () => void files.open(),
    openExample: (id) => {
      const example = findExample(id);
      if (example) void files.openExample(example);
    },
    saveAs: () => void files.save(true),
    load: files.load,
  });
  const errorCount = validation.ok ? 0 : validation.issues.filter((i) => i.severity === 'error').length;

  return (
    <div className="toolbar" role="toolbar" aria-label={t('app.title')}>
      <div className="toolbar-group">
        <button type="button" onClick={() => void files.open()}>{t('file.open')}</button>
        <ExamplesMenu onChoose={(example) => void files.openExample(example)} />
        <button type="button" onClick={() => void files.save()}>{t('file.save')}</button>
        <button type="button" onClick={() => void files.save(true)}>{t('file.saveAs')}</button>
        <button type="button" onClick={() => void files.openRun()} title={t('file.openRunTitle')}>{t('file.openRun')}</button>
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={() => dispatch({ type: 'undo' })} disabled={state.past.length === 0} aria-keyshortcuts="Control+Z">
          {t('edit.undo')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'redo' })} disabled={state.future.length === 0} aria-keyshortcuts="Control+Shift+Z">
          {t('edit.redo')}
        </button>
      </div>
      <div className="toolbar-group run-group">
        {running ? (
          <button type="button" className="danger" onClick={cancel} aria-keyshortcuts="Escape">{t('run.cancel')}</button>
        ) : (
          <button type="button" className="primary" onClick={run} disabled={!canRun} aria-keyshortcuts={tab.claimed ? undefined : 'Control+Enter'} title={tab.claimed ? undefined : t('run.shortcut')}>
            {t('run.run')}
          </button>
        )}
        {state.run.status === 'running' && <RunProgress progress={state.run.progress} />}
        {!validation.ok && !running && <span className="run-blocked" role="status">{t('run.blocked', { count: errorCount })}</span>}
        {state.run.status === 'error' && <span className="run-error" role="alert">{t('run.failed', { message: state.run.message })}</span>}
        {state.run.status === 'cancelled' && <span role="status">{t('run.cancelled')}</span>}
        {state.run.status === 'done' && <span role="status">{t('run.doneIn', { seconds: fmt.number(state.run.wallMs / 1000, 2) })}</span>}
      </div>
      <label className="toolbar-group lang-switch">
        <span>{t('lang.label')}</span>
        <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l}>{t(`lang.${l}`)}</option>
          ))}
        </select>
      </label>
      {files.openProblems && (
        <div className="open-problems" role="alert">
          <strong>{t('file.openFailed', { name: files.openProblems.file })}</strong>
          <ul>{files.openProblems.problems.map((p) => <li key={p}>{p}</li>)}</ul>
          <button type="button" onClick={files.dismissOpenProblems}>OK</button>
        </div>
      )}
    </div>
  );
}
