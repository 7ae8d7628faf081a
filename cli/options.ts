/** Checks of option values (`--replications`, `--seed`, `--workers`, `--format`), as user errors. */
import { userError } from './errors';

const WHOLE = /^[+]?\d+$/;

/** A whole number in [min, max] from an option's text, or a user error naming the option. */
export function wholeOption(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  const n = Number(t);
  const range = max === Number.MAX_SAFE_INTEGER ? `a whole number ≥ ${min}` : `a whole number from ${min} to ${max}`;
  if (!WHOLE.test(t) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw userError(`--${name} must be ${range} (got ${JSON.stringify(text)})`);
  }
  return n;
}

/** One of the allowed words, or a user error listing them. */
export function choiceOption<T extends string>(name: string, text: string | undefined, allowed: readonly T[], fallback: T): T {
  if (text === undefined) return fallback;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw userError(`--${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(text)})`);
}
