import { UserInputError } from './errors.js';

/** A UTF-16 surrogate without its partner: not a character, and not valid UTF-8 once encoded. */
const LONE_SURROGATE = /\p{Cs}/u;
const UNSTORABLE = /[\u0000\p{Cs}]/u;
const EVERY_UNSTORABLE = new RegExp(UNSTORABLE.source, 'gu');

function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain NUL characters (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text (it contains an unpaired surrogate)';
  return null;
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/**
 * Refuses text PostgreSQL cannot store (it rejects NUL in text and JSON, and
 * lone surrogates do not survive UTF-8), anywhere in an argument: strings,
 * lists, input objects and JSON values, keys included. The error names the
 * field by its path, e.g. `rules.0.args.terms.1`.
 */
export function assertStorableText(value: unknown, path: string): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw UserInputError.forField(path, problem);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => assertStorableText(item, join(path, index)));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) throw UserInputError.forField(join(path, '(key)'), keyProblem);
      assertStorableText(item, join(path, key));
    }
  }
}

/**
 * What a network sent, made storable without losing it: every string (keys included) with NUL and lone surrogates
 * replaced by U+FFFD, the replacement character. Text from outside is not refused for them (the customer wrote it);
 * PostgreSQL refuses both in text and JSON, so a delivery carrying one would otherwise never be stored.
 */
export function storable<T>(value: T): T {
  if (typeof value === 'string') return (UNSTORABLE.test(value) ? value.replace(EVERY_UNSTORABLE, '\ufffd') : value) as T;
  if (Array.isArray(value)) return value.map((item) => storable(item)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [storable(key), storable(item)])) as T;
  }
  return value;
}
