import { definePlugin, type Finding, type FindingSeverity, type PolicyRule } from '@rapport/plugin-sdk';
import { readsAsEnglish, severityArgSchema, spanAt } from '@rapport/plugin-rule-profanity/rule-kit';
import retextEquality from 'retext-equality';
import retextProfanities from 'retext-profanities';
import { GROOM_RULE, groomSense, groomWords, PRONOUN_RULES, pronounIsAboutUnspecifiedPerson } from './gendered-context.js';
import { ShardedChecker, type Message } from './sharded-checker.js';

export type ProfanitySureness = 0 | 1 | 2;

export interface InclusiveLanguageArgs {
  /** Rule ids not to report, as alex's `allow`: "he-she", "gals-man", "master", or a profane word such as "damn". */
  allow: string[];
  /** As alex's `profanitySureness`: 0 also reports words that are profane only in some uses, 2 only words that always are. */
  profanitySureness: ProfanitySureness;
  severity: FindingSeverity;
}

export const DEFAULT_INCLUSIVE_LANGUAGE_ARGS: InclusiveLanguageArgs = { allow: [], profanitySureness: 1, severity: 'medium' };

const EQUALITY_SOURCE = 'retext-equality';
const MAX_SUGGESTED_WORDS = 3;

// One checker per sureness, made on first use: setting one up lists and splits the plugins' phrases.
const checkers = new Map<ProfanitySureness, ShardedChecker>();

function checkerFor(sureness: ProfanitySureness): ShardedChecker {
  let checker = checkers.get(sureness);
  if (!checker) {
    checker = new ShardedChecker([
      { plugin: retextEquality, options: {} },
      { plugin: retextProfanities, options: { sureness } },
    ]);
    checkers.set(sureness, checker);
  }
  return checker;
}

function quoted(words: readonly string[]): string {
  const list = words.map((word) => `"${word}"`);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}` : list.join('');
}

function toFinding(text: string, message: Message, severity: FindingSeverity): Finding | null {
  const place = message.place && 'start' in message.place ? message.place : undefined;
  const start = place?.start.offset;
  const end = place?.end.offset;
  if (start === undefined || end === undefined || start >= end) return null;
  const actual = message.actual ?? text.slice(start, end);
  const expected = message.expected ?? [];
  if (message.source === EQUALITY_SOURCE) {
    return {
      severity,
      message: `"${actual}" may be insensitive.${message.note ? ` ${message.note}` : ''}`,
      spans: [spanAt(text, start, end)],
      suggestion: expected.length ? `Use ${quoted(expected.slice(0, MAX_SUGGESTED_WORDS))} instead of "${actual}".` : `Rephrase without "${actual}".`,
      labels: ['insensitive-language'],
    };
  }
  return {
    severity,
    message: `"${actual}" may be profane.`,
    spans: [spanAt(text, start, end)],
    suggestion: `Rephrase without "${actual}".`,
    labels: ['profanity'],
  };
}

/**
 * alex flags every gendered pronoun and every "groom"; only those about
 * unspecified people, and the bridegroom, are gendered language here (see
 * gendered-context.ts). "groom" beside children gets its own finding.
 */
function meantAsGendered(text: string, message: Message): boolean {
  const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
  if (start === undefined || !message.ruleId) return true;
  if (PRONOUN_RULES.has(message.ruleId)) return pronounIsAboutUnspecifiedPerson(text, start);
  if (message.ruleId === GROOM_RULE && /^groom/i.test(message.actual ?? '')) return groomSense(text, start) === 'wedding';
  return true;
}

/** Rule id of the "groom" beside children finding, for `allow`. */
export const CHILD_GROOMING_RULE = 'groom-children';

function childGroomingFindings(text: string, severity: FindingSeverity): Finding[] {
  return groomWords(text)
    .filter((word) => groomSense(text, word.start) === 'children')
    .map((word) => {
      const span = spanAt(text, word.start, word.end);
      return {
        severity,
        message: `"${span.text}" beside children reads as child grooming (preparing a child for abuse).`,
        spans: [span],
        suggestion: `Rephrase without "${span.text}", e.g. "haircuts for children" or "we style kids' hair".`,
        labels: ['insensitive-language'],
      };
    });
}

export const inclusiveLanguageRule: PolicyRule<InclusiveLanguageArgs> = {
  code: 'inclusive-language',
  description:
    'Flags gendered, ableist and otherwise insensitive wording and likely profanity in English text, with alternatives ("he or she" → "they", "chairman" → "chair"), as the alex linter does (retext-equality, retext-profanities). Text in another language is left alone.',
  appliesTo: ['post', 'reply'],
  argsSchema: {
    type: 'object',
    properties: {
      allow: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
        title: 'Allowed rule ids',
        description: 'Rule ids not to report, as in alex: "he-she", "gals-man", "master", or a profane word such as "damn".',
      },
      profanitySureness: {
        type: 'integer',
        enum: [0, 1, 2],
        default: DEFAULT_INCLUSIVE_LANGUAGE_ARGS.profanitySureness,
        title: 'Profanity sureness',
        description: '0: also words that are profane only in some uses ("execute"); 1: words that likely are ("damn"); 2: only words that always are.',
      },
      severity: severityArgSchema(DEFAULT_INCLUSIVE_LANGUAGE_ARGS.severity),
    },
    additionalProperties: false,
  },
  defaultArgs: DEFAULT_INCLUSIVE_LANGUAGE_ARGS,

  evaluate(text, _context, args) {
    const { allow, profanitySureness, severity } = { ...DEFAULT_INCLUSIVE_LANGUAGE_ARGS, ...args };
    // alex reads English: in Italian "alla" is not Allah, in Dutch "kunt" is "(you) can", in Portuguese "mama" is not a
    // gendered word. Swearing in any language is the profanity rule's.
    if (!readsAsEnglish(text)) return [];
    const messages = checkerFor(profanitySureness)
      .check(text)
      .filter((message) => !message.ruleId || !allow.includes(message.ruleId))
      .filter((message) => meantAsGendered(text, message))
      // Equality messages first: when both plugins flag a word ("idiot"), the one with alternatives is kept.
      .sort((a, b) => Number(b.source === EQUALITY_SOURCE) - Number(a.source === EQUALITY_SOURCE));
    const findings: Finding[] = [];
    const flagged = new Set<string>();
    for (const message of messages) {
      const finding = toFinding(text, message, severity);
      const where = finding && `${finding.spans[0].start}:${finding.spans[0].end}`;
      if (!finding || !where || flagged.has(where)) continue;
      flagged.add(where);
      findings.push(finding);
    }
    if (!allow.includes(CHILD_GROOMING_RULE)) findings.push(...childGroomingFindings(text, severity));
    return findings.sort((a, b) => a.spans[0].start - b.spans[0].start);
  },
};

export default definePlugin({
  name: '@rapport/plugin-rule-inclusive-language',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Policy rule "inclusive-language": insensitive wording and profanity in posts and replies, with alternatives (retext-equality, retext-profanities).',
  rules: [inclusiveLanguageRule],
});
