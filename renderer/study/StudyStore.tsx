import { createContext, useContext, useMemo, useReducer, useRef, type Dispatch, type ReactNode, type RefObject } from 'react';
import type { StudyHandle } from '../run/study-run';
import { initialStudyState, studyReducer, type StudyAction, type StudyState } from './study-store';

interface StudyStore {
  state: StudyState;
  dispatch: Dispatch<StudyAction>;
  /** The study run going on, if any: kept here so that it can be cancelled after a tab switch. */
  handle: RefObject<StudyHandle | null>;
}

const StudyContext = createContext<StudyStore | null>(null);

/** The study being edited and its last result; above the tabs, so switching tabs keeps them. */
export function StudyStoreProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(studyReducer, undefined, () => initialStudyState());
  const handle = useRef<StudyHandle | null>(null);
  const value = useMemo(() => ({ state, dispatch, handle }), [state]);
  return <StudyContext.Provider value={value}>{children}</StudyContext.Provider>;
}

export function useStudyStore(): StudyStore {
  const store = useContext(StudyContext);
  if (!store) throw new Error('useStudyStore outside StudyStoreProvider');
  return store;
}
