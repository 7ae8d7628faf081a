/**
 * Mutations of Kapasim files for the fuzzer: fast-check arbitraries that describe a change
 * (as plain data, so a failing case shrinks and replays), and the functions that apply one to
 * a parsed document or to its text. Documents start valid (the shipped files, the MODEL.md
 * example, random valid scenarios) and are broken a little or a lot:
 *
 * - tree mutations: delete or add fields (`__proto__`, `constructor`, `prototype` as own
 *   properties, near-miss names), wrong types, NaN, ±Infinity, −0, 1e308, 5e-324, huge and
 *   negative numbers, non-integers, empty and long strings, lone surrogates, deeply nested
 *   junk, arrays for objects and objects for arrays, duplicated ids, swapped values;
 * - text mutations: truncation, inserted and deleted characters, byte-order marks, injected
 *   `__proto__` keys, bytes flipped and then decoded as UTF-8, UTF-16 or Latin-1, random bytes.
 */
import fc from 'fast-check';

export type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets an own property, even `__proto__`, without touching any prototype. */
export function setOwn(obj: object, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

// ---------------------------------------------------------------------------------------
// Junk values, described as data and built fresh each time they are used.

export type JunkSpec =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'long'; length: number }
  | { kind: 'const'; name: 'null' | 'true' | 'false' | 'emptyArray' | 'emptyObject' | 'undefined' }
  | { kind: 'deep'; depth: number; arrays: boolean }
  | { kind: 'protoObject' }
  | { kind: 'bigArray'; length: number; item: 'number' | 'object' | 'string' }
  | { kind: 'array'; items: JunkSpec[] }
  | { kind: 'object'; entries: [string, JunkSpec][] };

/** Keys that are dangerous or confusing in JavaScript objects, and some near misses. */
export const NASTY_KEYS = [
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf',
  '', ' ', 'a.b', 'services.x', '[0]', '0', '-1', '\u0000', '\uD800', 'ÆØÅ', 'x'.repeat(300), 'Schema', 'horizondays', 'bed',
] as const;

export const SPECIAL_NUMBERS = [
  NaN, Infinity, -Infinity, -0, 0, 1, -1, 0.5, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 5e-324, 1e-300,
  Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 2 ** 53, 2 ** 64, 1e21, -1e21, 0.1 + 0.2, 1 - 1e-16, 1 + 1e-9, 1 + 1e-15,
  36_500, 36_500.5, 36_501, 1_000_000, 1_000_001, 10_000, 10_001, 12, 1e-9, -1e-9, 2147483647, 2147483648, -2147483649,
] as const;

const SPECIAL_STRINGS = [
  '', ' ', '0', '12', '1e3', 'NaN', 'Infinity', '-0', 'null', 'true', '{}', '[]', 'fifo ', 'FIFO', 'earliestdeadline', 'waitinbed',
  'inpatient ', 'Outpatient', 'exponential', 'lognormal', 'gama', 'kapasim/scenario@1', 'kapasim/scenario@2', 'kapasim/study@1',
  'kapasim/result@1', 'kapasim/result@99', 'kapasim/unknown@1', '__proto__', 'constructor', '\uD800', '\uDFFF\uD800', '\u0000',
  '\u202E', '\uFEFF', '\n', '<script>alert(1)</script>', '../../etc/passwd', 'detox', 'long', 'short', 'outpatient', 'acute', 'ward',
] as const;

const numberJunk: fc.Arbitrary<JunkSpec> = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_NUMBERS) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  )
  .map((value) => ({ kind: 'number', value }));

const stringJunk: fc.Arbitrary<JunkSpec> = fc
  .oneof({ weight: 3, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) })
  .map((value) => ({ kind: 'string', value }));

