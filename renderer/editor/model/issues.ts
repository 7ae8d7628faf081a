/**
 * Validation issues for the editor: grouped by exact path, by editor section and in order,
 * and put in the planner's language by code and params (renderer/i18n/{en,nb}/validation.ts).
 */
import { ISSUE_TERMS, type IssueContext, type IssueParam, type Scenario, type ValidationIssue, type Validated } from '../../../sim';
import { en, type MessageKey } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { pathPrefixes, topKey } from './issue-path';
import { shiftDecimal } from './numbers';
import { speaksInPercent } from './percent-fields';

export type SectionId = 'general' | 'pathway' | 'referrals' | 'assessment' | 'services' | 'aftercare' | 'relapse' | 'costs' | 'run' | 'notes';

export const SECTIONS: readonly SectionId[] = ['general', 'pathway', 'referrals', 'assessment', 'services', 'aftercare', 'relapse', 'costs', 'run', 'notes'];

const SECTION_OF_KEY: Readonly<Record<string, SectionId>> = {
  referrals: 'referrals', groups: 'referrals',
  assessment: 'assessment', waitingList: 'assessment',
  services: 'services', aftercare: 'aftercare', relapse: 'relapse', costs: 'costs',
  horizonDays: 'run', warmupDays: 'run', replications: 'run', seed: 'run', initialState: 'run',
  notes: 'notes',
};

/** The editor section that holds the field an issue is about. */
export function sectionOf(issuePath: string): SectionId {
  return SECTION_OF_KEY[topKey(issuePath)] ?? 'general';
}

/** The DOM id of a section (its heading region), also the fall-back focus target of an issue. */
export function sectionDomId(section: SectionId): string {
  return `editor-section-${section}`;
}

export interface IssueIndex {
  all: readonly ValidationIssue[];
  at(path: string): readonly ValidationIssue[];
  /** Issues at `path` or anywhere below it. */
  under(path: string): readonly ValidationIssue[];
  errorCount: number;
  bySection: ReadonlyMap<SectionId, number>;
}

const NONE: readonly ValidationIssue[] = [];

export function indexIssues(validation: Validated<Scenario>): IssueIndex {
  const all = validation.ok ? validation.warnings : validation.issues;
  const exact = new Map<string, ValidationIssue[]>();
  const below = new Map<string, ValidationIssue[]>();
  const bySection = new Map<SectionId, number>();
  for (const issue of all) {
    (exact.get(issue.path) ?? exact.set(issue.path, []).get(issue.path)!).push(issue);
    for (const p of pathPrefixes(issue.path)) (below.get(p) ?? below.set(p, []).get(p)!).push(issue);
    const s = sectionOf(issue.path);
    bySection.set(s, (bySection.get(s) ?? 0) + 1);
  }
  return {
    all,
    at: (path) => exact.get(path) ?? NONE,
    under: (path) => below.get(path) ?? NONE,
    errorCount: all.filter((i) => i.severity === 'error').length,
    bySection,
  };
}

/** The DOM id to focus for an issue: the field itself, else its nearest rendered ancestor, else its section. */
export function focusTarget(issuePath: string, exists: (id: string) => boolean): string {
  for (const p of pathPrefixes(issuePath)) if (exists(p)) return p;
  return sectionDomId(sectionOf(issuePath));
}

/** The i18n `t`: the string for a key with its {placeholders} filled. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** An issue's message and what is allowed there, in the planner's language. */
export interface IssueTexts {
  message: string;
  allowed?: string;
}

function isKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** Numbers that name a place (an index, a line) rather than a quantity: never grouped. */
const PLAIN_NUMBERS: ReadonlySet<string> = new Set(['index', 'line', 'column', 'startLine', 'startColumn']);
/** Params that are shares (fractions 0–1 in the file), shown in percent where the field is. */
const SHARE_PARAMS: ReadonlySet<string> = new Set(['min', 'max', 'got', 'sum', 'tolerance']);
/** Term params shown in brackets after the text, or not at all. */
const WRAPPED_TERMS: ReadonlySet<string> = new Set(['hint', 'note']);

