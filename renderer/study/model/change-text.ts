/**
 * What a planner types into a variant's field: a number in the locale (shares as %), nothing
 * (back to the baseline, or "none" where a field may be empty), or a change from the baseline
 * such as "−15 %" or "+20 %" (counts rounded to whole numbers).
 */
import { parseNumberText, normaliseNumberText } from '../../editor/model/numbers';
import type { Lang } from '../../i18n/lang';
import { scaledCount } from './changes';
import type { FieldKind } from './fields';

const RELATIVE = /^\s*([+\-\u2212\u2013])\s*([\d\s.,]+?)\s*%\s*$/;

/** The value to store: a number, null (none), undefined (as the baseline), or the text as typed when it is not a number. */
export function parseChangeText(text: string, lang: Lang, kind: FieldKind, base: unknown, nullable: boolean): unknown {
  if (text.trim() === '') return nullable ? null : undefined;
  const rel = kind === 'share' ? null : RELATIVE.exec(text);
  if (rel && typeof base === 'number') {
    const norm = normaliseNumberText(rel[2]!, lang);
    if (norm !== null) {
      const pct = Number(norm) * (rel[1] === '+' ? 1 : -1);
      if (kind === 'count') return scaledCount(base, pct);
      const v = base * (1 + pct / 100);
      return Number(v.toPrecision(12));
    }
  }
  return parseNumberText(text, lang, kind === 'share');
}

/** A value typed as free text for any path: a number, null, true/false, or the text itself. */
export function parseFreeValue(text: string, lang: Lang): unknown {
  const s = text.trim();
  if (s === 'null') return null;
  if (s === 'true' || s === 'false') return s === 'true';
  const n = parseNumberText(s, lang);
  return typeof n === 'number' ? n : s;
}

/** Whether a field may be emptied to mean "none" (no maximum stay, never giving up). */
export function isNullablePath(path: string): boolean {
  return /\.maxStayDays$/.test(path) || path === 'waitingList.meanPatienceDays' || path === 'referrals.seasonality';
}
