/** Longer patterns are refused: a banned-term pattern has no reason to be an essay. */
export const MAX_PATTERN_LENGTH = 200;

export type CompiledPattern = { regex: RegExp; problem?: undefined } | { regex?: undefined; problem: string };

/**
 * Compiles an admin-written pattern, or says why it is refused: too long, not a
 * valid regular expression, or shaped for catastrophic backtracking. The
 * problem reads after the field name ("terms.2.term is not a valid ...").
 */
export function compileUserPattern(source: string, flags: string): CompiledPattern {
  if (source.length > MAX_PATTERN_LENGTH) return { problem: `is longer than ${MAX_PATTERN_LENGTH} characters` };
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (error) {
    return { problem: `is not a valid regular expression: ${(error as Error).message}` };
  }
  if (hasNestedQuantifier(source)) {
    return { problem: 'repeats a group that itself repeats, like (a+)+, which can take exponentially long to match; rewrite it without the nested repetition' };
  }
  return { regex };
}

const QUANTIFIER_BRACES = /\{\d+(?:,\d*)?\}/y;

/** Length of the repeating quantifier (`*`, `+`, `{n}`, `{n,m}`) at `index`, 0 when there is none. `?` only makes optional. */
function quantifierLength(source: string, index: number): number {
  const char = source[index];
  if (char === '*' || char === '+') return 1;
  if (char !== '{') return 0;
  QUANTIFIER_BRACES.lastIndex = index;
  return QUANTIFIER_BRACES.exec(source)?.[0].length ?? 0;
}

/**
 * Whether a repeated group contains a repetition, like `(a+)+` or `(\w*x){2,}`:
 * the shape that makes backtracking engines explode on near-misses. A scan, not
 * a parse: escapes and character classes are skipped, groups are tracked.
 */
export function hasNestedQuantifier(source: string): boolean {
  // For each open group: whether something inside it repeats.
  const openGroups: boolean[] = [];
  const markRepetition = () => {
    if (openGroups.length > 0) openGroups[openGroups.length - 1] = true;
  };
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (char === '\\') {
      index = skipEscape(source, index);
    } else if (char === '[') {
      index = skipCharacterClass(source, index);
    } else if (char === '(') {
      openGroups.push(false);
      index = skipGroupPrefix(source, index + 1);
    } else if (char === ')') {
      const innerRepeats = openGroups.pop() ?? false;
      const length = quantifierLength(source, index + 1);
      if (innerRepeats && length > 0) return true;
      if (innerRepeats || length > 0) markRepetition();
      index += 1 + length;
    } else {
      const length = quantifierLength(source, index);
      if (length > 0) markRepetition();
      index += Math.max(length, 1);
    }
  }
  return false;
}

/** Index after an escape; `\p{..}`, `\u{..}` and `\k<..>` are skipped whole so their braces are not read as quantifiers. */
function skipEscape(source: string, index: number): number {
  const kind = source[index + 1];
  const opener = source[index + 2];
  if ((kind === 'p' || kind === 'P' || kind === 'u') && opener === '{') return closingIndex(source, index + 3, '}');
  if (kind === 'k' && opener === '<') return closingIndex(source, index + 3, '>');
  return index + 2;
}

function skipCharacterClass(source: string, index: number): number {
  let cursor = index + 1;
  while (cursor < source.length && source[cursor] !== ']') cursor += source[cursor] === '\\' ? 2 : 1;
  return cursor + 1;
}

/** Index after `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` or `(?<name>`, so their `?` is not read as a quantifier. */
function skipGroupPrefix(source: string, index: number): number {
  if (source[index] !== '?') return index;
  const next = source[index + 1];
  if (next !== '<') return index + 2;
  const afterAngle = source[index + 2];
  return afterAngle === '=' || afterAngle === '!' ? index + 3 : closingIndex(source, index + 2, '>');
}

function closingIndex(source: string, from: number, closer: string): number {
  const found = source.indexOf(closer, from);
  return found === -1 ? source.length : found + 1;
}
