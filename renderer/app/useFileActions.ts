import { useCallback, useState } from 'react';
import { formatIssue, parseJsonText, SCENARIO_SCHEMA } from '../../sim';
import { openTextFile, saveTextFile } from '../desktop/files';
import { useAppStore } from './AppStore';

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
 * Open, Save and Save As for scenario files. A file that is not a scenario object, or was
 * written by a newer Kapasim, is refused with its problems listed and the current work kept;
 * a scenario with invalid values opens whole, its problems shown beside the fields.
 */
export function useFileActions() {
  const { state, dispatch } = useAppStore();
  const [openProblems, setOpenProblems] = useState<{ file: string; problems: string[] } | null>(null);

  /** Loads a file's text as the document, or lists why it cannot (the current work is kept). */
  const load = useCallback(
    (file: FileToLoad, options: { dirty?: boolean } = {}): boolean => {
      const parsed = parseJsonText(file.text);
      if (!parsed.ok) {
        setOpenProblems({ file: file.name, problems: parsed.issues.map(formatIssue) });
        return false;
      }
      const value = parsed.value;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        setOpenProblems({ file: file.name, problems: ['(file): a scenario file holds one JSON object'] });
        return false;
      }
      const schema = (value as Record<string, unknown>).schema;
      if (schema !== SCENARIO_SCHEMA) {
        setOpenProblems({
          file: file.name,
          problems: [`schema: this file is "${String(schema)}"; Kapasim ${__APP_VERSION__} opens "${SCENARIO_SCHEMA}" scenario files here`],
        });
        return false;
      }
      setOpenProblems(null);
      dispatch({ type: 'open', draft: value as Record<string, unknown>, fileName: file.path, dirty: options.dirty });
      return true;
    },
    [dispatch],
  );

  const open = useCallback(async () => {
    let file;
    try {
      file = await openTextFile('scenario');
    } catch (err) {
      // The desktop shell refuses files it cannot read as text (too large, not UTF-8, gone).
      setOpenProblems({ file: '', problems: [err instanceof Error ? err.message.replace(/^Error invoking remote method '[^']+': (\w*Error: )?/, '') : String(err)] });
      return;
    }
    if (file) load(file);
  }, [load]);

  const save = useCallback(
    async (as = false) => {
      const name = state.fileName && !as ? state.fileName : scenarioFileName(state.draft.name);
      const saved = await saveTextFile('scenario', name.split(/[\\/]/).pop() ?? name, scenarioText(state.draft), as ? undefined : (state.fileName ?? undefined));
      if (saved) dispatch({ type: 'saved', fileName: saved.path });
    },
    [state.draft, state.fileName, dispatch],
  );

  return { open, load, save, openProblems, dismissOpenProblems: () => setOpenProblems(null) };
}
