import type { I18n } from '../i18n/I18nProvider';

/** What formatting needs from i18n: the translator and the locale's number formats. */
export type Text = Pick<I18n, 't' | 'fmt'>;
