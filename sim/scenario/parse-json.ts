/**
 * parseJsonText: reads the text of a Kapasim file as JSON. A syntax error becomes one issue
 * at path `(file)` saying what was found, what was expected and where (line and column),
 * found by a small iterative JSON scanner since engines word (and place) errors differently.
 * Never throws.
 */
import type { ValidationIssue, Validated } from './issues';

/** Parses JSON text (a leading byte-order mark is ignored). */
export function parseJsonText(text: string): Validated<unknown> {
  try {
    if (typeof text !== 'string') return fail('the file could not be read as text');
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') return fail('the file is empty; expected a JSON object such as {"schema": "kapasim/scenario@1", …}');
    try {
      return { ok: true, value: JSON.parse(body) as unknown, warnings: [] };
    } catch (e) {
      const found = findJsonError(body);
      if (found !== undefined) return fail(`${found.message} at ${lineColumn(body, found.pos)}`);
      const pos = /position (\d+)/.exec(e instanceof Error ? e.message : '');
      const where = pos ? ` at ${lineColumn(body, Number(pos[1]))}` : '';
      return fail(`is not valid JSON${where}: ${e instanceof Error ? e.message : 'syntax error'}`);
    }
  } catch {
    return fail('the file could not be read as JSON');
  }
}

function fail(message: string): Validated<unknown> {
  const issue: ValidationIssue = { path: '(file)', message, severity: 'error' };
  return { ok: false, issues: [issue] };
}

/** `line L, column C` of a UTF-16 offset, both counted from 1. */
export function lineColumn(text: string, pos: number): string {
  let line = 1;
  let lineStart = 0;
  const end = Math.max(0, Math.min(pos, text.length));
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${end - lineStart + 1}`;
}

interface JsonError {
  pos: number;
  message: string;
}

function describeChar(c: string): string {
  if (c === '\n' || c === '\r') return 'a line break';
  if (c === '\t') return 'a tab';
  const code = c.charCodeAt(0);
  if (code < 32) return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
  return `"${c}"`;
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
  const ended = (expected: string): JsonError => {
    const closers = stack.map((c) => (c === '{' ? '}' : ']')).reverse().join('');
    const shown = closers.length > 12 ? `${closers.slice(0, 12)}…` : closers;
    const open = stack.length === 0 ? '' : `; ${stack.length} bracket${stack.length > 1 ? 's are' : ' is'} still open ("${shown}" would close them)`;
    return { pos: n, message: `the file ends too early (is it cut off?): expected ${expected}${open}` };
  };
  const unexpected = (expected: string): JsonError => {
    const c = text[i];
    let hint = '';
    if (c === '/') hint = ' (comments are not allowed in JSON)';
    else if (c === "'") hint = ' (JSON texts use double quotes)';
    else if (c === '<') hint = ' (this looks like HTML or XML, not JSON)';
    else if ((c === '}' || c === ']') && /,\s*$/.test(text.slice(Math.max(0, i - 200), i))) hint = ' (a comma before a closing bracket is not allowed in JSON)';
    else if (/[A-Za-z]/.test(c)) {
      const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 40))?.[0] ?? c;
      hint = word === 'NaN' || word === 'Infinity' ? ` (${word} is not a JSON number)` : ` (texts need double quotes: "${word}")`;
      return { pos: i, message: `unexpected ${word}${hint}; expected ${expected}` };
    }
    return { pos: i, message: `unexpected ${describeChar(c)}${hint}; expected ${expected}` };
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
            return { pos: i, message: 'bad \\u escape in a text (needs 4 hex digits)' };
          }
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(e)) return { pos: i, message: `bad escape "\\${e}" in a text` };
        i += 2;
        continue;
      }
      if (c.charCodeAt(0) < 32) return { pos: i, message: `${describeChar(c)} inside a text (the text that starts at ${lineColumn(text, start)} may be missing its closing ")` };
      i++;
    }
    return { ...ended('the closing " of a text'), message: `the file ends inside a text that starts at ${lineColumn(text, start)} (is the file cut off, or a " missing?)` };
  };
  const number = (): JsonError | undefined => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m === null || m[0] === '-') {
      if (i + 1 >= n) return ended('a digit');
      return { pos: i, message: 'bad number' };
    }
    i += m[0].length;
    if (i < n && /[\d.eE]/.test(text[i])) return { pos: i, message: 'bad number (JSON numbers have no leading zeros, and need digits after "." and "e")' };
    return undefined;
  };
  type State = 'value' | 'key' | 'after';
  let state: State = 'value';
  for (;;) {
    skip();
    if (state === 'value') {
      if (i >= n) return ended('a value');
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
          const partial = ['true', 'false', 'null'].find((w) => w.startsWith(text.slice(i)) && text.slice(i).length > 0);
          if (partial !== undefined) return ended(`"${partial}"`);
          return unexpected('a value (a number, text in double quotes, true, false, null, {…} or […])');
        }
        i += lit.length;
      }
      if (err) return err;
      state = 'after';
    } else if (state === 'key') {
      if (i >= n) return ended('a field name in double quotes');
      if (text[i] !== '"') return unexpected('a field name in double quotes');
      const err = string();
      if (err) return err;
      skip();
      if (i >= n) return ended('":"');
      if (text[i] !== ':') return unexpected('":" after the field name');
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i >= n ? undefined : unexpected('the end of the file (there is more text after the JSON value)');
      const close = top === '{' ? '}' : ']';
      if (i >= n) return ended(`"," or "${close}"`);
      const c = text[i];
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if (c === close) {
        stack.pop();
        i++;
      } else return unexpected(`"," or "${close}"`);
    }
  }
}
