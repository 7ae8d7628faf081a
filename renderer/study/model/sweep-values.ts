/**
 * The values of a sweep dimension: from a range (from, to, step) or a typed list. Values are
 * rounded to the decimals typed, so 0.1 … 0.5 step 0.1 gives 0.1, 0.2, 0.3, 0.4, 0.5 exactly.
 */
import { LIMITS } from '../../../sim';
import { formatNumberInput, parseNumberText } from '../../editor/model/numbers';
import { fieldKind } from './fields';
import type { Lang } from '../../i18n/lang';
import type { DimensionDraft } from './draft';

/** Why a dimension has no values to run. */
export type ValuesProblem = 'missing' | 'notNumber' | 'step' | 'tooMany' | 'empty';

export type DimensionValues = { ok: true; values: unknown[] } | { ok: false; problem: ValuesProblem; bad?: string };

function decimals(x: number): number {
  const m = /(?:\.(\d+))?(?:e([-+]\d+))?$/i.exec(String(x));
  return Math.max(0, (m?.[1]?.length ?? 0) - Number(m?.[2] ?? 0));
}

/**
 * from, from ± step, … up to and including `to` (within a millionth of a step), ascending or
 * descending as to lies from `from`; at most `max` values.
 */
export function rangeValues(from: number, to: number, step: number, max = LIMITS.maxItems): DimensionValues {
  if (![from, to, step].every(Number.isFinite)) return { ok: false, problem: 'notNumber' };
  if (!(step > 0)) return { ok: false, problem: 'step' };
  const count = Math.floor(Math.abs(to - from) / step + 1e-6) + 1;
  if (count > max) return { ok: false, problem: 'tooMany' };
  const sign = to < from ? -1 : 1;
  const digits = Math.min(12, Math.max(decimals(from), decimals(step)));
  const values = Array.from({ length: count }, (_, i) => {
    const v = Number((from + sign * i * step).toFixed(digits));
    return v === 0 ? 0 : v;
  });
  return { ok: true, values };
}

/** Tokens of a typed list: split at ";" and line breaks, and at "," in English (a decimal comma in Norwegian). */
export function listTokens(text: string, lang: Lang): string[] {
  const sep = lang === 'nb' ? /[;\n]+/ : /[;,\n]+/;
  return text.split(sep).map((s) => s.trim()).filter((s) => s !== '');
}

/** A typed list's values: numbers in the planner's locale (`percent`: typed as %, stored as shares), `null`, or else the text itself. */
export function parseValueList(text: string, lang: Lang, max = LIMITS.maxItems, percent = false): DimensionValues {
  const tokens = listTokens(text, lang);
  if (tokens.length === 0) return { ok: false, problem: 'empty' };
  if (tokens.length > max) return { ok: false, problem: 'tooMany' };
  return {
    ok: true,
    values: tokens.map((s) => {
      if (s === 'null') return null;
      const n = parseNumberText(s, lang, percent);
      return typeof n === 'number' ? n : s.replace(/^"(.*)"$/, '$1');
    }),
  };
}

/** A list as it is typed: "60; 70; 80" (decimal comma in Norwegian; `percent`: shares as %). */
export function formatValueList(values: readonly unknown[], lang: Lang, percent = false): string {
  return values.map((v) => (typeof v === 'number' ? formatNumberInput(v, lang, percent) : v === null ? 'null' : String(v))).join('; ');
}

/** A dimension's values, or why it has none. */
export function dimensionValues(d: DimensionDraft, lang: Lang, max = LIMITS.maxItems): DimensionValues {
  if (d.mode === 'list') return parseValueList(d.list, lang, max, fieldKind(d.path) === 'share');
  const parts = [d.from, d.to, d.step];
  if (parts.some((p) => p === undefined)) return { ok: false, problem: 'missing' };
  const bad = parts.find((p) => typeof p !== 'number');
  if (bad !== undefined) return { ok: false, problem: 'notNumber', bad: String(bad) };
  return rangeValues(d.from as number, d.to as number, d.step as number, max);
}

/** The range that gives exactly these values, or null (then they are shown as a list). */
export function asRange(values: readonly unknown[]): { from: number; to: number; step: number } | null {
  if (values.length < 2 || !values.every((v): v is number => typeof v === 'number' && Number.isFinite(v))) return null;
  const nums = values as number[];
  const step = Math.abs(nums[1]! - nums[0]!);
  if (step === 0) return null;
  const range = { from: nums[0]!, to: nums[nums.length - 1]!, step: Number(step.toFixed(10)) };
  const again = rangeValues(range.from, range.to, range.step);
  return again.ok && again.values.length === nums.length && again.values.every((v, i) => v === nums[i]) ? range : null;
}
