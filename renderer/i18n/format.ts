import type { Lang } from './lang';

/** Locale-aware number formatting: decimal comma and narrow spaces in Norwegian. */
export interface Formatter {
  number(x: number | null | undefined, digits?: number): string;
  percent(share: number | null | undefined, digits?: number): string;
  nok(x: number | null | undefined): string;
  date(d: Date): string;
}

const DASH = '–';

export function createFormatter(lang: Lang): Formatter {
  const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
  const cache = new Map<string, Intl.NumberFormat>();
  const nf = (opts: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(opts);
    let f = cache.get(key);
    if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, opts)));
    return f;
  };
  const ok = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);
  return {
    number: (x, digits = 1) => (ok(x) ? nf({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x) : DASH),
    percent: (x, digits = 1) => (ok(x) ? nf({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x) : DASH),
    nok: (x) => (ok(x) ? nf({ style: 'currency', currency: 'NOK', maximumFractionDigits: 0 }).format(x) : DASH),
    date: (d) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(d),
  };
}
