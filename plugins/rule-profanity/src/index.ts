import { definePlugin, type FindingSeverity, type PolicyRule, type TextSpan } from '@rapport/plugin-sdk';
import { englishDataset, englishRecommendedTransformers } from 'obscenity';
import { GatedRegExpMatcher } from './gated-matcher.js';
import { memoizeByList, readsAsEnglish, rememberingLastText, severityArgSchema, spanAt } from './rule-kit.js';

export interface ProfanityArgs {
  /** Words never flagged, compared case-insensitively with the whole word around a match and with the listed word it matched. */
  allowList: string[];
  severity: FindingSeverity;
}

export interface ProfanityMatch {
  span: TextSpan;
  /** The word of obscenity's English list that matched, e.g. "fuck" for "f*ck" or "f u c k". */
  word: string;
}

// Built once: compiling the dataset's patterns is the expensive part of obscenity.
const matcher = new GatedRegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

/**
 * Single characters typed apart to get past filters ("f u c k", "s.h.i.t"):
 * obscenity's recommended transformers leave separators alone (skipping them
 * caused false positives across real words), so such runs are matched
 * separately with their separators taken out.
 */
const SPACED_OUT_RUN = /(?<![\p{L}\p{N}])[\p{L}\p{N}$@](?:[\s._-]{1,2}[\p{L}\p{N}$@](?![\p{L}\p{N}])){2,}/gu;
const SEPARATOR = /[\s._-]/;
const WORD_CHARACTER = /[\p{L}\p{N}$@*]/u;
/** A number is not a word: obscenity reads digits as letters ("4455" as "aass"), which flagged ports, prices and phone numbers. */
const NUMBER = /^[\p{N}\s._-]+$/u;

/**
 * obscenity's list is English. In text that reads as another language, its words that are everyday words there are
 * not profanity: French "retard" (a delay) and "râpé" (grated), Spanish, Italian and Portuguese "negro" (black), German
 * and French "Abo" (a subscription), German "dick" (thick), Spanish and Italian "bestial" (terrific).
 */
const FALSE_FRIENDS = new Set(['retard', 'negro', 'abo', 'dick', 'rape', 'bestiality']);
/**
 * Listed words that sit inside everyday words of those languages ("Kanal", "artesanal", "assez", "fagioli",
 * "arselle", "cumpleaños", "titolo", "scatola", "pissenlit"): there they count only as a word of their own, or with an
 * English ending ("asshole", "cocks"). The others ("fuck", "shit", "bitch"...) are English loanwords in every language
 * and count inside any word ("motherfucker", "Scheißshitstorm").
 */
const INSIDE_OTHER_WORDS = new Set(['anal', 'anus', 'arse', 'ass', 'boob', 'cock', 'cum', 'fag', 'piss', 'scat', 'semen', 'sex', 'tit']);
const ENGLISH_ENDING = /^(?:s|es|ed|er|ers|ing|in|y|ie|ies|head|heads|hole|holes|face|faces|bag|bags|wipe|wipes)?$/;

/** Whether a match is profanity in text that does not read as English (see FALSE_FRIENDS, INSIDE_OTHER_WORDS). */
function profaneInOtherLanguage(text: string, term: FoundTerm): boolean {
  if (FALSE_FRIENDS.has(term.word)) return false;
  if (!INSIDE_OTHER_WORDS.has(term.word)) return true;
  // Spelt out as letters: "Pañal" and "Kanal" are not "anal" + an ending, "a55hole" is "ass" + "hole".
  const word = enclosingWord(text, term).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[013457@$]/g, (digit) => LEET[digit]);
  return word.startsWith(term.word) && ENGLISH_ENDING.test(word.slice(term.word.length));
}
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

// Two built-in rules ask for a text's profanity.
const rememberedProfanity = rememberingLastText(matchProfanity);

/** Every profanity in `text` (obscured, leetspeak and spaced-out spellings included), in order of position. */
export function findProfanity(text: string): ProfanityMatch[] {
  // Copies: the remembered answer must not change with what callers do to theirs.
  return rememberedProfanity(text).map(({ span, word }) => ({ span: { ...span }, word }));
}

