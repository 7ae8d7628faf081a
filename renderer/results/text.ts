import type { MessageKey } from '../i18n/en';
import type { Formatter } from '../i18n/format';

/** What formatting needs from i18n (the shape of useI18n()'s t and fmt): the translator and the locale's number formats. */
export interface Text {
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  fmt: Formatter;
}
