import { useEffect } from 'react';
import { desktop } from '../desktop/api';
import { EditorView } from '../editor/EditorView';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { PlayerView } from '../player/PlayerView';
import { ResultsView } from '../results/ResultsView';
import { StudyStoreProvider } from '../study/StudyStore';
import { StudyView } from '../study/StudyView';
import { AppStoreProvider, useAppStore } from './AppStore';
import { defaultDraft } from './default-scenario';
import { RunKeysProvider } from './run-keys';
import { Toolbar } from './Toolbar';

export function App() {
  return (
    <I18nProvider>
      <AppStoreProvider initial={defaultDraft()}>
        <StudyStoreProvider>
          <RunKeysProvider>
            <Shell />
          </RunKeysProvider>
        </StudyStoreProvider>
      </AppStoreProvider>
    </I18nProvider>
  );
}

function Shell() {
  const { t } = useI18n();
  const { state, dispatch } = useAppStore();
  const name = typeof state.draft.name === 'string' ? state.draft.name : '';

  useEffect(() => {
    document.title = `${state.dirty ? '• ' : ''}${name || t('app.title')} – Kapasim`;
    desktop()?.setDocumentState({ fileName: state.fileName, dirty: state.dirty });
  }, [name, state.dirty, state.fileName, t]);

  const tabs = [
    { id: 'scenario', label: t('nav.scenario') },
    { id: 'results', label: t('nav.results') },
    { id: 'study', label: t('nav.study') },
    { id: 'player', label: t('nav.player') },
  ] as const;

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <span className="tagline">{t('app.tagline')}</span>
          <span className="doc-name">
            {name}
            {state.dirty && <span className="dirty" title={t('file.unsaved')}> •<span className="visually-hidden">{t('file.unsaved')}</span></span>}
          </span>
        </div>
        <Toolbar />
        <nav aria-label={t('nav.label')} className="tabs" role="tablist">
          {tabs.map((tab) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={state.view === tab.id}
              aria-controls={`panel-${tab.id}`}
              onClick={() => dispatch({ type: 'view', view: tab.id })}
            >
              {tab.label}
            </button>
          ))}
        </nav>
      </header>
      <main id={`panel-${state.view}`} role="tabpanel" aria-labelledby={`tab-${state.view}`}>
        {state.view === 'scenario' ? <EditorView /> : state.view === 'study' ? <StudyView /> : state.view === 'player' ? <PlayerView /> : <ResultsView />}
      </main>
    </div>
  );
}
