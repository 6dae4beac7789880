import type { TextSpan } from '@rapport/plugin-sdk';

/**
 * Every non-empty match of `regex` in `text`, as spans. `regex` needs the `g`
 * flag. Empty matches are dropped: a span must cover at least one character.
 */
export function findSpans(text: string, regex: RegExp): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(regex)) {
    if (match[0] !== '') spans.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return spans;
}

/** A letter, mark, digit or underscore in any script: what a whole word is made of. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';

/**
 * Regex source matching `phrase` as whole words (Unicode-aware, so "café" is not
 * found inside "cafés"), with any run of whitespace where the phrase has one.
 * Compile it with the `u` flag.
 */
export function phrasePattern(phrase: string): string {
  const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return `(?<!${WORD_CHAR})${escaped}(?!${WORD_CHAR})`;
}
