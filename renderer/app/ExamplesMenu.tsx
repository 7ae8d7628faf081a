import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { EXAMPLES, type Example } from './examples';
import './examples-menu.css';

/**
 * The Examples button of the toolbar: a disclosure listing the shipped scenarios, each with its
 * name and a line on what it is. Choosing one calls `onChoose` (Open's path: asks first over
 * unsaved work). Esc closes it and returns to the button; so does a click elsewhere.
 */
export function ExamplesMenu({ onChoose }: { onChoose(example: Example): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('.examples-list button')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!open) return;
    if (e.key === 'Escape') {
      // Stopped here so that the page's Esc (cancel the run) does not also fire.
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const items = [...(root.current?.querySelectorAll<HTMLButtonElement>('.examples-list button') ?? [])];
      const at = items.indexOf(document.activeElement as HTMLButtonElement);
      const next = e.key === 'ArrowDown' ? (at + 1) % items.length : (at - 1 + items.length) % items.length;
      items[next]?.focus();
    }
  };

  return (
    <div className="examples-menu" ref={root} onKeyDown={onKeyDown}>
      <button type="button" ref={button} aria-expanded={open} aria-controls={id} title={t('examples.menuTitle')} onClick={() => setOpen((o) => !o)}>
        {t('examples.menu')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul className="examples-list" id={id} aria-label={t('examples.menu')}>
          {EXAMPLES.map((example) => (
            <li key={example.id}>
              <button
                type="button"
                data-example={example.id}
                onClick={() => {
                  setOpen(false);
                  onChoose(example);
                }}
              >
                <strong>{t(example.nameKey)}</strong>
                <span>{t(example.descriptionKey)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
