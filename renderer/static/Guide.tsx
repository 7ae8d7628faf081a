import { useEffect, useRef, useState } from 'react';
import { desktop } from '../desktop/api';
import { useI18n } from '../i18n/I18nProvider';
import { guideToReact, guideUrl, type GuideDocument } from './guide-dom';
import './static.css';

/** A button that opens the planner's guide in the app's language. */
export function GuideButton({ className = 'small' }: { className?: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className={`guide-button ${className}`} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('static.help')}
      </button>
      {open && (
        <GuideDialog
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}

type Loaded = { status: 'loading' } | { status: 'ok'; doc: GuideDocument } | { status: 'error'; message: string };

/** The guide in a modal dialog: fetched by a relative URL, shown without running anything from it. */
export function GuideDialog({ onClose }: { onClose(): void }) {
  const { t, lang } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const url = guideUrl(lang);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    const scrollTo = (id: string) => dialog.current?.querySelector(`[id="${id}"]`)?.scrollIntoView({ block: 'start' });
    fetch(url)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status} ${r.statusText}`))))
      .then((html) => live && setLoaded({ status: 'ok', doc: guideToReact(html, scrollTo) }))
      .catch((err: unknown) => live && setLoaded({ status: 'error', message: err instanceof Error ? err.message : String(err) }));
    return () => {
      live = false;
    };
  }, [url]);

  return (
    <dialog
      ref={dialog}
      className="guide-dialog"
      aria-labelledby="guide-dialog-title"
      data-testid="guide-dialog"
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="guide-dialog-head">
        <h2 id="guide-dialog-title">{t('static.help.title')}</h2>
        {/* A page of its own in a browser; the desktop shell shows the guide here only. */}
        {!desktop() && (
          <a href={url} target="_blank" rel="noopener" className="guide-page-link">
            {t('static.help.page')}
          </a>
        )}
        <button type="button" onClick={onClose} autoFocus>
          {t('static.help.close')}
        </button>
      </header>
      <article className="guide-content" lang={loaded.status === 'ok' ? loaded.doc.lang || lang : lang}>
        {loaded.status === 'loading' && <p role="status">{t('static.help.loading')}</p>}
        {loaded.status === 'error' && <p className="error-text" role="alert">{t('static.help.failed', { message: loaded.message })}</p>}
        {loaded.status === 'ok' && loaded.doc.body}
      </article>
    </dialog>
  );
}
