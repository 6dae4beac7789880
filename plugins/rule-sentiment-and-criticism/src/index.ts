import { createRequire } from 'node:module';
import { definePlugin, type Finding, type PolicyRule, type RuleTarget, type TextSpan } from '@rapport/plugin-sdk';
import { orderedUniqueSpans, readsAsEnglish, spanAt } from '@rapport/plugin-rule-profanity/rule-kit';
import Sentiment from 'sentiment';
import { abuseSpans, DEFAULT_ABUSE_TERMS, DEFAULT_DIRECTED_INSULTS } from './abuse.js';

export { abuseSpans, DEFAULT_ABUSE_TERMS, DEFAULT_DIRECTED_INSULTS } from './abuse.js';

/** What counts as abuse, for both rules of the plugin. */
export interface AbuseArgs {
  /** Insults, threats and dismissals, abusive wherever they appear; matched case-insensitively as whole words or phrases. */
  abuseTerms: string[];
  /** Words abusive when aimed at the reader: "you are a liar", "you're pathetic", "you clown!". */
  directedInsults: string[];
}

export interface SentimentAndCriticismArgs extends AbuseArgs {
  /** Text whose AFINN-165 score (the sum of its words' scores, from -5 to +5 each) is at or below this is criticism. */
  criticismThreshold: number;
}

export const DEFAULT_ABUSE_ARGS: AbuseArgs = {
  abuseTerms: [...DEFAULT_ABUSE_TERMS],
  directedInsults: [...DEFAULT_DIRECTED_INSULTS],
};

export const DEFAULT_SENTIMENT_AND_CRITICISM_ARGS: SentimentAndCriticismArgs = {
  criticismThreshold: -2,
  ...DEFAULT_ABUSE_ARGS,
};

/**
 * sentiment's English negation flips a word only right after "not", "don't"
 * and a few others, so "not too bad" and "wasn't terrible" scored as
 * negative. Our language reaches two words back, knows more negators and
 * stops at clause punctuation.
 */
