import { useState } from 'react';
import type { Scenario } from '../../sim';
import { useAppStore } from '../app/AppStore';
import { useI18n } from '../i18n/I18nProvider';
import { useStudyStore } from './StudyStore';
import { useStudyFiles } from './useStudyFiles';

const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;

/** The study's name and description, its file actions, and which scenario is its baseline. */
export function StudyHeader({ baseline, fallbackName }: { baseline: Scenario; fallbackName: string }) {
  const { t, fmt } = useI18n();
  const app = useAppStore();
  const { state, dispatch } = useStudyStore();
  const files = useStudyFiles(baseline, fallbackName);
  const [embed, setEmbed] = useState(true);
  const scenarioFile = app.state.fileName ? baseName(app.state.fileName) : null;
  const named = state.draft.baselineFile;
  const edit = (patch: { name?: string; description?: string }) => dispatch({ type: 'edit', draft: { ...state.draft, ...patch } });
  return (
    <header className="study-header">
      <div className="study-title-row">
        <h2>
          {t('study.title')}
          {state.dirty && <span className="dirty" title={t('file.unsaved')}> •<span className="visually-hidden">{t('file.unsaved')}</span></span>}
        </h2>
        <div className="button-row" role="group" aria-label={t('study.file.label')}>
          <button type="button" onClick={files.newStudy}>{t('study.file.new')}</button>
          <button type="button" onClick={() => void files.open()}>{t('study.file.open')}</button>
          <button type="button" onClick={() => void files.save(embed)}>{t('study.file.save')}</button>
          <button type="button" onClick={() => void files.save(embed, true)}>{t('study.file.saveAs')}</button>
          <label className="toggle">
            <input type="checkbox" checked={embed || !scenarioFile} disabled={!scenarioFile} onChange={(e) => setEmbed(e.target.checked)} />
            {scenarioFile ? t('study.file.embed') : t('study.file.embedOnly')}
          </label>
        </div>
      </div>
      {files.message?.kind === 'problems' && (
        <div className="open-problems" role="alert">
          <strong>{t('study.file.openFailed', { name: files.message.file })}</strong>
          <ul>{files.message.lines.map((l) => <li key={l}>{l}</li>)}</ul>
          <button type="button" onClick={files.dismiss}>OK</button>
        </div>
      )}
      {files.message?.kind === 'note' && <p className="study-note" role="status">{files.message.text}</p>}
      <div className="study-fields">
        <label className="card-field">
          <span>{t('study.name')}</span>
          <input className="text-m" value={state.draft.name} placeholder={fallbackName} onChange={(e) => edit({ name: e.target.value })} />
        </label>
        <label className="card-field grow">
          <span>{t('study.description')}</span>
          <input className="text-l" value={state.draft.description} onChange={(e) => edit({ description: e.target.value })} />
        </label>
      </div>
      <p className="study-baseline">
        {t('study.baselineIs', { name: baseline.name, seed: String(baseline.seed), replications: fmt.number(baseline.replications, 0) })}
        {named && (
          <span className={named === scenarioFile ? 'muted' : 'warn-text'}>
            {' '}
            {named === scenarioFile ? t('study.baselineFileSame', { file: named }) : t('study.baselineFileOther', { file: named })}
          </span>
        )}
      </p>
    </header>
  );
}
