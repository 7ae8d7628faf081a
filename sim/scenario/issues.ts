/**
 * Validation issues: what every validator in sim/scenario returns, and how an issue is
 * shown to a planner on one line. Issue values are kept small and JSON-safe (a short preview
 * stands in for objects), so issues can be printed or saved whatever the input was.
 *
 * Every issue has a stable `code` and the `params` its text needs; the English `message`
 * and `allowed` are rendered from them (messages.ts), and a translation renders its own.
 */
import { issueText, type IssueCode, type IssueContext, type IssueParamValues, type ParamsOf } from './messages';

export interface ValidationIssue {
  /** Dotted field path, e.g. `services.long.beds`; `(file)` for the file as a whole. */
  path: string;
  /** What is wrong, e.g. `number.min`: the key of its text in every language. */
  code: IssueCode;
  /** The numbers, names and suggestion the text needs, e.g. `{min: 0, got: -3, integer: true}`. */
  params: IssueParamValues;
  /** Which study change the issue follows, when it follows one (it then starts the message). */
  context?: IssueContext;
  /** The English text, rendered from code, params and context. */
  message: string;
  /** The offending value (primitives as given; objects as a short preview text). */
  value?: unknown;
  /** What is allowed there, e.g. `whole number 0 to 1000000` (English, from code and params). */
  allowed?: string;
  severity: 'error' | 'warning';
}

/** An issue with its code, params, English texts and (JSON-safe) value. */
export function makeIssue<C extends IssueCode>(path: string, severity: ValidationIssue['severity'], code: C, params: ParamsOf<C>, value?: unknown, context?: IssueContext): ValidationIssue {
  const { message, allowed } = issueText(code, params, context);
  return {
    path,
    code,
    params: params as IssueParamValues,
    ...(context !== undefined ? { context } : {}),
    message,
    severity,
    ...(value !== undefined ? { value: safeValue(value) } : {}),
    ...(allowed !== undefined ? { allowed } : {}),
  };
}

/** The same issue in the context of a study change: the message starts with the change. */
export function inContext(issue: ValidationIssue, context: IssueContext): ValidationIssue {
  const { message } = issueText(issue.code, issue.params as ParamsOf<typeof issue.code>, context);
  return { ...issue, context, message };
}

/** A validated, cleaned value with its warnings, or every issue found (warnings included). */
export type Validated<T> = { ok: true; value: T; warnings: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };

/** The most issues one validation reports; the rest are summed up in one last issue. */
export const MAX_ISSUES = 500;

/** A short, one-line, never-throwing preview of any value (depth- and length-limited). */
export function preview(value: unknown, depth = 0): string {
  try {
    if (value === undefined) return 'undefined';
    if (value === null) return 'null';
    switch (typeof value) {
      case 'number':
        return Object.is(value, -0) ? '0' : String(value);
      case 'string':
        return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
      case 'boolean':
        return String(value);
      case 'bigint':
        return `${value}n`;
      case 'symbol':
      case 'function':
        return `(${typeof value})`;
    }
    if (Array.isArray(value)) {
      if (depth >= 1) return value.length === 0 ? '[]' : '[…]';
      const shown = value.slice(0, 6).map((v) => preview(v, depth + 1));
      return `[${shown.join(', ')}${value.length > 6 ? `, … ${value.length} items` : ''}]`;
    }
    const keys = Object.keys(value as object);
    if (depth >= 1) return keys.length === 0 ? '{}' : '{…}';
    const shown = keys.slice(0, 4).map((k) => `${JSON.stringify(k)}: ${preview((value as Record<string, unknown>)[k], depth + 1)}`);
    const text = `{${shown.join(', ')}${keys.length > 4 ? ', …' : ''}}`;
    return text.length > 120 ? `${text.slice(0, 117)}…}` : text;
  } catch {
    return '(unreadable value)';
  }
}

/**
 * Keeps an issue value JSON-safe and small: primitives as they are, arrays and objects as a
 * shallow copy (a few levels, a few items, `"…"` beyond), anything else as a text.
 */
export function safeValue(value: unknown, depth = 0): unknown {
  try {
    if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
    if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 197)}…` : value;
    if (typeof value !== 'object') return preview(value);
    if (depth >= 2) return '…';
    if (Array.isArray(value)) {
      const items = value.slice(0, 12).map((v) => safeValue(v, depth + 1));
      if (value.length > 12) items.push(`… ${value.length} items`);
      return items;
    }
    const copy: Record<string, unknown> = {};
    const keys = Object.keys(value);
    for (const k of keys.slice(0, 12)) {
      Object.defineProperty(copy, k, { value: safeValue((value as Record<string, unknown>)[k], depth + 1), enumerable: true, writable: true, configurable: true });
    }
    if (keys.length > 12) copy['…'] = `${keys.length} fields`;
    return copy;
  } catch {
    return '(unreadable value)';
  }
}

/**
 * One line for a planner, e.g. `services.long.beds: must be a whole number ≥ 0 (got -3;
 * allowed: whole number 0 to 1000000)`. Warnings are marked as such.
 */
export function formatIssue(issue: Pick<ValidationIssue, 'path' | 'message' | 'value' | 'allowed' | 'severity'>): string {
  const extra: string[] = [];
  if (issue.value !== undefined) extra.push(`got ${preview(issue.value)}`);
  if (issue.allowed !== undefined && !issue.message.includes(issue.allowed)) extra.push(`allowed: ${issue.allowed}`);
  const tail = extra.length > 0 ? ` (${extra.join('; ')})` : '';
  const head = issue.severity === 'warning' ? 'warning: ' : '';
  return `${head}${issue.path}: ${issue.message}${tail}`.replace(/[\r\n]+/g, ' ');
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** Builds a Validated from collected issues and the cleaned value. */
export function toValidated<T>(value: T, issues: ValidationIssue[]): Validated<T> {
  return hasErrors(issues) ? { ok: false, issues } : { ok: true, value, warnings: issues };
}

/** Collects issues during one validation, capped at MAX_ISSUES. */
export class IssueList {
  readonly items: ValidationIssue[] = [];
  private dropped = 0;

  error<C extends IssueCode>(path: string, code: C, params: ParamsOf<C>, value?: unknown): void {
    this.add(makeIssue(path, 'error', code, params, value));
  }

  warn<C extends IssueCode>(path: string, code: C, params: ParamsOf<C>, value?: unknown): void {
    this.add(makeIssue(path, 'warning', code, params, value));
  }

  add(issue: ValidationIssue): void {
    if (this.items.length < MAX_ISSUES) this.items.push(issue);
    else this.dropped++;
  }

  get errorCount(): number {
    return this.items.filter((i) => i.severity === 'error').length;
  }

  /** The issues, with one closing issue that counts those left out. */
  done(): ValidationIssue[] {
    if (this.dropped > 0) {
      this.items.push(makeIssue('(file)', 'error', 'issues.more', { count: this.dropped }));
      this.dropped = 0;
    }
    return this.items;
  }
}
