import { createContext, useContext, useMemo, useReducer, type Dispatch, type ReactNode } from 'react';
import { validateScenario, type Scenario, type Validated } from '../../sim';
import { initialState, reducer, type Action, type AppState, type ScenarioDraft } from './store';

export interface AppStore {
  state: AppState;
  dispatch: Dispatch<Action>;
  /** The draft checked with the same rules as the CLI; recomputed only when the draft changes. */
  validation: Validated<Scenario>;
}

/** The part of the store the scenario editor reads: it changes only when the draft does. */
export interface DraftStore {
  draft: ScenarioDraft;
  validation: Validated<Scenario>;
  dispatch: Dispatch<Action>;
}

const StoreContext = createContext<AppStore | null>(null);
const DraftContext = createContext<DraftStore | null>(null);

export function AppStoreProvider({ initial, children }: { initial: ScenarioDraft; children: ReactNode }) {
  const [state, dispatch] = useReducer(reducer, initial, (d) => initialState(d));
  const validation = useMemo(() => validateScenario(state.draft), [state.draft]);
  const value = useMemo(() => ({ state, dispatch, validation }), [state, validation]);
  // A context of its own, so that a run's progress (a new state every replication), results,
  // a pinned baseline or another tab do not re-render the editor's hundreds of fields.
  const draft = useMemo(() => ({ draft: state.draft, validation, dispatch }), [state.draft, validation]);
  return (
    <StoreContext.Provider value={value}>
      <DraftContext.Provider value={draft}>{children}</DraftContext.Provider>
    </StoreContext.Provider>
  );
}

/** The whole store: every change of the app's state re-renders the caller. */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore outside AppStoreProvider');
  return store;
}

/** The draft, its validation and dispatch: re-renders the caller only when the draft changes. */
export function useDraftStore(): DraftStore {
  const store = useContext(DraftContext);
  if (!store) throw new Error('useDraftStore outside AppStoreProvider');
  return store;
}
