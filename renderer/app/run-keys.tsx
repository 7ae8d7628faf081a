import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';

/**
 * What the run keys do on the tab that is open. Ctrl/Cmd+Enter (and the desktop menu's Run)
 * runs the scenario, unless the open tab claims the keys for its own run: the Study tab runs
 * the study, as its Run study button does. Esc cancels the tab's run when one is going, else
 * the scenario's.
 */
export interface RunKeys {
  /** Does what the tab's Run button does (nothing when that button is disabled). */
  run(): void;
  /** Cancels the tab's run and returns true, or returns false when it has none going. */
  cancel(): boolean;
}

interface ClaimedRunKeys {
  /** The claimed keys, read when a key is pressed. */
  keys: RefObject<RunKeys | null>;
  /** Whether a tab has claimed them, for the toolbar's aria-keyshortcuts. */
  claimed: boolean;
  setClaimed(claimed: boolean): void;
}

const RunKeysContext = createContext<ClaimedRunKeys | null>(null);

/** Holds the run keys a tab has claimed; above the toolbar and the tabs. */
export function RunKeysProvider({ children }: { children: ReactNode }) {
  const keys = useRef<RunKeys | null>(null);
  const [claimed, setClaimed] = useState(false);
  const value = useMemo(() => ({ keys, claimed, setClaimed }), [claimed]);
  return <RunKeysContext.Provider value={value}>{children}</RunKeysContext.Provider>;
}

/** The run keys the open tab has claimed (none outside a RunKeysProvider). */
export function useClaimedRunKeys(): { keys: RefObject<RunKeys | null> | null; claimed: boolean } {
  const ctx = useContext(RunKeysContext);
  return { keys: ctx?.keys ?? null, claimed: ctx?.claimed ?? false };
}

/** Claims the run keys for a tab while it is shown; they go back to the scenario when it is not. */
export function useClaimRunKeys(keys: RunKeys): void {
  const ctx = useContext(RunKeysContext);
  const ref = ctx?.keys;
  const setClaimed = ctx?.setClaimed;
  useEffect(() => {
    if (!ref) return undefined;
    ref.current = keys;
    return () => {
      if (ref.current === keys) ref.current = null;
    };
  }, [ref, keys]);
  useEffect(() => {
    if (!setClaimed) return undefined;
    setClaimed(true);
    return () => setClaimed(false);
  }, [setClaimed]);
}
