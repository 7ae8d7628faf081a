import { en, type MessageKey } from '../i18n/en';
import { createFormatter } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { nb } from '../i18n/nb';
import type { Text } from '../results/text';

/** Translation and number formats for a language, as the I18nProvider gives them, without React (a report may be in another language than the app). */
export function textFor(lang: Lang): Text {
  const dict: Record<MessageKey, string> = lang === 'nb' ? nb : en;
  return {
    t: (key, vars) => {
      const s = dict[key] ?? en[key] ?? key;
      return vars ? s.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : s;
    },
    fmt: createFormatter(lang),
  };
}
