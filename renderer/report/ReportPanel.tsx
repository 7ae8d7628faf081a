import { useId, useState } from 'react';
import { appVersion } from '../export/app-version';
import { useI18n } from '../i18n/I18nProvider';
import { LANGS, type Lang } from '../i18n/lang';
import { useStudyStore } from '../study/StudyStore';
import { exportReportHtml, exportReportXlsx } from './export-report';
import type { ReportSource } from './report-model';
import { scenarioDigest } from './scenario-digest';
import { textFor } from './text';
import './report.css';

function systemText(): string | undefined {
  const nav = globalThis.navigator;
  return nav ? `${nav.hardwareConcurrency ?? '?'} logical processors; ${nav.userAgent}` : undefined;
}

/**
 * The report of the current run or study: its purpose (edited here, a default to start from),
 * its language, and export as one self-contained HTML file or as an XLSX workbook of its tables.
 */
export function ReportPanel({ source }: { source: ReportSource }) {
  const { t, lang: uiLang } = useI18n();
  const { state, dispatch } = useStudyStore();
  const [lang, setLang] = useState<Lang>(uiLang);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const edited = state.purpose[source.kind];
  const purpose = edited ?? textFor(lang).t(source.kind === 'run' ? 'report.defaultPurpose.run' : 'report.defaultPurpose.study');
  const run = source.kind === 'run' ? source.run : source.study.baseline;

  const go = async (kind: 'html' | 'xlsx') => {
    setBusy(true);
    setStatus(null);
    try {
      const options = { lang, purpose, precision: state.precision, kpi: state.kpi, date: new Date(), version: appVersion(), system: systemText(), scenarioDigest: scenarioDigest(run.scenario) };
      const saved = await (kind === 'html' ? exportReportHtml(source, options) : exportReportXlsx(source, options));
      if (saved) setStatus({ tone: 'ok', text: t('report.saved', { name: saved.path }) });
    } catch (err) {
      setStatus({ tone: 'error', text: t('report.failed', { message: err instanceof Error ? err.message : String(err) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="results-section report-panel no-print" aria-labelledby={`${id}-title`} data-testid="report-panel">
      <h3 id={`${id}-title`}>{t(source.kind === 'run' ? 'report.panel.titleRun' : 'report.panel.titleStudy')}</h3>
      <p className="muted">{t('report.panel.intro')}</p>
      <div className="report-form">
        <label htmlFor={`${id}-purpose`}>{t('report.panel.purpose')}</label>
        <textarea id={`${id}-purpose`} rows={4} value={purpose} onChange={(e) => dispatch({ type: 'purpose', kind: source.kind, text: e.target.value })} />
        <div className="report-actions">
          <label>
            <span>{t('report.panel.lang')}</span>{' '}
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
              {LANGS.map((l) => (
                <option key={l} value={l}>{t(`lang.${l}`)}</option>
              ))}
            </select>
          </label>
          {edited !== null && (
            <button type="button" className="small" onClick={() => dispatch({ type: 'purpose', kind: source.kind, text: null })}>
              {t('report.panel.resetPurpose')}
            </button>
          )}
          <button type="button" className="primary" disabled={busy} onClick={() => void go('html')}>{t('report.panel.html')}</button>
          <button type="button" disabled={busy} onClick={() => void go('xlsx')}>{t('report.panel.xlsx')}</button>
          {status && (
            <span role={status.tone === 'error' ? 'alert' : 'status'} className={status.tone === 'error' ? 'error-text' : 'muted'}>
              {status.text}
            </span>
          )}
        </div>
      </div>
    </section>
  );
}
