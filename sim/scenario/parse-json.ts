/**
 * parseJsonText: reads the text of a Kapasim file as JSON. A syntax error becomes one issue
 * at path `(file)` saying what was found, what was expected and where (line and column),
 * found by a small iterative JSON scanner since engines word (and place) errors differently.
 * Never throws.
 */
import { makeIssue, type Validated } from './issues';
import { issueText, type IssueCode, type ParamsOf, type Term } from './messages';

/** Parses JSON text (a leading byte-order mark is ignored). */
export function parseJsonText(text: string): Validated<unknown> {
  try {
    if (typeof text !== 'string') return fail('json.unreadable', {});
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') return fail('json.empty', {});
    try {
      return { ok: true, value: JSON.parse(body) as unknown, warnings: [] };
    } catch (e) {
      const found = findJsonError(body);
      if (found !== undefined) return fail(found.code, found.params);
      const pos = /position (\d+)/.exec(e instanceof Error ? e.message : '');
      const where = pos ? lineAndColumn(body, Number(pos[1])) : {};
      return fail('json.engine', { ...where, ...(e instanceof Error ? { error: e.message } : {}) });
    }
  } catch {
    return fail('json.unparsable', {});
  }
}

function fail<C extends IssueCode>(code: C, params: ParamsOf<C>): Validated<unknown> {
  return { ok: false, issues: [makeIssue('(file)', 'error', code, params)] };
}

/** Line and column of a UTF-16 offset, both counted from 1. */
export function lineAndColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.max(0, Math.min(pos, text.length));
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** `line L, column C` of a UTF-16 offset, both counted from 1. */
export function lineColumn(text: string, pos: number): string {
  const { line, column } = lineAndColumn(text, pos);
  return `line ${line}, column ${column}`;
}

/** The issue codes of a syntax error found at a place in the text. */
type PlacedCode = 'json.endsEarly' | 'json.endsEarlyOpen' | 'json.unexpected' | 'json.badUnicodeEscape' | 'json.badEscape' | 'json.controlInText' | 'json.endsInText' | 'json.badNumber' | 'json.badNumberForm';

/** A syntax error: where, its code and params (line and column included), and its English text. */
export type JsonError = { [C in PlacedCode]: { pos: number; code: C; params: ParamsOf<C>; message: string } }[PlacedCode];

/** What a character is, for messages: a line break, a tab, a control character, or itself. */
function describeChar(c: string): { found: Term<'found'>; token: string } {
  if (c === '\n' || c === '\r') return { found: 'lineBreak', token: c };
  if (c === '\t') return { found: 'tab', token: c };
  const code = c.charCodeAt(0);
  if (code < 32) return { found: 'control', token: `U+${code.toString(16).padStart(4, '0').toUpperCase()}` };
  return { found: 'char', token: c };
}

const WS = new Set([' ', '\t', '\n', '\r']);

/**
 * The offset and description of the first JSON syntax error, or undefined when the text is
 * valid. Iterative (an explicit stack), so deeply nested input cannot overflow the call stack.
 */
export function findJsonError(text: string): JsonError | undefined {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  const skip = (): void => {
    while (i < n && WS.has(text[i])) i++;
  };
  const fault = <C extends PlacedCode>(pos: number, code: C, params: Omit<ParamsOf<C>, 'line' | 'column'>): JsonError => {
    const full = { ...params, ...lineAndColumn(text, pos) } as unknown as ParamsOf<C>;
    return { pos, code, params: full, message: issueText(code, full).message } as JsonError;
  };
  const ended = (expected: Term<'expected'>): JsonError => {
    if (stack.length === 0) return fault(n, 'json.endsEarly', { expected });
    const closers = stack.map((c) => (c === '{' ? '}' : ']')).reverse().join('');
    const shown = closers.length > 12 ? `${closers.slice(0, 12)}…` : closers;
    return fault(n, 'json.endsEarlyOpen', { expected, open: stack.length, closers: shown });
  };
  const unexpected = (expected: Term<'expected'>): JsonError => {
    const c = text[i];
    let hint: Term<'hint'> | undefined;
    if (c === '/') hint = 'comment';
    else if (c === "'") hint = 'singleQuote';
    else if (c === '<') hint = 'html';
    else if ((c === '}' || c === ']') && /,\s*$/.test(text.slice(Math.max(0, i - 200), i))) hint = 'trailingComma';
    else if (/[A-Za-z]/.test(c)) {
      const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 40))?.[0] ?? c;
      return fault(i, 'json.unexpected', { found: 'word', token: word, hint: word === 'NaN' || word === 'Infinity' ? 'notNumber' : 'needsQuotes', expected });
    }
    return fault(i, 'json.unexpected', { ...describeChar(c), ...(hint !== undefined ? { hint } : {}), expected });
  };
  /** Scans a string at i (on the opening quote); returns an error or moves i past it. */
  const string = (): JsonError | undefined => {
    const start = i;
    i++;
    while (i < n) {
      const c = text[i];
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === undefined) break;
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            if (i + 6 > n) break;
            return fault(i, 'json.badUnicodeEscape', {});
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) return fault(i, 'json.badEscape', { escape: e });
        i += 2;
        continue;
      }
      if (c.charCodeAt(0) < 32) {
        const started = lineAndColumn(text, start);
        return fault(i, 'json.controlInText', { ...describeChar(c), startLine: started.line, startColumn: started.column });
      }
      i++;
    }
    const started = lineAndColumn(text, start);
    return fault(n, 'json.endsInText', { startLine: started.line, startColumn: started.column });
  };
  const number = (): JsonError | undefined => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m === null || m[0] === '-') {
      if (i + 1 >= n) return ended('digit');
      return fault(i, 'json.badNumber', {});
    }
    i += m[0].length;
    if (i < n && /[\d.eE]/.test(text[i])) return fault(i, 'json.badNumberForm', {});
    return undefined;
  };
  type State = 'value' | 'key' | 'after';
  let state: State = 'value';
  for (;;) {
    skip();
    if (state === 'value') {
      if (i >= n) return ended('value');
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skip();
        if (i < n && text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          state = 'after';
        } else state = c === '{' ? 'key' : 'value';
        continue;
      }
      let err: JsonError | undefined;
      if (c === '"') err = string();
      else if (c === '-' || (c >= '0' && c <= '9')) err = number();
      else {
        const lit = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        if (lit === undefined) {
          const partial = (['true', 'false', 'null'] as const).find((w) => w.startsWith(text.slice(i)) && text.slice(i).length > 0);
          if (partial !== undefined) return ended(partial);
          return unexpected('anyValue');
        }
        i += lit.length;
      }
      if (err) return err;
      state = 'after';
    } else if (state === 'key') {
      if (i >= n) return ended('fieldName');
      if (text[i] !== '"') return unexpected('fieldName');
      const err = string();
      if (err) return err;
      skip();
      if (i >= n) return ended('colon');
      if (text[i] !== ':') return unexpected('colonAfterName');
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i >= n ? undefined : unexpected('end');
      const close = top === '{' ? '}' : ']';
      const commaOrClose = top === '{' ? 'commaOrBrace' : 'commaOrBracket';
      if (i >= n) return ended(commaOrClose);
      const c = text[i];
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if (c === close) {
        stack.pop();
        i++;
      } else return unexpected(commaOrClose);
    }
  }
}
