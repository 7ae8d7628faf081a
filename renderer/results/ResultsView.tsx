import { useCallback } from 'react';
import { useAppStore } from '../app/AppStore';
import { PlayerLink } from '../player/player-link';
import { ReplayPanel } from '../replay/ReplayPanel';
import { RunExtras } from '../study/advice/RunExtras';
import { Dashboard } from './Dashboard';
import { EmptyState } from './EmptyState';
import { StaticPanel } from '../static/StaticPanel';
import { rememberWallTime, wallTimeOf } from './wall-times';
import './results.css';

/** The Results tab: the latest finished run (or how to get one), compared with the pinned baseline. */
export function ResultsView() {
  const { state, dispatch } = useAppStore();
  const result = state.lastResult;
  const openPlayer = useCallback((time: number) => dispatch({ type: 'openPlayer', time }), [dispatch]);
  if (state.run.status === 'done') rememberWallTime(state.run.result, state.run.wallMs);
  if (!result) return <EmptyState run={state.run} />;
  // Clicking a time on a chart opens the timeline player there.
  return <PlayerLink.Provider value={openPlayer}><ReplayPanel result={result} runFile={state.runFile} /><Dashboard result={result} baseline={state.baseline} stale={state.run.status === 'running'} wallMs={wallTimeOf(result)} dispatch={dispatch} /><RunExtras result={result} /><StaticPanel result={result} /></PlayerLink.Provider>;
}
