import { useCallback, useMemo, useState } from 'react';
import { parseJsonText, RESULT_SCHEMA, SCENARIO_SCHEMA, validateScenario, type ValidationIssue } from '../../sim';
import { readRunFile } from '../replay/run-file';
import { openTextFile, saveTextFile } from '../desktop/files';
import { issueLine } from '../editor/model/issues';
import { useI18n } from '../i18n/I18nProvider';
import { useAppStore } from './AppStore';
import { exampleFile, type Example } from './examples';

/** A short file name for a scenario: its name in lower case with dashes. */
export function scenarioFileName(name: unknown): string {
  const slug = String(name ?? 'scenario').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${slug || 'scenario'}.kapasim.json`;
}

/** A scenario draft as it is saved (and autosaved): indented JSON with a final newline. */
export function scenarioText(draft: unknown): string {
  return JSON.stringify(draft, null, 2) + '\n';
}

/** A file's text to load: from a dialog, the OS (desktop app) or recovered unsaved work (path null). */
export interface FileToLoad {
  path: string | null;
  name: string;
  text: string;
}

/**
 * Why a parsed file cannot open as a scenario: it is not one JSON object, or its schema is
 * not this version's (a newer version, another kind of Kapasim file, none). Validation's own
 * issues at `(file)` and `schema` say so; empty when the file can open.
 */
export function refusalIssues(value: unknown): ValidationIssue[] {
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (isObject && (value as Record<string, unknown>).schema === SCENARIO_SCHEMA) return [];
  const checked = validateScenario(value);
  return checked.ok ? [] : checked.issues.filter((i) => i.path === '(file)' || i.path === 'schema');
}

/** Why a file did not open: validation issues (put in words when shown), or the desktop shell's own text. */
type Refusal = { file: string; issues: readonly ValidationIssue[] } | { file: string; text: string };

/**
 * Open, Save and Save As for scenario files. A file that is not a scenario object, or was
 * written by a newer Kapasim, is refused with its problems listed in the planner's language
 * and the current work kept; a scenario with invalid values opens whole, its problems shown
 * beside the fields.
 */
export function useFileActions() {
  const { state, dispatch } = useAppStore();
  const { t, lang } = useI18n();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // Worded when shown, so that switching the language also translates a list already open.
  const openProblems = useMemo(
    () => (refusal === null ? null : { file: refusal.file, problems: 'text' in refusal ? [refusal.text] : refusal.issues.map((i) => issueLine(i, t, lang)) }),
    [refusal, t, lang],
  );

  /** Shows a run file's results at once (no run), or lists why it cannot open. */
  const loadRun = useCallback(
    (file: FileToLoad): boolean => {
      const read = readRunFile(file.text);
      if (!read.ok) {
        setRefusal({ file: file.name, issues: read.issues });
        return false;
      }
      setRefusal(null);
      dispatch({ type: 'openRun', result: read.result, fileName: file.name });
      return true;
    },
    [dispatch],
  );

  /** Loads a file's text as the document, or lists why it cannot (the current work is kept). */
  const load = useCallback(
    (file: FileToLoad, options: { dirty?: boolean } = {}): boolean => {
      const parsed = parseJsonText(file.text);
      if (!parsed.ok) {
        setRefusal({ file: file.name, issues: parsed.issues });
        return false;
      }
      const value = parsed.value;
      // A run file (opened by the OS, or dropped on the wrong button) opens as a run.
      if (value !== null && typeof value === 'object' && (value as Record<string, unknown>).schema === RESULT_SCHEMA) return loadRun(file);
      const refused = refusalIssues(value);
      if (refused.length > 0) {
        setRefusal({ file: file.name, issues: refused });
        return false;
      }
      setRefusal(null);
      dispatch({ type: 'open', draft: value as Record<string, unknown>, fileName: file.path, dirty: options.dirty });
      return true;
    },
    [dispatch, loadRun],
  );

  // Never lose an afternoon's edits: opening another file (or an example) over unsaved work asks first.
  const mayReplace = useCallback(
    () => !state.dirty || window.confirm(t('file.discardUnsaved', { name: String(state.draft.name ?? '') })),
    [state.dirty, state.draft.name, t],
  );

  const open = useCallback(async () => {
    if (!mayReplace()) return;
    let file;
    try {
      file = await openTextFile('scenario');
    } catch (err) {
      // The desktop shell refuses files it cannot read as text (too large, not UTF-8, gone).
      setRefusal({ file: '', text: err instanceof Error ? err.message.replace(/^Error invoking remote method '[^']+': (\w*Error: )?/, '') : String(err) });
      return;
    }
    if (file) load(file);
  }, [load, mayReplace]);

  /** Opens a shipped example as Open opens a file, but as a new document (Save asks where). */
  const openExample = useCallback(
    async (example: Example) => {
      if (!mayReplace()) return;
      let file;
      try {
        file = await exampleFile(example);
      } catch (err) {
        // Its chunk could not be fetched (the web build's server gone, say): the work stays.
        setRefusal({ file: example.file, text: t('examples.loadFailed', { message: err instanceof Error ? err.message : String(err) }) });
        return;
      }
      load(file);
    },
    [load, mayReplace, t],
  );

  const save = useCallback(
    async (as = false) => {
      const name = state.fileName && !as ? state.fileName : scenarioFileName(state.draft.name);
      const saved = await saveTextFile('scenario', name.split(/[\\/]/).pop() ?? name, scenarioText(state.draft), as ? undefined : (state.fileName ?? undefined));
      if (saved) dispatch({ type: 'saved', fileName: saved.path });
    },
    [state.draft, state.fileName, dispatch],
  );

  /** Open run: a saved *.kapasim-run.json; the scenario being edited is kept. */
  const openRun = useCallback(async () => {
    let file;
    try {
      file = await openTextFile('run');
    } catch (err) {
      setRefusal({ file: '', text: err instanceof Error ? err.message.replace(/^Error invoking remote method '[^']+': (\w*Error: )?/, '') : String(err) });
      return;
    }
    if (file) loadRun(file);
  }, [loadRun]);

  return { open, openExample, openRun, load, save, openProblems, dismissOpenProblems: () => setRefusal(null) };
}
