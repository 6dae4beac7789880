import { FINDING_SEVERITIES, type Finding, type FindingSeverity, type PolicyRule } from '@rapport/plugin-sdk';
import { compileUserPattern, MAX_PATTERN_LENGTH } from './regex-safety.js';
import { findSpans, phrasePattern } from './spans.js';

export interface BannedTerm {
  /** A word or phrase (matched as whole words), or a regular expression when `regex` is set. */
  term: string;
  regex?: boolean;
  caseSensitive?: boolean;
  /** Why it is banned; shown in the finding. */
  reason?: string;
  /** What to write instead. */
  suggestion?: string;
  severity?: FindingSeverity;
}

export interface BannedTermsArgs {
  terms: BannedTerm[];
}

export interface ArgsProblem {
  /** Dotted path inside args, e.g. `terms.2.term`. */
  field: string;
  message: string;
}

const DEFAULT_SEVERITY: FindingSeverity = 'medium';
const DEFAULT_SUGGESTION = 'Rephrase without it.';

interface CompiledTerm {
  term: BannedTerm;
  pattern: RegExp;
}

function flagsOf(term: BannedTerm): string {
  return term.caseSensitive ? 'gu' : 'giu';
}

/** The term's pattern, or undefined when it is malformed or unsafe (validateBannedTermsArgs reports why). */
function compileTerm(term: BannedTerm): RegExp | undefined {
  if (typeof term?.term !== 'string' || term.term.trim() === '') return undefined;
  if (!term.regex) return new RegExp(phrasePattern(term.term), flagsOf(term));
  return compileUserPattern(term.term, flagsOf(term)).regex;
}

// Keyed by the terms array, not the args object: the policy engine spreads args
// into a new object on every evaluation, but the array inside stays the same.
const compiledByTerms = new WeakMap<BannedTerm[], CompiledTerm[]>();

function compiledTerms(terms: BannedTerm[]): CompiledTerm[] {
  let compiled = compiledByTerms.get(terms);
  if (!compiled) {
    compiled = terms.flatMap((term) => {
      const pattern = compileTerm(term);
      return pattern ? [{ term, pattern }] : [];
    });
    compiledByTerms.set(terms, compiled);
  }
  return compiled;
}

/**
 * Checks what the JSON Schema cannot: that every regex term compiles (with the
 * flags evaluate uses), is at most 200 characters and has no nested repetition
 * like (a+)+. Each problem names its field (`terms.2.term`).
 */
export function validateBannedTermsArgs(args: unknown): ArgsProblem[] {
  const terms = (args as Partial<BannedTermsArgs> | null | undefined)?.terms;
  if (!Array.isArray(terms)) return [{ field: 'terms', message: 'must be a list of terms' }];
  const problems: ArgsProblem[] = [];
  terms.forEach((term: BannedTerm, index) => {
    const field = `terms.${index}.term`;
    if (typeof term?.term !== 'string' || term.term.trim() === '') {
      problems.push({ field, message: 'must be a non-empty text' });
      return;
    }
    const problem = term.regex ? compileUserPattern(term.term, flagsOf(term)).problem : undefined;
    if (problem) problems.push({ field, message: problem });
  });
  return problems;
}

function severityOf(term: BannedTerm): FindingSeverity {
  return term.severity && FINDING_SEVERITIES.includes(term.severity) ? term.severity : DEFAULT_SEVERITY;
}

const SEVERITY_SCHEMA = { type: 'string', enum: [...FINDING_SEVERITIES], default: DEFAULT_SEVERITY };

export const bannedTermsRule: PolicyRule<BannedTermsArgs> = {
  code: 'banned-terms',
  description:
    "Flags the workspace's own banned words and patterns (competitor names, legal no-go words) in posts, replies, messages and reviews. Plain terms match whole words in any script; regex terms are checked when the policy is saved.",
  appliesTo: ['post', 'reply', 'inbound_message', 'review'],
  argsSchema: {
    type: 'object',
    required: ['terms'],
    additionalProperties: false,
    properties: {
      terms: {
        type: 'array',
        title: 'Banned terms',
        items: {
          type: 'object',
          required: ['term'],
          additionalProperties: false,
          properties: {
            term: { type: 'string', minLength: 1, title: 'Word, phrase or regular expression' },
            regex: { type: 'boolean', default: false, title: `Regular expression (at most ${MAX_PATTERN_LENGTH} characters)` },
            caseSensitive: { type: 'boolean', default: false },
            reason: { type: 'string', title: 'Why it is banned' },
            suggestion: { type: 'string', title: 'What to write instead' },
            severity: SEVERITY_SCHEMA,
          },
        },
      },
    },
  },
  defaultArgs: { terms: [] },
  validateArgs: validateBannedTermsArgs,

  evaluate(text, _context, args) {
    const terms = args?.terms;
    if (!Array.isArray(terms) || terms.length === 0) return [];
    const findings: Finding[] = [];
    for (const { term, pattern } of compiledTerms(terms)) {
      const spans = findSpans(text, pattern);
      if (spans.length === 0) continue;
      findings.push({
        severity: severityOf(term),
        message: `"${spans[0].text}" is on the banned list${term.reason ? `: ${term.reason}` : '.'}`,
        spans,
        suggestion: term.suggestion || DEFAULT_SUGGESTION,
        labels: ['banned-term'],
      });
    }
    return findings;
  },
};