interface Formats {
  number: Intl.NumberFormat;
  /** For numbers too large or small to write out, e.g. 1E308. */
  scientific: Intl.NumberFormat;
  or: Intl.ListFormat;
  and: Intl.ListFormat;
}

const formats = new Map<Lang, Formats>();

function formatsFor(lang: Lang): Formats {
  let f = formats.get(lang);
  if (!f) {
    const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
    f = {
      number: new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }),
      scientific: new Intl.NumberFormat(locale, { notation: 'scientific', maximumSignificantDigits: 6 }),
      or: new Intl.ListFormat(locale, { type: 'disjunction' }),
      and: new Intl.ListFormat(locale, { type: 'conjunction' }),
    };
    formats.set(lang, f);
  }
  return f;
}

/** A list param as text: options as `«a» eller «b»`, loop members as `«a» og «b»`, a cycle with arrows. */
function listText(name: string, items: readonly string[], t: Translate, f: Formats): string {
  const quoted = () => items.map((text) => t('validation.quote', { text }));
  if (name === 'options') return f.or.format(quoted());
  if (name === 'members') return f.and.format(quoted());
  if (name === 'cycle') return items.join(' → ');
  return items.join(', ');
}

/**
 * The placeholders of an issue's texts: its params (numbers in the language's format, terms
 * in its words, lists joined) and the pieces made from them: {didYouMean}, {at}, {last}, {one}
 * (the whole that shares sum to), and for numbers {aNumber}, {minOp}, {maxOp} and {range}.
 * With `percent` (a field the app shows in percent), share params and {one} are percentages
 * (0.25 → 25 %, moved by text, so no float noise) and the note "1 = 100 %" is left out.
 */
function issueVars(code: string, params: Readonly<Record<string, IssueParam | undefined>>, t: Translate, lang: Lang, percent = false): Record<string, string> {
  const f = formatsFor(lang);
  const num = (x: number): string => (Math.abs(x) >= 1e16 || (x !== 0 && Math.abs(x) < 1e-12) ? f.scientific : f.number).format(x);
  const pct = (x: number): string => t('validation.percent', { number: num(Number(shiftDecimal(String(x), 2))) });
  /** A quantity param: in percent when it is a share of a field shown in percent. */
  const quantity = (name: string, x: number): string => (percent && SHARE_PARAMS.has(name) ? pct(x) : num(x));
  const vars: Record<string, string> = { didYouMean: '', hint: '', note: '', at: '', one: percent ? pct(1) : num(1) };
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const termKey = `issueTerm.${name}.${String(value)}`;
    if (Object.prototype.hasOwnProperty.call(ISSUE_TERMS, name) && isKey(termKey)) {
      const text = t(termKey, { token: String(params.token ?? '') });
      vars[name] = WRAPPED_TERMS.has(name) ? t('validation.wrapped', { text }) : text;
    } else if (typeof value === 'number') vars[name] = PLAIN_NUMBERS.has(name) ? String(value) : quantity(name, value);
    else if (Array.isArray(value)) vars[name] = listText(name, value, t, f);
    else vars[name] = String(value);
  }
  if (percent && params.note === 'fraction') vars.note = '';
  if (typeof params.suggestion === 'string') vars.didYouMean = t('validation.didYouMean', { suggestion: params.suggestion });
  if (typeof params.line === 'number') vars.at = t('validation.at', { line: params.line, column: String(params.column ?? 1) });
  if (typeof params.length === 'number') vars.last = num(params.length - 1);
  if (code.startsWith('number.')) {
    const integer = params.integer === true;
    const min = typeof params.min === 'number' ? params.min : undefined;
    const max = typeof params.max === 'number' ? params.max : undefined;
    vars.aNumber = t(integer ? 'validation.aNumber.integer' : 'validation.aNumber.any');
    vars.minOp = params.minExclusive ? '>' : '≥';
    vars.maxOp = params.maxExclusive ? '<' : '≤';
    const number = t(integer ? 'validation.number.integer' : 'validation.number.any');
    if (percent) Object.assign(vars, percentRange(params, min, max, pct, t));
    else {
      const lo = min === undefined ? '' : `${vars.minOp} ${num(min)}`;
      const hi = max === undefined ? '' : `${vars.maxOp} ${num(max)}`;
      if (min !== undefined && max !== undefined && !params.minExclusive && !params.maxExclusive) {
        vars.range = t('validation.range.between', { number, min: num(min), max: num(max), note: vars.note });
      } else if (lo && hi) vars.range = t('validation.range.both', { number, lo, hi, note: vars.note });
      else vars.range = [number, lo, hi && `${hi}${vars.note}`].filter((x) => x !== '').join(' ');
    }
  }
  return vars;
}

