import { useCallback, useState } from 'react';
import { parseJsonText, STUDY_SCHEMA, validateStudySpec, type Scenario } from '../../sim';
import { useAppStore } from '../app/AppStore';
import { openTextFile, saveTextFile } from '../desktop/files';
import { issueLine } from '../editor/model/issues';
import { exportFileName } from '../export/file-names';
import { useI18n } from '../i18n/I18nProvider';
import { emptyStudy } from './model/draft';
import { pathLabel } from './model/labels';
import { draftToStudyJson, studyJsonToDraft } from './model/spec';
import { useStudyStore } from './StudyStore';

/** What opening a study file said: problems that kept it from opening, or a note on its baseline. */
export type StudyFileMessage = { kind: 'problems'; file: string; lines: string[] } | { kind: 'note'; text: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;

/**
 * New, Open and Save for study files (`*.kapasim-study.json`). A study whose baseline is
 * written inside it loads that scenario into the Scenario tab (asking first over unsaved
 * work); one that names a baseline file keeps the current scenario as its baseline. Saving
 * writes the baseline inside the file, or names the open scenario's file when asked to.
 */
export function useStudyFiles(baseline: Scenario, fallbackName: string) {
  const text = useI18n();
  const { t, lang } = text;
  const app = useAppStore();
  const { state, dispatch } = useStudyStore();
  const [message, setMessage] = useState<StudyFileMessage | null>(null);

  const confirmDiscard = useCallback(() => !state.dirty || window.confirm(t('study.file.discard', { name: state.draft.name || fallbackName })), [state.dirty, state.draft.name, fallbackName, t]);

  const newStudy = useCallback(() => {
    if (!confirmDiscard()) return;
    setMessage(null);
    dispatch({ type: 'open', draft: emptyStudy(), fileName: null });
  }, [confirmDiscard, dispatch]);

  const open = useCallback(async () => {
    if (!confirmDiscard()) return;
    let file;
    try {
      file = await openTextFile('study');
    } catch (err) {
      setMessage({ kind: 'problems', file: '', lines: [err instanceof Error ? err.message : String(err)] });
      return;
    }
    if (!file) return;
    const parsed = parseJsonText(file.text);
    if (!parsed.ok || !isRecord(parsed.value) || parsed.value.schema !== STUDY_SCHEMA) {
      const checked = parsed.ok ? validateStudySpec(parsed.value) : parsed;
      const issues = checked.ok ? [] : checked.issues.filter((i) => i.path === '(file)' || i.path === 'schema');
      setMessage({ kind: 'problems', file: file.name, lines: issues.length ? issues.map((i) => issueLine(i, t, lang)) : [t('study.file.notStudy')] });
      return;
    }
    const json = parsed.value;
    const b = json.baseline;
    const inline = isRecord(b) && 'schema' in b;
    if (inline && JSON.stringify(b) !== JSON.stringify(app.state.draft)) {
      if (app.state.dirty && !window.confirm(t('file.discardUnsaved', { name: String(app.state.draft.name ?? '') }))) return;
      app.dispatch({ type: 'open', draft: b, fileName: null });
    }
    dispatch({ type: 'open', draft: studyJsonToDraft(json, lang), fileName: file.path });
    setMessage(inline ? { kind: 'note', text: t('study.file.loadedBaseline', { name: String(b.name ?? '') }) } : null);
  }, [confirmDiscard, app, dispatch, t, lang]);

  const save = useCallback(
    async (embed: boolean, as = false) => {
      const scenarioFile = app.state.fileName;
      const ref = !embed && scenarioFile ? { file: baseName(scenarioFile) } : baseline;
      const json = draftToStudyJson(state.draft, ref, lang, fallbackName, (p) => pathLabel(p, baseline, text));
      const name = state.fileName && !as ? baseName(state.fileName) : exportFileName(String(json.name), null, 'kapasim-study.json');
      const saved = await saveTextFile('study', name, JSON.stringify(json, null, 2) + '\n', as ? undefined : (state.fileName ?? undefined));
      if (saved) dispatch({ type: 'saved', fileName: saved.path });
    },
    [app.state.fileName, baseline, state.draft, state.fileName, lang, fallbackName, dispatch, text],
  );

  return { newStudy, open, save, message, dismiss: () => setMessage(null) };
}
