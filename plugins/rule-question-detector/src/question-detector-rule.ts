import type { Finding, PolicyRule, TextSpan } from '@rapport/plugin-sdk';
import { LANGUAGES, LEAD_IN, PATTERNS, type Language, type LanguagePatterns } from './question-patterns.js';

export interface QuestionDetectorArgs {
  /** Languages whose question phrasing is recognised; a question mark counts in any language. */
  languages?: Language[];
  /** More regular expressions (case-insensitive, Unicode) that mark a sentence as a question, e.g. "\\bdispo\\b". */
  extraPatterns?: string[];
}

export interface ArgsProblem {
  field: string;
  message: string;
}

const DEFAULT_LANGUAGES: Language[] = ['en', 'fr'];
const EXTRA_PATTERN_FLAGS = 'iu';
const MAX_EXTRA_PATTERN_LENGTH = 200;

/**
 * A sentence: from a non-space character to its end punctuation (with any emoji
 * or closing quotes after it) before a space, to a line break, or to the end.
 * "€4.50" does not end a sentence: the dot is not followed by a space.
 */
const SENTENCE = /\S[^\n]*?(?:[.!?…]+[^\p{L}\p{N}\s]*(?=\s|$)|(?=\n)|$)/gu;
/** The sentence's last run of punctuation, ignoring emoji and quotes after it. */
const ENDING = /([.!?…]+)[^\p{L}\p{N}.!?…]*$/u;
const HAS_LETTER = /\p{L}/u;
const NOT_A_LETTER_AFTER = '(?![\\p{L}])';

interface Detectors {
  /** Question openings; group 1 is the opening itself, without greeting or clause start. */
  openings: RegExp | null;
  requests: RegExp | null;
  rhetorical: RegExp | null;
  answers: RegExp | null;
}

function compileDetectors(languages: readonly Language[]): Detectors {
  const patterns = LANGUAGES.filter((language) => languages.includes(language)).map((language) => PATTERNS[language]);
  if (patterns.length === 0) return { openings: null, requests: null, rhetorical: null, answers: null };
  const any = (key: keyof LanguagePatterns) => patterns.map((p) => p[key]).join('|');
  return {
    openings: new RegExp(`(?:^|[,;:–—]\\s*|\\s-\\s+)${LEAD_IN}(${any('openings')})${NOT_A_LETTER_AFTER}`, 'iu'),
    requests: new RegExp(`(?<![\\p{L}])(?:${any('requests')})`, 'iu'),
    rhetorical: new RegExp(`^${LEAD_IN}(?:${any('rhetorical')})${NOT_A_LETTER_AFTER}|(?:${any('rhetoricalTail')})[^\\p{L}\\p{N}]*$`, 'iu'),
    answers: new RegExp(`^(?:${any('answers')})${NOT_A_LETTER_AFTER}`, 'iu'),
  };
}

// Keyed by the arrays inside args, not the args object: the policy engine spreads
// args into a new object on every evaluation, but the arrays stay the same.
const detectorsByLanguages = new WeakMap<readonly Language[], Detectors>();
const extraByPatterns = new WeakMap<string[], RegExp[]>();

function detectorsFor(languages: readonly Language[]): Detectors {
  let detectors = detectorsByLanguages.get(languages);
  if (!detectors) {
    detectors = compileDetectors(languages);
    detectorsByLanguages.set(languages, detectors);
  }
  return detectors;
}

function compileExtraPattern(source: unknown): RegExp | Error {
  if (typeof source !== 'string' || source === '') return new Error('must be a non-empty text');
  if (source.length > MAX_EXTRA_PATTERN_LENGTH) return new Error(`is longer than ${MAX_EXTRA_PATTERN_LENGTH} characters`);
  try {
    return new RegExp(source, EXTRA_PATTERN_FLAGS);
  } catch (error) {
    return new Error(`is not a valid regular expression: ${(error as Error).message}`);
  }
}

