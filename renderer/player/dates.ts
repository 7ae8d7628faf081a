/**
 * Simulation days as calendar dates: day 0 is a start date the planner chooses (ISO
 * yyyy-mm-dd, as an <input type="date"> gives it); dates are whole UTC days, so no time zone
 * or daylight-saving change moves them.
 */
import type { Lang } from '../i18n/lang';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** 1 January of this year. */
export function defaultStartDate(now = new Date()): string {
  return `${now.getFullYear()}-01-01`;
}

/** Whether `iso` is a real date as yyyy-mm-dd. */
export function isIsoDate(iso: string): boolean {
  const m = ISO.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The calendar date of simulation day `day` (its whole day, floored). */
export function dateOfDay(startIso: string, day: number): Date {
  const m = ISO.exec(startIso) ?? ISO.exec(defaultStartDate())!;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + Math.floor(day) * DAY_MS);
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: Lang, style: 'long' | 'month'): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let f = formats.get(key);
  if (!f) {
    const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
    f = new Intl.DateTimeFormat(locale, style === 'long' ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

/** "19 May 2028" / "19. mai 2028". */
export function formatDate(startIso: string, day: number, lang: Lang): string {
  return format(lang, 'long').format(dateOfDay(startIso, day));
}

/** "May 2028" / "mai 2028", for tick labels. */
export function formatMonth(startIso: string, day: number, lang: Lang): string {
  return format(lang, 'month').format(dateOfDay(startIso, day));
}
