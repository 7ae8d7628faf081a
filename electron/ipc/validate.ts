/**
 * Small run-time validators for IPC payloads. Each one checks a value coming from a renderer
 * (which main never trusts) and, through its type parameter, states the TypeScript type it
 * proves — so `validators.ts` cannot claim a shape the contract does not have.
 */

export interface Validator<T> {
  /** Adds a problem per mismatch (with the path `at`) to `problems`. */
  check(value: unknown, at: string, problems: string[]): void;
  /** Type-level only: what a value that passed is. */
  readonly _type?: T;
}

/** An object field that may be left out (`undefined`). */
export interface Optional<T> extends Validator<T | undefined> {
  readonly optional: true;
}

function validator<T>(check: Validator<T>['check']): Validator<T> {
  return { check };
}

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : value instanceof Uint8Array ? 'bytes' : typeof value;

/** A string of at most `max` characters, without NUL characters. */
export function string(options: { max: number; nonEmpty?: boolean }): Validator<string> {
  return validator((value, at, problems) => {
    if (typeof value !== 'string') problems.push(`${at}: expected a string, got ${describe(value)}`);
    else if (value.length > options.max) problems.push(`${at}: longer than ${options.max} characters`);
    else if (options.nonEmpty && value.length === 0) problems.push(`${at}: must not be empty`);
    else if (value.includes('\0')) problems.push(`${at}: contains a NUL character`);
  });
}

export const boolean: Validator<boolean> = validator((value, at, problems) => {
  if (typeof value !== 'boolean') problems.push(`${at}: expected true or false, got ${describe(value)}`);
});

/** One of the listed strings. */
export function oneOf<const T extends readonly string[]>(values: T): Validator<T[number]> {
  return validator((value, at, problems) => {
    if (typeof value !== 'string' || !values.includes(value)) problems.push(`${at}: expected one of ${values.join(', ')}, got ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : describe(value)}`);
  });
}

/** Bytes (a Uint8Array, as structured clone delivers it) of at most `max` bytes. */
export function bytes(options: { max: number }): Validator<Uint8Array> {
  return validator((value, at, problems) => {
    if (!(value instanceof Uint8Array)) problems.push(`${at}: expected bytes (Uint8Array), got ${describe(value)}`);
    else if (value.byteLength > options.max) problems.push(`${at}: more than ${options.max} bytes`);
  });
}

export function nullable<T>(inner: Validator<T>): Validator<T | null> {
  return validator((value, at, problems) => {
    if (value !== null) inner.check(value, at, problems);
  });
}

export function optional<T>(inner: Validator<T>): Optional<T> {
  return {
    optional: true,
    check(value, at, problems) {
      if (value !== undefined) inner.check(value, at, problems);
    },
  };
}

/** No payload at all. */
export const nothing: Validator<void> = validator((value, at, problems) => {
  if (value !== undefined) problems.push(`${at}: expected no payload, got ${describe(value)}`);
});

type Shape = Record<string, Validator<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? K : never }[keyof S];
type Infer<V> = V extends Validator<infer T> ? T : never;
type ObjectOf<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> };

/** A plain object with exactly these fields (unknown fields are refused, not ignored). */
export function object<S extends Shape>(shape: S): Validator<{ [K in keyof ObjectOf<S>]: ObjectOf<S>[K] }> {
  return validator((value, at, problems) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array) {
      problems.push(`${at}: expected an object, got ${describe(value)}`);
      return;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) if (!(key in shape)) problems.push(`${at}.${key}: unexpected field`);
    for (const [key, field] of Object.entries(shape)) {
      if (!('optional' in field) && !(key in record)) problems.push(`${at}.${key}: missing`);
      else field.check(record[key], `${at}.${key}`, problems);
    }
  });
}

/** Thrown by main when a renderer sends a payload that does not fit the contract. */
export class PayloadError extends Error {
  constructor(
    readonly channel: string,
    readonly problems: string[],
  ) {
    super(`Invalid payload on IPC channel "${channel}": ${problems.join('; ')}`);
    this.name = 'PayloadError';
  }
}

/** Checks a payload; returns it typed or throws a PayloadError listing every problem. */
export function parse<T>(channel: string, v: Validator<T>, value: unknown): T {
  const problems: string[] = [];
  v.check(value, 'payload', problems);
  if (problems.length > 0) throw new PayloadError(channel, problems);
  return value as T;
}
