import { DEFAULT_PRECISION, type StudyResult } from '../../sim';
import type { RunProgress } from '../app/store';
import { emptyStudy, type StudyDraft } from './model/draft';

export type StudyRunState =
  | { status: 'idle' }
  | { status: 'running'; progress: RunProgress }
  | { status: 'done'; wallMs: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export interface StudyState {
  draft: StudyDraft;
  /** Where the study was opened from or saved to. */
  fileName: string | null;
  dirty: boolean;
  run: StudyRunState;
  /** The latest finished study, kept while a new one runs. */
  result: StudyResult | null;
  /** The KPI the study's charts show. */
  kpi: string;
  /** The precision the run-count advice asks for (a share: 0.05 for ±5 % of the mean), in both tabs and the reports. */
  precision: number;
  /** The purpose a report states, as the planner edited it; null for the default text. */
  purpose: { run: string | null; study: string | null };
}

export type StudyAction =
  | { type: 'edit'; draft: StudyDraft }
  | { type: 'open'; draft: StudyDraft; fileName: string | null }
  | { type: 'saved'; fileName: string }
  | { type: 'runStarted'; total: number; startedAt: number }
  | { type: 'runProgress'; done: number }
  | { type: 'runFinished'; result: StudyResult; wallMs: number }
  | { type: 'runFailed'; message: string }
  | { type: 'runCancelled' }
  | { type: 'kpi'; kpi: string }
  | { type: 'precision'; precision: number }
  | { type: 'purpose'; kind: 'run' | 'study'; text: string | null };

export function initialStudyState(draft: StudyDraft = emptyStudy()): StudyState {
  return { draft, fileName: null, dirty: false, run: { status: 'idle' }, result: null, kpi: 'meanWaitDays', precision: DEFAULT_PRECISION, purpose: { run: null, study: null } };
}

export function studyReducer(state: StudyState, action: StudyAction): StudyState {
  switch (action.type) {
    case 'edit':
      return action.draft === state.draft ? state : { ...state, draft: action.draft, dirty: true };
    case 'open':
      return { ...state, draft: action.draft, fileName: action.fileName, dirty: false };
    case 'saved':
      return { ...state, fileName: action.fileName, dirty: false };
    case 'runStarted':
      return { ...state, run: { status: 'running', progress: { done: 0, total: action.total, startedAt: action.startedAt } } };
    case 'runProgress':
      if (state.run.status !== 'running') return state;
      return { ...state, run: { status: 'running', progress: { ...state.run.progress, done: action.done } } };
    case 'runFinished':
      return { ...state, run: { status: 'done', wallMs: action.wallMs }, result: action.result };
    case 'runFailed':
      return { ...state, run: { status: 'error', message: action.message } };
    case 'runCancelled':
      return { ...state, run: { status: 'cancelled' } };
    case 'kpi':
      return { ...state, kpi: action.kpi };
    case 'precision':
      return { ...state, precision: action.precision };
    case 'purpose':
      return { ...state, purpose: { ...state.purpose, [action.kind]: action.text } };
  }
}
