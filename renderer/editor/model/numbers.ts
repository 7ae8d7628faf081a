/**
 * Numbers as planners type them: decimal comma in Norwegian, thousands grouped by spaces (or
 * by commas in English), and percentages for shares. Shares are converted by moving the
 * decimal point in the text, never by multiplying floats, so 0.07 shows as "7" and "7" is
 * stored as exactly 0.07. Text that is not a number is kept as typed so validation reports it.
 */
import type { Lang } from '../../i18n/lang';

/** What an input stores: a number, the raw text when it is not one, or undefined when empty. */
export type Parsed = number | string | undefined;

/** Typed text normalised to a JS decimal literal, or null when it is not a plain number. */
export function normaliseNumberText(text: string, lang: Lang): string | null {
  let s = text.trim().replace(/[\s\u00a0\u202f\u2009']/g, '').replace(/^[\u2212\u2013]/, '-');
  if (s === '') return null;
  if (lang === 'nb') {
    // Norwegian groups thousands with spaces only, so a comma or a period is the decimal mark.
    if ((s.match(/[.,]/g) ?? []).length > 1) return null;
    s = s.replace(',', '.');
  } else if (s.includes(',')) {
    if (!/^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) return null;
    s = s.replace(/,/g, '');
  }
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s) ? s : null;
}

/**
 * Moves the decimal point of a JS decimal literal by `places` (positive: right), exactly, as
 * text: shiftDecimal('0.07', 2) = '7', shiftDecimal('7', -2) = '0.07'.
 */
export function shiftDecimal(literal: string, places: number): string {
  const m = /^([-+]?)(\d*)(?:\.(\d*))?(?:e([-+]?\d+))?$/i.exec(literal);
  if (!m) return literal;
  const [, sign, int = '', frac = '', exp = '0'] = m;
  if (Math.abs(Number(exp)) > 400) return String(Number(literal) * 10 ** places);
  const digits = int + frac;
  const point = int.length + Number(exp) + places;
  let body: string;
  if (point <= 0) body = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) body = digits + '0'.repeat(point - digits.length);
  else body = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return canonical(`${sign === '-' ? '-' : ''}${body}`);
}

/** A decimal text without leading or trailing zeros: '007.50' → '7.5', '-0.0' → '0'. */
function canonical(text: string): string {
  const negative = text.startsWith('-');
  let [int, frac = ''] = text.replace(/^-/, '').split('.');
  int = int.replace(/^0+(?=\d)/, '') || '0';
  frac = frac.replace(/0+$/, '');
  const body = frac === '' ? int : `${int}.${frac}`;
  return negative && body !== '0' ? `-${body}` : body;
}

/** Parses typed text; `percent` reads it as a percentage and returns the share. */
export function parseNumberText(text: string, lang: Lang, percent = false): Parsed {
  if (text.trim() === '') return undefined;
  const norm = normaliseNumberText(text, lang);
  if (norm === null) return text;
  const n = Number(percent ? shiftDecimal(norm, -2) : norm);
  if (!Number.isFinite(n)) return text;
  return n === 0 ? 0 : n; // no -0 in files
}

/** The text an input shows for a stored value; `percent` shows a share as a percentage. */
export function formatNumberInput(value: unknown, lang: Lang, percent = false): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  // The shifted text itself, not a Number made from it, so that every digit survives the round trip.
  const text = percent ? shiftDecimal(String(value), 2) : String(value);
  return lang === 'nb' ? text.replace('.', ',') : text;
}

/** Whether typed text already stands for the stored value (so the input keeps what was typed). */
export function textMatches(text: string, value: unknown, lang: Lang, percent = false): boolean {
  return Object.is(parseNumberText(text, lang, percent), value);
}
