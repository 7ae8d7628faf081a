import { createContext, useContext, useMemo, useReducer, type Dispatch, type ReactNode } from 'react';
import { validateScenario, type Scenario, type Validated } from '../../sim';
import { initialState, reducer, type Action, type AppState, type ScenarioDraft } from './store';

export interface AppStore {
  state: AppState;
  dispatch: Dispatch<Action>;
  /** The draft checked with the same rules as the CLI; recomputed only when the draft changes. */
  validation: Validated<Scenario>;
}

const StoreContext = createContext<AppStore | null>(null);

export function AppStoreProvider({ initial, children }: { initial: ScenarioDraft; children: ReactNode }) {
  const [state, dispatch] = useReducer(reducer, initial, (d) => initialState(d));
  const validation = useMemo(() => validateScenario(state.draft), [state.draft]);
  const value = useMemo(() => ({ state, dispatch, validation }), [state, validation]);
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore outside AppStoreProvider');
  return store;
}
