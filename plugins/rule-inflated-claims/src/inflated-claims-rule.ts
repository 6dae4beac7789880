import { FINDING_SEVERITIES, type Finding, type FindingSeverity, type PolicyRule, type TextSpan } from '@rapport/plugin-sdk';
import { CLAIM_KINDS, NEGATED_BEFORE, NEGATION_WINDOW, SOURCE_CITED, type ClaimKindInfo } from './claim-patterns.js';

export interface InflatedClaimsArgs {
  /** More phrases to flag, matched as whole words, case-insensitively. */
  extraPhrases?: string[];
  /** Phrases that are fine for this brand (a product called "Miracle Mane"): claims inside them are not flagged. */
  ignorePhrases?: string[];
  severity?: FindingSeverity;
}

const DEFAULT_SEVERITY: FindingSeverity = 'medium';
const CUSTOM_SUGGESTION = "Say what you can prove, e.g. 'rated 4.8/5 by 1,200 customers'.";

const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}_])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{M}\\p{N}_])';

/** One capturing group per claim kind, in CLAIM_KINDS order: the group that matched says the kind. */
const CLAIMS = new RegExp(`${WORD_EDGE_BEFORE}(?:${CLAIM_KINDS.map((info) => `(${info.pattern})`).join('|')})${WORD_EDGE_AFTER}`, 'giu');

// Same as phrasePattern in @rapport/plugin-rule-banned-terms (to move into the SDK): a phrase as whole words, any whitespace.
const phrasePattern = (phrase: string) => `${WORD_EDGE_BEFORE}${phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}${WORD_EDGE_AFTER}`;
const spanOf = (match: RegExpExecArray): TextSpan => ({ start: match.index, end: match.index + match[0].length, text: match[0] });

// Keyed by the phrase arrays, not the args object: the policy engine spreads args
// into a new object on every evaluation, but the arrays inside stay the same.
const phraseRegexByList = new WeakMap<string[], RegExp | null>();

/** One regex for a list of phrases, compiled once per list; null when the list has none. */
function phraseRegex(phrases: string[] | undefined): RegExp | null {
  if (!Array.isArray(phrases)) return null;
  let regex = phraseRegexByList.get(phrases);
  if (regex === undefined) {
    const sources = phrases.filter((phrase) => typeof phrase === 'string' && phrase.trim() !== '').map(phrasePattern);
    regex = sources.length > 0 ? new RegExp(sources.join('|'), 'giu') : null;
    phraseRegexByList.set(phrases, regex);
  }
  return regex;
}

interface Claim {
  span: TextSpan;
  info?: ClaimKindInfo;
}

function isNegated(text: string, start: number): boolean {
  return NEGATED_BEFORE.test(text.slice(Math.max(0, start - NEGATION_WINDOW), start));
}

const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;

function findBuiltInClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  let sourceCited: boolean | undefined;
  for (const match of text.matchAll(CLAIMS)) {
    const info = CLAIM_KINDS[match.findIndex((group, index) => index > 0 && group !== undefined) - 1];
    if (isNegated(text, match.index)) continue;
    if (info.kind === 'unsourced-proof' && (sourceCited ??= SOURCE_CITED.test(text))) continue;
    claims.push({ span: spanOf(match), info });
  }
  return claims;
}

function toFinding({ span, info }: Claim, severity: FindingSeverity): Finding {
  return {
    severity,
    message: info ? info.message(span.text) : `"${span.text}" is on your list of claims to avoid.`,
    spans: [span],
    suggestion: info ? info.suggestion : CUSTOM_SUGGESTION,
    labels: ['inflated-claim', info ? info.kind : 'custom'],
  };
}

export const inflatedClaimsRule: PolicyRule<InflatedClaimsArgs> = {
  code: 'inflated-claims',
  description:
    'Flags superlatives, rankings, guarantees, cure or miracle claims and unsourced "clinically proven" in posts and replies: the claims that get brands in trouble. Each finding suggests a checkable alternative.',
  appliesTo: ['post', 'reply'],
  argsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      extraPhrases: { type: 'array', items: { type: 'string', minLength: 1 }, default: [], title: 'More phrases to flag' },
      ignorePhrases: { type: 'array', items: { type: 'string', minLength: 1 }, default: [], title: 'Phrases that are fine for this brand' },
      severity: { type: 'string', enum: [...FINDING_SEVERITIES], default: DEFAULT_SEVERITY },
    },
  },
  defaultArgs: { extraPhrases: [], ignorePhrases: [], severity: DEFAULT_SEVERITY },

  evaluate(text, _context, args) {
    const claims = findBuiltInClaims(text);
    const extra = phraseRegex(args?.extraPhrases);
    if (extra) {
      for (const match of text.matchAll(extra)) {
        const span = spanOf(match);
        if (!claims.some((claim) => overlaps(claim.span, span))) claims.push({ span });
      }
    }
    if (claims.length === 0) return [];
    const ignore = phraseRegex(args?.ignorePhrases);
    const ignored = ignore ? Array.from(text.matchAll(ignore), spanOf) : [];
    const severity = args?.severity && FINDING_SEVERITIES.includes(args.severity) ? args.severity : DEFAULT_SEVERITY;
    return claims
      .filter((claim) => !ignored.some((span) => overlaps(claim.span, span)))
      .sort((a, b) => a.span.start - b.span.start)
      .map((claim) => toFinding(claim, severity));
  },
};
