import { useCallback, useState } from 'react';
import { formatIssue, parseJsonText, SCENARIO_SCHEMA } from '../../sim';
import { openTextFile, saveTextFile } from '../desktop/files';
import { useAppStore } from './AppStore';

/** A short file name for a scenario: its name in lower case with dashes. */
export function scenarioFileName(name: unknown): string {
  const slug = String(name ?? 'scenario').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${slug || 'scenario'}.kapasim.json`;
}

/**
 * Open, Save and Save As for scenario files. A file that is not a scenario object, or was
 * written by a newer Kapasim, is refused with its problems listed and the current work kept;
 * a scenario with invalid values opens whole, its problems shown beside the fields.
 */
export function useFileActions() {
  const { state, dispatch } = useAppStore();
  const [openProblems, setOpenProblems] = useState<{ file: string; problems: string[] } | null>(null);

  const open = useCallback(async () => {
    const file = await openTextFile('scenario');
    if (!file) return;
    const parsed = parseJsonText(file.text);
    if (!parsed.ok) {
      setOpenProblems({ file: file.name, problems: parsed.issues.map(formatIssue) });
      return;
    }
    const value = parsed.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      setOpenProblems({ file: file.name, problems: ['(file): a scenario file holds one JSON object'] });
      return;
    }
    const schema = (value as Record<string, unknown>).schema;
    if (schema !== SCENARIO_SCHEMA) {
      setOpenProblems({
        file: file.name,
        problems: [`schema: this file is "${String(schema)}"; Kapasim ${__APP_VERSION__} opens "${SCENARIO_SCHEMA}" scenario files here`],
      });
      return;
    }
    setOpenProblems(null);
    dispatch({ type: 'open', draft: value as Record<string, unknown>, fileName: file.path });
  }, [dispatch]);

  const save = useCallback(
    async (as = false) => {
      const name = state.fileName && !as ? state.fileName : scenarioFileName(state.draft.name);
      const saved = await saveTextFile('scenario', name.split(/[\\/]/).pop() ?? name, JSON.stringify(state.draft, null, 2) + '\n', as ? undefined : (state.fileName ?? undefined));
      if (saved) dispatch({ type: 'saved', fileName: saved.path });
    },
    [state.draft, state.fileName, dispatch],
  );

  return { open, save, openProblems, dismissOpenProblems: () => setOpenProblems(null) };
}