/** The extra patterns that compile; validateQuestionDetectorArgs reports the others when the policy is saved. */
function extraFor(patterns: string[] | undefined): RegExp[] {
  if (!Array.isArray(patterns) || patterns.length === 0) return [];
  let compiled = extraByPatterns.get(patterns);
  if (!compiled) {
    compiled = patterns.map(compileExtraPattern).filter((result): result is RegExp => result instanceof RegExp);
    extraByPatterns.set(patterns, compiled);
  }
  return compiled;
}

/** Checks that every extra pattern compiles; each problem names its field (`extraPatterns.1`). */
export function validateQuestionDetectorArgs(args: unknown): ArgsProblem[] {
  const patterns = (args as QuestionDetectorArgs | null | undefined)?.extraPatterns;
  if (patterns === undefined) return [];
  if (!Array.isArray(patterns)) return [{ field: 'extraPatterns', message: 'must be a list of regular expressions' }];
  return patterns.flatMap((source, index) => {
    const compiled = compileExtraPattern(source);
    return compiled instanceof Error ? [{ field: `extraPatterns.${index}`, message: compiled.message }] : [];
  });
}

/** What gives the question away: its question mark, or the phrase that asks. */
function questionCue(sentence: string, detectors: Detectors, extra: RegExp[]): string | undefined {
  if (!HAS_LETTER.test(sentence) || detectors.rhetorical?.test(sentence)) return undefined;
  const ending = ENDING.exec(sentence)?.[1] ?? '';
  const asks = ending.includes('?');
  const exclaims = ending.includes('!');
  if (asks && !exclaims) return 'question mark';
  const request = detectors.requests?.exec(sentence)?.[0] ?? extra.find((pattern) => pattern.test(sentence))?.exec(sentence)?.[0];
  if (request) return `"${request}"`;
  // "Have you ever seen a happier dog!" exclaims; "?!" may still ask ("why is nobody answering?!").
  if (exclaims && !asks) return undefined;
  const opening = detectors.openings?.exec(sentence)?.[1];
  return opening ? `"${opening}"` : undefined;
}

function toFinding(span: TextSpan, cue: string): Finding {
  return {
    severity: 'info',
    message: `Asks a question (${cue}): it awaits an answer.`,
    spans: [span],
    labels: ['question'],
  };
}

export const questionDetectorRule: PolicyRule<QuestionDetectorArgs> = {
  code: 'question-detector',
  description:
    'Marks inbound messages and reviews that ask something (a question mark, "do you deliver to Lyon", "please let me know", "est-ce que", "pouvez-vous"), so Rapport counts them as awaiting an answer. Rhetorical questions and exclamations are left alone.',
  appliesTo: ['inbound_message', 'review'],
  argsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      languages: {
        type: 'array',
        items: { type: 'string', enum: [...LANGUAGES] },
        uniqueItems: true,
        default: DEFAULT_LANGUAGES,
        title: 'Languages of question phrasing',
      },
      extraPatterns: {
        type: 'array',
        items: { type: 'string', minLength: 1, maxLength: MAX_EXTRA_PATTERN_LENGTH },
        default: [],
        title: 'More question patterns (regular expressions)',
      },
    },
  },
  defaultArgs: { languages: DEFAULT_LANGUAGES, extraPatterns: [] },
  validateArgs: validateQuestionDetectorArgs,

  evaluate(text, _context, args) {
    const detectors = detectorsFor(Array.isArray(args?.languages) ? args.languages : DEFAULT_LANGUAGES);
    const extra = extraFor(args?.extraPatterns);
    const findings: Finding[] = [];
    // A question is kept once the next sentence shows it was not answered by its own author ("Worth it? Absolutely!").
    let pending: Finding | undefined;
    for (const match of text.matchAll(SENTENCE)) {
      const sentence = match[0].trimEnd();
      if (pending && !detectors.answers?.test(sentence)) findings.push(pending);
      const cue = questionCue(sentence, detectors, extra);
      pending = cue ? toFinding({ start: match.index, end: match.index + sentence.length, text: sentence }, cue) : undefined;
    }
    if (pending) findings.push(pending);
    return findings;
  },
};
