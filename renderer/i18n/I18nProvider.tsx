import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { en, type MessageKey } from './en';
import { createFormatter, type Formatter } from './format';
import { detectLang, type Lang } from './lang';
import { nb } from './nb';

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The string for key, with {name} placeholders filled from vars. */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  fmt: Formatter;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'kapasim.lang';

function initialLang(): Lang {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'nb' || saved === 'en') return saved;
  return detectLang(globalThis.navigator?.languages ?? []);
}

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(fixed ?? initialLang);
  const value = useMemo<I18n>(() => {
    const dict = lang === 'nb' ? nb : en;
    return {
      lang,
      setLang(next) {
        globalThis.localStorage?.setItem(STORAGE_KEY, next);
        setLangState(next);
      },
      t(key, vars) {
        const text = dict[key] ?? en[key] ?? key;
        return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
      },
      fmt: createFormatter(lang),
    };
  }, [lang]);
  if (typeof document !== 'undefined') document.documentElement.lang = lang === 'nb' ? 'nb' : 'en';
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