const leafJunk: fc.Arbitrary<JunkSpec> = fc.oneof(
  { weight: 6, arbitrary: numberJunk },
  { weight: 4, arbitrary: stringJunk },
  { weight: 3, arbitrary: fc.constantFrom('null', 'true', 'false', 'emptyArray', 'emptyObject', 'undefined').map((name) => ({ kind: 'const', name }) as JunkSpec) },
  { weight: 1, arbitrary: fc.constantFrom(10_001, 100_000, 1_000_000).map((length) => ({ kind: 'long', length }) as JunkSpec) },
  { weight: 1, arbitrary: fc.record({ depth: fc.constantFrom(3, 50, 1000, 20_000), arrays: fc.boolean() }).map((d) => ({ kind: 'deep', ...d }) as JunkSpec) },
  { weight: 1, arbitrary: fc.constant({ kind: 'protoObject' } as JunkSpec) },
  {
    weight: 1,
    arbitrary: fc
      .record({ length: fc.constantFrom(13, 1001, 100_001), item: fc.constantFrom('number', 'object', 'string') })
      .map((b) => ({ kind: 'bigArray', ...b }) as JunkSpec),
  },
);

/** Any junk value: a leaf, or a small array or object of junk. */
export const junk: fc.Arbitrary<JunkSpec> = fc.letrec((tie) => ({
  any: fc.oneof(
    { weight: 8, arbitrary: leafJunk },
    { weight: 1, arbitrary: fc.array(tie('any'), { maxLength: 4 }).map((items) => ({ kind: 'array', items }) as JunkSpec) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(fc.oneof(fc.constantFrom(...NASTY_KEYS), fc.string({ maxLength: 8 })), tie('any')), { maxLength: 4 })
        .map((entries) => ({ kind: 'object', entries }) as JunkSpec),
    },
  ),
})).any as fc.Arbitrary<JunkSpec>;

/** Builds a junk value (fresh objects every time). */
export function makeJunk(spec: JunkSpec): unknown {
  switch (spec.kind) {
    case 'number':
    case 'string':
      return spec.value;
    case 'long':
      return 'x'.repeat(spec.length);
    case 'const':
      return { null: null, true: true, false: false, emptyArray: [], emptyObject: {}, undefined: undefined }[spec.name];
    case 'deep': {
      let v: unknown = spec.arrays ? [1] : { x: 1 };
      for (let i = 0; i < spec.depth; i++) v = spec.arrays ? [v] : { mean: v };
      return v;
    }
    case 'protoObject':
      return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "prototype": {"polluted": true}}');
    case 'bigArray':
      return Array.from({ length: spec.length }, (_, i) => (spec.item === 'number' ? i % 50 : spec.item === 'string' ? `s${i}` : { id: `x${i % 7}` }));
    case 'array':
      return spec.items.map(makeJunk);
    case 'object': {
      const o: Json = {};
      for (const [k, v] of spec.entries) setOwn(o, k, makeJunk(v));
      return o;
    }
  }
}

// ---------------------------------------------------------------------------------------
// Tree mutations.

export type TreeOp = 'delete' | 'set' | 'add' | 'wrap' | 'unwrap' | 'numeric' | 'dupId' | 'swap' | 'stringify' | 'protoKey' | 'typo';

export interface TreeMutation {
  op: TreeOp;
  /** Which node (index into the walk, modulo its length). */
  at: number;
  /** A second choice (which key, sibling or factor). */
  pick: number;
  junk: JunkSpec;
}

export const treeMutation: fc.Arbitrary<TreeMutation> = fc.record({
  op: fc.constantFrom<TreeOp>('delete', 'delete', 'set', 'set', 'set', 'add', 'wrap', 'unwrap', 'numeric', 'numeric', 'numeric', 'dupId', 'swap', 'stringify', 'protoKey', 'typo'),
  at: fc.nat(),
  pick: fc.nat(),
  junk,
});

interface Slot {
  parent: Json | unknown[];
  key: string | number;
}

/** Every place in the tree (parent and key), breadth-first; large arrays only by their first items. */
function slots(root: unknown, limit = 2000): Slot[] {
  const out: Slot[] = [];
  const todo: unknown[] = [root];
  for (let q = 0; q < todo.length && out.length < limit; q++) {
    const node = todo[q];
    if (Array.isArray(node)) {
      for (let i = 0; i < Math.min(node.length, 40); i++) {
        out.push({ parent: node, key: i });
        todo.push(node[i]);
      }
    } else if (isRecord(node)) {
      for (const k of Object.keys(node).slice(0, 60)) {
        out.push({ parent: node, key: k });
        todo.push(node[k]);
      }
    }
  }
  return out;
}

function get(s: Slot): unknown {
  return (s.parent as Record<string | number, unknown>)[s.key];
}

