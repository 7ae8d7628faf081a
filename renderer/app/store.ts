import type { RunResult } from '../../sim';
import { getIn, setIn, type EditPath } from './edit-path';

/**
 * The scenario as the editor holds it: any JSON, possibly invalid while the planner types.
 * Validation (the same checks as the CLI) runs on it; runs use only the validated copy.
 */
export type ScenarioDraft = Record<string, unknown>;

export interface RunProgress {
  done: number;
  total: number;
  startedAt: number;
}

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; progress: RunProgress }
  | { status: 'done'; result: RunResult; wallMs: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export interface AppState {
  draft: ScenarioDraft;
  /** Earlier drafts for undo (most recent last) and undone ones for redo. */
  past: ScenarioDraft[];
  future: ScenarioDraft[];
  fileName: string | null;
  /** Whether the draft differs from what was last opened or saved. */
  dirty: boolean;
  run: RunState;
  /** The latest finished run, kept while a new run is going. */
  lastResult: RunResult | null;
  /** A pinned run to compare later runs against. */
  baseline: RunResult | null;
  view: 'scenario' | 'results' | 'study' | 'player';
  /** The run file the shown result was opened from (null: run in this session). */
  runFile: { name: string } | null;
  /** The timeline player: which replication, at what time; `request` grows when asked to go to a time. */
  player: { replication: number; time: number; request: number };
  /** The merge key of the last edit: typing into one field makes one undo step, not one per key. */
  lastEditKey: string | null;
}

export type Action =
  | { type: 'edit'; path: EditPath; value: unknown; mergeKey?: string }
  /** `dirty` for work that was never saved (unsaved work recovered after a crash). */
  | { type: 'open'; draft: ScenarioDraft; fileName: string | null; dirty?: boolean }
  | { type: 'saved'; fileName: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'runStarted'; total: number; startedAt: number }
  | { type: 'runProgress'; done: number }
  | { type: 'runFinished'; result: RunResult; wallMs: number }
  | { type: 'runFailed'; message: string }
  | { type: 'runCancelled' }
  | { type: 'pinBaseline'; result: RunResult | null }
  | { type: 'showResult'; result: RunResult }
  /** A saved run file opened: its results are shown at once, without running. */
  | { type: 'openRun'; result: RunResult; fileName: string }
  /** Open the timeline player at a time (from a chart), for a replication (default: the current one). */
  | { type: 'openPlayer'; time: number; replication?: number }
  /** Where the player is, kept while other tabs are shown. */
  | { type: 'playerAt'; time: number }
  /** Another replication to play. */
  | { type: 'playerReplication'; replication: number }
  | { type: 'view'; view: AppState['view'] };

const HISTORY_LIMIT = 200;

export function initialState(draft: ScenarioDraft, fileName: string | null = null): AppState {
  return {
    draft, past: [], future: [], fileName, dirty: false, run: { status: 'idle' }, lastResult: null, baseline: null, view: 'scenario', lastEditKey: null,
    runFile: null, player: { replication: 0, time: 0, request: 0 },
  };
}

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'edit': {
      if (Object.is(getIn(state.draft, action.path), action.value)) return state;
      const draft = setIn(state.draft, action.path, action.value);
      const merge = action.mergeKey !== undefined && action.mergeKey === state.lastEditKey && state.past.length > 0;
      const past = merge ? state.past : [...state.past, state.draft].slice(-HISTORY_LIMIT);
      return { ...state, draft, past, future: [], dirty: true, lastEditKey: action.mergeKey ?? null };
    }
    case 'open':
      return { ...state, draft: action.draft, past: [], future: [], fileName: action.fileName, dirty: action.dirty ?? false, lastEditKey: null };
    case 'saved':
      return { ...state, fileName: action.fileName, dirty: false };
    case 'undo': {
      if (state.past.length === 0) return state;
      const draft = state.past[state.past.length - 1];
      return { ...state, draft, past: state.past.slice(0, -1), future: [state.draft, ...state.future], dirty: true, lastEditKey: null };
    }
    case 'redo': {
      if (state.future.length === 0) return state;
      const [draft, ...future] = state.future;
      return { ...state, draft, past: [...state.past, state.draft], future, dirty: true, lastEditKey: null };
    }
    case 'runStarted':
      return { ...state, run: { status: 'running', progress: { done: 0, total: action.total, startedAt: action.startedAt } } };
    case 'runProgress':
      if (state.run.status !== 'running') return state;
      return { ...state, run: { status: 'running', progress: { ...state.run.progress, done: action.done } } };
    case 'runFinished':
      return { ...state, run: { status: 'done', result: action.result, wallMs: action.wallMs }, lastResult: action.result, view: 'results', runFile: null };
    case 'runFailed':
      return { ...state, run: { status: 'error', message: action.message } };
    case 'runCancelled':
      return { ...state, run: { status: 'cancelled' } };
    case 'pinBaseline':
      return { ...state, baseline: action.result };
    case 'showResult':
      return { ...state, lastResult: action.result, view: 'results' };
    case 'view':
      return { ...state, view: action.view };
    case 'openRun':
      return { ...state, lastResult: action.result, runFile: { name: action.fileName }, view: 'results' };
    case 'openPlayer':
      return { ...state, view: 'player', player: { replication: action.replication ?? state.player.replication, time: action.time, request: state.player.request + 1 } };
    case 'playerAt':
      return { ...state, player: { ...state.player, time: action.time } };
    case 'playerReplication':
      return { ...state, player: { ...state.player, replication: action.replication } };
  }
}
