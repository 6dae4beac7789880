/**
 * Small helpers shared by Rapport's built-in policy rules (profanity, spam,
 * sentiment-and-criticism, inclusive-language), exported as
 * `@rapport/plugin-rule-profanity/rule-kit`. They belong in the SDK; they live
 * here until it has them.
 */
import { FINDING_SEVERITIES, type FindingSeverity, type JSONSchema, type TextSpan } from '@rapport/plugin-sdk';

/** The span of `text` from `start` (inclusive) to `end` (exclusive). */
export function spanAt(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** The spans of every match of `pattern`, which must be global and never match the empty string. */
export function spansMatching(text: string, pattern: RegExp): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(pattern)) spans.push(spanAt(text, match.index, match.index + match[0].length));
  return spans;
}

/** Spans ordered by position, without repeats of the same stretch. */
export function orderedUniqueSpans(spans: TextSpan[]): TextSpan[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return ordered.filter((span, index) => index === 0 || span.start !== ordered[index - 1].start || span.end !== ordered[index - 1].end);
}

// Lookarounds rather than \b: \b only knows ASCII letters, so it would split "café" or "naïve".
const WORD_CHARACTER = String.raw`[\p{L}\p{M}\p{N}_]`;
const NOT_AFTER_WORD = `(?<!${WORD_CHARACTER})`;
const NOT_BEFORE_WORD = `(?!${WORD_CHARACTER})`;

/**
 * A global, case-insensitive pattern matching any of `phrases` as whole
 * words; a space in a phrase matches any run of whitespace. Null for an
 * empty list.
 */
export function wholeWordsPattern(phrases: readonly string[]): RegExp | null {
  const alternatives = phrases
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase !== '')
    // Longest first, so "fuck off" wins over "fuck" when both are listed.
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.split(/\s+/).map(escapeRegExp).join(String.raw`\s+`));
  if (alternatives.length === 0) return null;
  return new RegExp(`${NOT_AFTER_WORD}(?:${alternatives.join('|')})${NOT_BEFORE_WORD}`, 'giu');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Wraps a compile step (a list arg into a pattern or a set) so it runs once
 * per list, not once per evaluation. The host passes the same arrays while a
 * policy is loaded, so lists are looked up by identity first; by content
 * otherwise, in a small cache that is emptied when full.
 */
export function memoizeByList<T>(compile: (list: readonly string[]) => T, maxEntries = 32): (list: readonly string[]) => T {
  const byIdentity = new WeakMap<readonly string[], T>();
  const byContent = new Map<string, T>();
  return (list) => {
    if (byIdentity.has(list)) return byIdentity.get(list) as T;
    const key = list.join('\u0000');
    if (!byContent.has(key)) {
      if (byContent.size >= maxEntries) byContent.clear();
      byContent.set(key, compile(list));
    }
    const compiled = byContent.get(key) as T;
    byIdentity.set(list, compiled);
    return compiled;
  };
}

/** The argsSchema property for a rule's `severity` argument. */
export function severityArgSchema(defaultSeverity: FindingSeverity): JSONSchema {
  return {
    type: 'string',
    enum: [...FINDING_SEVERITIES],
    default: defaultSeverity,
    title: 'Severity',
    description: 'Severity of the findings.',
  };
}