/**
 * A share's bounds in words, in percent: {lower} (`at least 0 %`, `more than −100 %`),
 * {upper} (`at most 100 %`) and {range} (`0 % to 100 %`, `more than −100 % and at most 100 %`).
 */
function percentRange(params: Readonly<Record<string, IssueParam | undefined>>, min: number | undefined, max: number | undefined, pct: (x: number) => string, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  if (min !== undefined) out.lower = t(params.minExclusive ? 'validation.percent.moreThan' : 'validation.percent.atLeast', { value: pct(min) });
  if (max !== undefined) out.upper = t(params.maxExclusive ? 'validation.percent.lessThan' : 'validation.percent.atMost', { value: pct(max) });
  if (min !== undefined && max !== undefined && !params.minExclusive && !params.maxExclusive) out.range = t('validation.percent.between', { min: pct(min), max: pct(max) });
  else if (out.lower !== undefined && out.upper !== undefined) out.range = t('validation.percent.both', { lo: out.lower, hi: out.upper });
  else out.range = out.lower ?? out.upper ?? '';
  return out;
}

/** The study change an issue follows, in the planner's language (a caller's label as it is). */
function contextText(context: IssueContext, t: Translate, lang: Lang): string {
  if (context.kind === 'label') return context.label;
  const { kind, ...params } = context;
  return t(`issueContext.${kind}`, issueVars(`context.${kind}`, params, t, lang));
}

/**
 * An issue's message and allowed text in the planner's language, from its code and params.
 * An issue whose code has no translation keeps sim's English message.
 */
export function translateIssue(issue: ValidationIssue, t: Translate, lang: Lang): IssueTexts {
  const key = `issue.${issue.code}`;
  if (!isKey(key)) return { message: issue.message, ...(issue.allowed !== undefined ? { allowed: issue.allowed } : {}) };
  const percent = speaksInPercent(issue);
  const vars = issueVars(issue.code, issue.params, t, lang, percent);
  // A share out of range, in percent: `must be at most 100 % (got 150 %)`.
  const bound = issue.code === 'number.min' ? vars.lower : issue.code === 'number.max' ? vars.upper : undefined;
  const text = percent && bound !== undefined ? t('validation.percent.mustBe', { bound, got: vars.got ?? '' }) : t(key, vars);
  const message = issue.context === undefined ? text : `${contextText(issue.context, t, lang)}: ${text}`;
  const allowedKey = `issueAllowed.${issue.code}`;
  if (issue.allowed === undefined) return { message };
  return { message, allowed: isKey(allowedKey) ? t(allowedKey, vars) : issue.allowed };
}

/** One line for a list of problems: `schema: …`, with what is allowed when the message does not say it. */
export function issueLine(issue: ValidationIssue, t: Translate, lang: Lang): string {
  const { message, allowed } = translateIssue(issue, t, lang);
  const tail = allowed !== undefined && !message.includes(allowed) ? ` (${t('editor.issue.allowed', { allowed })})` : '';
  return `${issue.path}: ${message}${tail}`.replace(/[\r\n]+/g, ' ');
}
