import { definePlugin, type Finding, type FindingSeverity, type PolicyRule } from '@rapport/plugin-sdk';
import { severityArgSchema, spanAt } from '@rapport/plugin-rule-profanity/rule-kit';
import retextEquality from 'retext-equality';
import retextProfanities from 'retext-profanities';
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

export const inclusiveLanguageRule: PolicyRule<InclusiveLanguageArgs> = {
  code: 'inclusive-language',
  description:
    'Flags gendered, ableist and otherwise insensitive wording and likely profanity, with alternatives ("he or she" → "they", "chairman" → "chair"), as the alex linter does (retext-equality, retext-profanities).',
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
    const messages = checkerFor(profanitySureness)
      .check(text)
      .filter((message) => !message.ruleId || !allow.includes(message.ruleId))
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