function put(s: Slot, value: unknown): void {
  if (Array.isArray(s.parent)) s.parent[s.key as number] = value;
  else setOwn(s.parent, s.key as string, value);
}

function remove(s: Slot): void {
  if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
  else delete s.parent[s.key as string];
}

const FACTORS = [-1, 0, 0.5, 2, 10, 1000, 1e6, 1e-6, 1e300, -1e-300];
const OFFSETS = [0.5, -0.5, 1, -1, 1e-9, -1e-9, 1e-12, 0.1];

/** JSON text of a value, or a marker when it is too deep to serialise. */
function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '(too deep)';
  }
}

/** Applies one mutation in place; returns the (possibly new) root. */
export function applyTreeMutation(root: unknown, m: TreeMutation): unknown {
  const all = slots(root);
  if (all.length === 0) return m.op === 'set' || m.op === 'wrap' ? makeJunk(m.junk) : root;
  const s = all[m.at % all.length];
  const value = get(s);
  switch (m.op) {
    case 'delete':
      remove(s);
      break;
    case 'set':
      put(s, makeJunk(m.junk));
      break;
    case 'add': {
      const target = isRecord(value) ? value : Array.isArray(value) ? value : s.parent;
      if (Array.isArray(target)) target.push(makeJunk(m.junk));
      else setOwn(target, NASTY_KEYS[m.pick % NASTY_KEYS.length] ?? 'extra', makeJunk(m.junk));
      break;
    }
    case 'protoKey': {
      // As JSON.parse would give them: own properties named __proto__ / constructor.
      const target = isRecord(value) ? value : isRecord(s.parent) ? s.parent : undefined;
      if (target) {
        const key = ['__proto__', 'constructor', 'prototype'][m.pick % 3];
        setOwn(target, key, m.pick % 2 === 0 ? makeJunk({ kind: 'protoObject' }) : makeJunk(m.junk));
      }
      break;
    }
    case 'wrap':
      put(s, [value]);
      break;
    case 'unwrap':
      if (isRecord(value)) put(s, Object.values(value));
      else if (Array.isArray(value)) put(s, { ...value });
      else put(s, { value });
      break;
    case 'numeric':
      if (typeof value === 'number') {
        const k = m.pick % (FACTORS.length + OFFSETS.length);
        put(s, k < FACTORS.length ? value * FACTORS[k]! : value + OFFSETS[k - FACTORS.length]!);
      } else put(s, makeJunk(m.junk.kind === 'number' ? m.junk : { kind: 'number', value: SPECIAL_NUMBERS[m.pick % SPECIAL_NUMBERS.length]! }));
      break;
    case 'dupId': {
      // Give an element the id (or name) of a sibling.
      if (!Array.isArray(s.parent) || s.parent.length < 2) break;
      const other = s.parent[(m.pick % (s.parent.length - 1) + 1 + (s.key as number)) % s.parent.length];
      if (isRecord(value) && isRecord(other)) for (const k of ['id', 'name', 'path']) if (k in other) setOwn(value, k, other[k]);
      break;
    }
    case 'swap': {
      const keys = Array.isArray(s.parent) ? s.parent.map((_, i) => i) : Object.keys(s.parent);
      const k2 = keys[m.pick % keys.length]!;
      const other: Slot = { parent: s.parent, key: k2 };
      const v2 = get(other);
      put(other, value);
      put(s, v2);
      break;
    }
    case 'stringify':
      put(s, typeof value === 'string' ? Number(value) : value === undefined ? 'undefined' : safeStringify(value));
      break;
    case 'typo': {
      // Rename a field to a near miss (a dropped, doubled or recased letter).
      if (typeof s.key !== 'string' || s.key.length === 0 || Array.isArray(s.parent)) break;
      const i = m.pick % s.key.length;
      const variants = [s.key.slice(0, i) + s.key.slice(i + 1), s.key.slice(0, i) + s.key[i] + s.key.slice(i), s.key.toLowerCase(), `${s.key} `];
      const renamed = variants[m.pick % variants.length]!;
      remove(s);
      setOwn(s.parent, renamed, value);
      break;
    }
  }
  return root;
}

// ---------------------------------------------------------------------------------------
// Text mutations.

