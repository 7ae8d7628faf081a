import { useEffect } from 'react';
import { desktop } from '../desktop/api';

export interface Shortcuts {
  run(): void;
  cancel(): void;
  undo(): void;
  redo(): void;
  save(): void;
}

/** Ctrl/Cmd+Enter runs, Esc cancels (unless it closes a dialog), Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z or Ctrl+Y redoes, Ctrl/Cmd+S saves (in a browser; the desktop app's menu has the same keys). */
export function useShortcuts(s: Shortcuts): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      // In the desktop app the native menu's accelerators own these keys, so each acts once;
      // Esc (cancel) and Ctrl+Y (redo) stay the page's.
      if (mod && desktop() && ['enter', 'z', 's'].includes(e.key.toLowerCase())) return;
      if (mod && e.key === 'Enter') {
        e.preventDefault();
        s.run();
      } else if (e.key === 'Escape' && !document.querySelector('dialog[open]')) {
        // While a dialog is open, Esc closes the dialog and leaves the run going.
        s.cancel();
      } else if (mod && !e.shiftKey && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        s.undo();
      } else if (mod && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key.toLowerCase() === 'y')) {
        e.preventDefault();
        s.redo();
      } else if (mod && e.key.toLowerCase() === 's') {
        e.preventDefault();
        s.save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [s]);
}