function matchProfanity(text: string): ProfanityMatch[] {
  const found = termsIn(text, (index) => index);
  for (const run of text.matchAll(SPACED_OUT_RUN)) {
    const offsets: number[] = [];
    let joined = '';
    for (let index = 0; index < run[0].length; index++) {
      if (SEPARATOR.test(run[0][index])) continue;
      joined += run[0][index];
      offsets.push(run.index + index);
    }
    found.push(...termsIn(joined, (index) => offsets[index]));
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  const terms = found
    // obscenity reports one match per pattern, so the same stretch can come back twice.
    .filter((term, index) => index === 0 || term.start !== found[index - 1].start || term.end !== found[index - 1].end)
    .filter((term) => !NUMBER.test(enclosingWord(text, term)));
  // Asked only when something matched: most texts have nothing to flag.
  const english = terms.length === 0 || readsAsEnglish(text);
  return terms.filter((term) => english || profaneInOtherLanguage(text, term)).map(({ start, end, word }) => ({ span: spanAt(text, start, end), word }));
}

interface FoundTerm {
  start: number;
  end: number;
  word: string;
}

/** obscenity's matches in `searched`, with offsets mapped back to the evaluated text by `toOriginal`. */
function termsIn(searched: string, toOriginal: (index: number) => number): FoundTerm[] {
  return matcher.getAllMatches(searched).map((payload) => ({
    start: toOriginal(payload.startIndex),
    end: toOriginal(payload.endIndex) + 1, // obscenity's endIndex is inclusive
    word: englishDataset.getPayloadWithPhraseMetadata(payload).phraseMetadata?.originalWord ?? searched.slice(payload.startIndex, payload.endIndex + 1),
  }));
}

const allowedWords = memoizeByList((list) => new Set(list.map((word) => word.trim().toLowerCase())));

/** The whole word a match sits in: "Penistone" for a match on its first five letters. */
function enclosingWord(text: string, span: Pick<TextSpan, 'start' | 'end'>): string {
  let start = span.start;
  let end = span.end;
  while (start > 0 && WORD_CHARACTER.test(text[start - 1])) start--;
  while (end < text.length && WORD_CHARACTER.test(text[end])) end++;
  return text.slice(start, end);
}

export const DEFAULT_PROFANITY_ARGS: ProfanityArgs = { allowList: [], severity: 'high' };

export const profanityRule: PolicyRule<ProfanityArgs> = {
  code: 'profanity',
  description: 'Flags swearing and slurs, including obscured spellings such as "f*ck", "sh1t" and "f u c k".',
  appliesTo: ['post', 'reply', 'inbound_message', 'review'],
  argsSchema: {
    type: 'object',
    properties: {
      allowList: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
        title: 'Allowed words',
        description: 'Words never flagged, e.g. place or family names that contain a listed word ("Penistone"), or a listed word itself ("ass").',
      },
      severity: severityArgSchema('high'),
    },
    additionalProperties: false,
  },
  defaultArgs: DEFAULT_PROFANITY_ARGS,

  evaluate(text, _context, args) {
    const { allowList, severity } = { ...DEFAULT_PROFANITY_ARGS, ...args };
    const allowed = allowedWords(allowList);
    const flagged = findProfanity(text).filter(({ span, word }) => !allowed.has(word) && !allowed.has(enclosingWord(text, span).toLowerCase()));
    if (flagged.length === 0) return [];
    const spans = flagged.map((match) => match.span);
    return [
      {
        severity,
        message: `Profanity: ${spans.map((span) => `"${span.text}"`).join(', ')}.`,
        spans,
        suggestion: 'Rephrase without the profanity.',
        labels: ['profanity'],
      },
    ];
  },
};

export default definePlugin({
  name: '@rapport/plugin-rule-profanity',
  version: '1.0.0',
  compatibility: '^1.0.0',
  description: 'Policy rule "profanity": swearing and slurs, obscured spellings included (obscenity).',
  rules: [profanityRule],
});
