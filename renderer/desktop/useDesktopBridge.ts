/**
 * Connects the page to the desktop shell (a no-op in a browser): native menu commands and
 * files opened by the OS reach the app's own actions, unsaved work is autosaved while there
 * are changes, and work a crashed session left is offered back at start.
 */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../app/AppStore';
import { scenarioText, type FileToLoad } from '../app/useFileActions';
import { useI18n } from '../i18n/I18nProvider';
import { desktop, type ExampleId } from './api';
import { Autosaver, baseName, offerRecovery, recoveryQuestion, runMenuCommand } from './bridge';

export interface DesktopActions {
  open(): void;
  /** A shipped example, as the toolbar's Examples menu opens it. */
  openExample(id: ExampleId): void;
  save(): void;
  saveAs(): void;
  undo(): void;
  redo(): void;
  run(): void;
  cancel(): void;
  /** Loads a file's text as the document (problems listed, current work kept, if it is not a scenario). */
  load(file: FileToLoad, options?: { dirty?: boolean }): boolean;
}

/** Recovery is offered once per page load (React's StrictMode mounts twice in development). */
let recoveryOffered = false;

export function useDesktopBridge(actions: DesktopActions): void {
  const { state, dispatch } = useAppStore();
  const { lang } = useI18n();
  const api = desktop();

  // Always the latest actions and document, without re-subscribing on every render.
  const latest = useRef({ actions, state, lang });
  latest.current = { actions, state, lang };

  useEffect(() => {
    if (!api) return;
    const stopMenu = api.onMenuCommand((command) => {
      const a = latest.current.actions;
      runMenuCommand(command, {
        open: a.open,
        openExample: a.openExample,
        save: a.save,
        saveAs: a.saveAs,
        undo: a.undo,
        redo: a.redo,
        run: a.run,
        cancel: a.cancel,
        showScenario: () => dispatch({ type: 'view', view: 'scenario' }),
        showResults: () => dispatch({ type: 'view', view: 'results' }),
      });
    });
    const stopOpen = api.onOpenFile((file) => {
      latest.current.actions.load(file);
    });
    return () => {
      stopMenu();
      stopOpen();
    };
  }, [api, dispatch]);

  useEffect(() => {
    if (!api || recoveryOffered) return;
    recoveryOffered = true;
    void offerRecovery(
      api,
      (recovered) => window.confirm(recoveryQuestion(recovered, latest.current.lang)),
      (recovered) => {
        const name = recovered.fileName ? baseName(recovered.fileName) : 'unsaved.kapasim.json';
        latest.current.actions.load({ path: recovered.fileName, name, text: recovered.text }, { dirty: true });
      },
    ).catch(() => undefined);
  }, [api]);

  const autosaver = useRef<Autosaver | null>(null);
  useEffect(() => {
    if (!api) return;
    const saver = new Autosaver(api, () => ({ fileName: latest.current.state.fileName, text: scenarioText(latest.current.state.draft) }));
    autosaver.current = saver;
    return () => {
      saver.dispose();
      autosaver.current = null;
    };
  }, [api]);

  useEffect(() => {
    autosaver.current?.setDirty(state.dirty);
  }, [state.dirty]);
}