const NEGATORS = new Set([
  'not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'cannot', 'non',
  ...["can't", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't", "shouldn't", "couldn't", "haven't", "hasn't", "hadn't", "ain't"]
    .flatMap((word) => [word, word.replace("'", '')]),
]);
const NEGATION_REACH = 2; // "not bad", "not too bad", "never been disappointed"
const CLAUSE_END = '|';

function negatorBefore(tokens: readonly string[], cursor: number): number {
  for (let index = cursor - 1; index >= 0 && index >= cursor - NEGATION_REACH; index--) {
    if (tokens[index] === CLAUSE_END) return -1;
    if (NEGATORS.has(tokens[index])) return index;
  }
  return -1;
}

const LANGUAGE = 'rapport-en';
const afinn = createRequire(import.meta.url)('sentiment/languages/en/labels.json') as Record<string, number>;
// A negator carries no sentiment of its own: "no problem" is not negative twice.
const wordScores = Object.fromEntries(Object.entries(afinn).filter(([word]) => !NEGATORS.has(word)));
const scoringStrategy = {
  apply: (tokens: string[], cursor: number, tokenScore: number) => (negatorBefore(tokens, cursor) === -1 ? tokenScore : -tokenScore),
};
const analyzer = new Sentiment();
analyzer.registerLanguage(LANGUAGE, { labels: wordScores, scoringStrategy });

/**
 * Words (inner apostrophes and hyphens kept, as sentiment does), emoji, and
 * clause punctuation. Tokenising here rather than in sentiment keeps each
 * token's position, for the spans, and the punctuation that ends a negation.
 */
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\p{Extended_Pictographic}|[.,;:!?]+/gu;

interface Token {
  /** What sentiment looks up: lower case, straight apostrophes, CLAUSE_END for punctuation. */
  key: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const key = /^[.,;:!?]/.test(match[0]) ? CLAUSE_END : match[0].toLowerCase().replaceAll('’', "'");
    tokens.push({ key, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The negative words, each with the negator that turned it negative ("not good"). */
function negativeSpans(text: string, tokens: Token[], keys: string[]): TextSpan[] {
  const spans: TextSpan[] = [];
  keys.forEach((key, index) => {
    if (!Object.hasOwn(wordScores, key) || scoringStrategy.apply(keys, index, wordScores[key]) >= 0) return;
    const negator = negatorBefore(keys, index);
    spans.push(spanAt(text, tokens[negator === -1 ? index : negator].start, tokens[index].end));
  });
  return spans;
}

const OUTBOUND_TARGETS: ReadonlySet<RuleTarget> = new Set(['post', 'reply']);

function wording(score: number, criticism: boolean, abuse: TextSpan[], target: RuleTarget): Pick<Finding, 'message' | 'suggestion'> {
  const abuseList = abuse.map((span) => `"${span.text}"`).join(', ');
  const message = !abuse.length
    ? `Negative in tone (sentiment score ${score}): criticism.`
    : criticism
      ? `Criticism with abusive language (sentiment score ${score}): ${abuseList}.`
      : `Abusive language: ${abuseList}.`;
  if (OUTBOUND_TARGETS.has(target)) {
    return { message, suggestion: abuse.length ? 'Remove the insults or threats.' : 'Check the tone: this reads as negative.' };
  }
  return {
    message,
    suggestion: abuse.length
      ? 'Hide or escalate it: it insults or threatens people. Answer any complaint in it separately.'
      : 'Escalate it to a person and answer it: honest criticism should not be hidden.',
  };
}

const abuseArgsSchema = {
  abuseTerms: {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    default: DEFAULT_ABUSE_ARGS.abuseTerms,
    title: 'Abuse terms',
    description: 'Insults, threats and dismissals ("shut up", "go to hell"), abusive wherever they appear; matched as whole words or phrases. Slurs and insulting profanity are always caught, obscured spellings included.',
  },
  directedInsults: {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    default: DEFAULT_ABUSE_ARGS.directedInsults,
    title: 'Insults when aimed at someone',
    description: 'Words abusive only when aimed at the reader: "you are a liar", "you guys are pathetic", "you clown!" (plurals too), but not "our clowns" or "a pathetic turnout".',
  },
} as const;

export const sentimentAndCriticismRule: PolicyRule<SentimentAndCriticismArgs> = {
  code: 'sentiment-and-criticism',
  description:
    'Labels negative English text "criticism" (AFINN-165 sentiment with negation handling) and insults, slurs or threats "abuse", so honest complaints are escalated to a person instead of hidden. AFINN is English: text in another language gets no criticism label from it (the triage model reads seven languages).',
  appliesTo: ['inbound_message', 'review', 'reply', 'post'],
  argsSchema: {
    type: 'object',
    properties: {
      criticismThreshold: {
        type: 'integer',
        maximum: -1,
        default: DEFAULT_SENTIMENT_AND_CRITICISM_ARGS.criticismThreshold,
        title: 'Criticism threshold',
        description:
          'Text whose sentiment score (the sum of its words’ AFINN-165 scores, each from -5 to +5, negated after "not", "never", ...) is at or below this is criticism. -2: one clearly negative word ("disappointed") is enough.',
      },
      ...abuseArgsSchema,
    },
    additionalProperties: false,
  },
  defaultArgs: DEFAULT_SENTIMENT_AND_CRITICISM_ARGS,

  evaluate(text, context, args) {
    const { criticismThreshold, abuseTerms, directedInsults } = { ...DEFAULT_SENTIMENT_AND_CRITICISM_ARGS, ...args };
    const tokens = tokenize(text);
    const keys = tokens.map((token) => token.key);
    // Keys hold none of the characters sentiment splits on, so it reads back exactly these tokens.
    const { score } = analyzer.analyze(keys.join(' '), { language: LANGUAGE });
    // AFINN is English: Spanish "sin" (without) and German "Die" (the) are not sin and death.
    const criticism = score <= criticismThreshold && readsAsEnglish(text);
    const abuse = abuseSpans(text, abuseTerms, directedInsults);
    if (!criticism && abuse.length === 0) return [];
    return [
      {
        severity: abuse.length ? 'high' : 'medium',
        ...wording(score, criticism, abuse, context.target),
        spans: orderedUniqueSpans([...(criticism ? negativeSpans(text, tokens, keys) : []), ...abuse]),
        labels: [...(criticism ? ['criticism'] : []), ...(abuse.length ? ['abuse'] : [])],
      },
    ];
  },
};

/**
 * Abuse alone, for outbound checks: an agent's reply or a post that insults,
 * threatens or dismisses people is blocked, while a reply that merely
 * mentions a problem ("sorry your order was late") is not, as it would be
 * with sentiment-and-criticism's criticism label.
 */
export const abuseRule: PolicyRule<AbuseArgs> = {
  code: 'abuse',
  description: 'Flags insults, threats, slurs and hostile dismissals aimed at people ("you are a liar", "shut up", "go to hell"), labelled "abuse"; criticism of a thing is not abuse.',
  appliesTo: ['post', 'reply', 'inbound_message', 'review'],
  argsSchema: { type: 'object', properties: { ...abuseArgsSchema }, additionalProperties: false },
  defaultArgs: DEFAULT_ABUSE_ARGS,

  evaluate(text, context, args) {
    const { abuseTerms, directedInsults } = { ...DEFAULT_ABUSE_ARGS, ...args };
    const abuse = orderedUniqueSpans(abuseSpans(text, abuseTerms, directedInsults));
    if (abuse.length === 0) return [];
    return [{ severity: 'high', ...wording(0, false, abuse, context.target), spans: abuse, labels: ['abuse'] }];
  },
};

export default definePlugin({
  name: '@rapport/plugin-rule-sentiment-and-criticism',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Policy rules "sentiment-and-criticism" (criticism and abuse labels for routing inbound messages and reviews, sentiment AFINN-165) and "abuse" (abuse alone, e.g. to block abusive replies).',
  rules: [sentimentAndCriticismRule, abuseRule],
});