export type TextOp = 'truncate' | 'insert' | 'delete' | 'replace' | 'bom' | 'protoInject' | 'bytes' | 'utf16' | 'latin1' | 'randomBytes' | 'dupKey';

export interface TextMutation {
  op: TextOp;
  at: number;
  length: number;
  snippet: string;
  bytes: number[];
}

const SNIPPETS = [
  '{', '}', '[', ']', ',', ':', '"', '\\', '\\u12', '\\uD800', '\\x41', '/* c */', '// c\n', 'NaN', 'Infinity', '-Infinity', "'x'", 'undefined',
  '\u0000', '\uFEFF', '\t', '\r\n', '\u2028', '-', '01', '1.', '.5', '1e', '1e999', '-0', '0x10', '+1', 'tru', 'nul', ',,', ',}', ',]',
  '"__proto__":{"polluted":true},', '"constructor":{"prototype":{"polluted":true}},', '{"__proto__":[]}', '\uD83D', '\uDE00', '😀',
] as const;

export const textMutation: fc.Arbitrary<TextMutation> = fc.record({
  op: fc.constantFrom<TextOp>('truncate', 'truncate', 'insert', 'insert', 'delete', 'replace', 'bom', 'protoInject', 'protoInject', 'bytes', 'utf16', 'latin1', 'randomBytes', 'dupKey'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 40 }),
  snippet: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SNIPPETS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }),
  bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }),
});

const utf8 = new TextDecoder('utf-8');
const utf16 = new TextDecoder('utf-16le');
const latin1 = new TextDecoder('latin1');

/** Bytes read as UTF-16LE, as a file saved in one encoding and read in another. (Node's
 * decoder throws on some inputs, e.g. an odd byte count, even when not fatal: the fuzzer's
 * own limit, not the app's, so those fall back to Latin-1.) */
export function decodeUtf16(bytes: Uint8Array): string {
  try {
    return utf16.decode(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  } catch {
    return latin1.decode(bytes);
  }
}

/** Applies one text mutation. */
export function applyTextMutation(text: string, m: TextMutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  switch (m.op) {
    case 'truncate':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + m.snippet + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'replace':
      return text.slice(0, at) + m.snippet + text.slice(at + m.snippet.length);
    case 'bom':
      return m.at % 3 === 0 ? `\uFEFF\uFEFF${text}` : `\uFEFF${text}`;
    case 'protoInject': {
      // After the n-th `{`, a __proto__ or constructor key with an object to merge.
      const opens = [...text.matchAll(/\{/g)].map((x) => x.index!);
      if (opens.length === 0) return text;
      const pos = opens[m.at % opens.length]! + 1;
      const key = m.length % 2 === 0 ? '"__proto__":{"polluted":true,"schema":"kapasim/scenario@1"}' : '"constructor":{"prototype":{"polluted":true}}';
      const rest = text.slice(pos).trimStart();
      return `${text.slice(0, pos)}${key}${rest.startsWith('}') ? '' : ','}${text.slice(pos)}`;
    }
    case 'dupKey': {
      // A key given twice: JSON.parse keeps the last.
      const keys = [...text.matchAll(/"([A-Za-z]+)":/g)];
      if (keys.length === 0) return text;
      const k = keys[m.at % keys.length]!;
      return `${text.slice(0, k.index!)}"${k[1]}":${JSON.stringify(m.snippet)},${text.slice(k.index!)}`;
    }
    case 'bytes': {
      // Flip bytes of the UTF-8 encoding, then decode it (invalid sequences become U+FFFD).
      const b = new TextEncoder().encode(text);
      if (b.length === 0) return text;
      for (let i = 0; i < m.bytes.length; i += 2) b[(m.at + m.bytes[i]! * 7919) % b.length] = m.bytes[i + 1] ?? 0xff;
      return utf8.decode(m.length % 3 === 0 ? b.subarray(0, Math.max(0, b.length - (m.length % 4) - 1)) : b);
    }
    case 'utf16':
      // The UTF-8 bytes read as UTF-16 (a file saved in one encoding, read in another).
      return decodeUtf16(new TextEncoder().encode(text));
    case 'latin1':
      return latin1.decode(new TextEncoder().encode(text));
    case 'randomBytes':
      return (m.length % 2 === 0 ? utf8 : latin1).decode(Uint8Array.from(m.bytes));
  }
}
