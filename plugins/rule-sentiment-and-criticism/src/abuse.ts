import type { TextSpan } from '@rapport/plugin-sdk';
import { findProfanity } from '@rapport/plugin-rule-profanity';
import { memoizeByList, spansMatching, startingWithOneOf, wholeWordsPattern } from '@rapport/plugin-rule-profanity/rule-kit';

/**
 * Insults and threats at people, abusive wherever they appear, plus hostile
 * dismissals ("shut up", "go to hell"). Criticism of a product or service
 * ("useless", "disgusting", "a joke") is deliberately not here.
 */
export const DEFAULT_ABUSE_TERMS: readonly string[] = [
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'halfwit', 'halfwits', 'dimwit', 'dimwits', 'nitwit', 'nitwits',
  'dumbass', 'dumbasses', 'jackass', 'jackasses', 'numbskull', 'numbskulls', 'bonehead', 'boneheads', 'nincompoop', 'nincompoops',
  'scum', 'scumbag', 'scumbags', 'lowlife', 'lowlifes', 'douchebag', 'douchebags', 'loser', 'losers',
  'fuck you', 'fuck off', 'screw you', 'piss off', 'go to hell', 'to hell with you', 'damn you', 'shut up', 'shut your mouth', 'shut your face', 'stfu', 'gtfo',
  'drop dead', 'go die', 'bite me', 'kiss my ass', 'up yours', 'get a life', 'nobody asked you', 'who asked you', 'go fuck yourself', 'go f yourself',
  'kill you', 'kill yourself', 'kys', 'hope you die', 'hope you all die', 'i know where you live', 'watch your back',
  'burn it down', 'burn the place down', 'hunt you down', 'beat you up', 'punch you',
];

/**
 * Words that insult a person when aimed at one ("you are a liar", "you
 * clown", "you people are pathetic"), but have innocent uses about others
 * ("our clowns for kids' parties", "a pathetic turnout"): matched only after
 * "you" (vocative) or "you are / you're / you guys are ..." (predicate).
 */
export const DEFAULT_DIRECTED_INSULTS: readonly string[] = [
  'liar', 'fraud', 'cheat', 'crook', 'thief', 'thieves', 'con artist', 'clown', 'fool', 'jerk', 'creep', 'coward', 'hypocrite', 'parasite', 'leech',
  'pig', 'rat', 'snake', 'weasel', 'freak', 'psycho', 'troll', 'bigot', 'failure', 'disgrace', 'joke', 'nobody', 'waste of space', 'waste of oxygen',
  'piece of shit', 'piece of crap', 'piece of garbage', 'piece of trash', 'piece of work', 'trash', 'garbage', 'vermin', 'animal',
  'stupid', 'dumb', 'pathetic', 'worthless', 'brainless', 'spineless', 'gutless', 'despicable', 'contemptible', 'ugly', 'fat', 'vile', 'disgusting', 'insufferable', 'deranged', 'dense', 'thick',
];

/**
 * Words of obscenity's list that insult or demean people (slurs included),
 * caught even when obscured ("b1tch"). Plain swearing ("this is shit") is
 * left to the profanity rule: an angry but honest complaint is not abuse.
 */
const INSULTING_PROFANITY = new Set([
  'bastard', 'bitch', 'cunt', 'twat', 'wank', 'prick', 'whore', 'slut', 'cuck', 'retard', 'spastic', 'fag', 'dyke', 'tranny',
  'nigger', 'negro', 'kike', 'chink', 'chingchong', 'abo', 'abeed', 'africoon', 'arabush', 'boonga',
]);

const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{M}\p{N}_])`;
// Nor before an apostrophe or hyphen: "nobody's fool", "thick-skinned" are no insults.
const NOT_BEFORE_WORD = String.raw`(?![\p{L}\p{M}\p{N}_'’-])`;
const GAP = String.raw`\s+`;
// Who is addressed: "you", "u", "you guys", "you people", "y'all", "all of you".
const ADDRESSEE = String.raw`(?:you|u|ya|y['’]all|you\s+(?:guys|people|lot|all|two)|all\s+of\s+you)`;
// "you are", "you're", "youre", "you were", "u r", "ur", then adverbs: "are just", "are nothing but", "are all".
const ADDRESSEE_IS = String.raw`(?:${ADDRESSEE}(?:['’]?re|\s+(?:are|were|r|is|be))|ur)(?:\s+(?:just|really|truly|nothing\s+but|such|so|being|all|still|clearly|obviously|literally))*`;
// Intensifiers before an insult: "you little rat", "a total fraud".
const INTENSIFIER_WORDS = String.raw`total|complete|absolute|utter|real|proper|bloody|damn|damned|fucking|freaking|little|big|biggest|massive|pathetic|stupid|lying|dirty|filthy|worthless|useless|miserable|sorry|sad|ugly|fat`;
const INTENSIFIERS = String.raw`(?:\s+(?:${INTENSIFIER_WORDS}))*`;
// What may stand between the verb and the insult: articles too ("such a", "a bunch of", "the biggest").
const FILLER = String.raw`(?:\s+(?:a|an|the|such|so|bunch\s+of|pack\s+of|band\s+of|${INTENSIFIER_WORDS}))*`;
const COORDINATION = String.raw`\s*(?:,|&|and|or)`;
// After the insult the noun phrase must end, so "you are a pig farmer" or "the trash collector" is no insult.
const CLAUSE_END = String.raw`(?=\s*(?:[.!?,;:…)"”]|\p{Extended_Pictographic}|$))`;
const PHRASE_END = String.raw`(?=\s*(?:[.!?,;:…)"”]|\p{Extended_Pictographic}|$)|\s+(?:and|or|but|who|that|to|for|like|than|with|if|because|as|of|in|at|all|too|yourself|yourselves|anyway|again|today|now|honestly|seriously|lol)${NOT_BEFORE_WORD})`;
// A "you" that is the subject or object of a verb ("did you cheat?", "if you pig out", "make you fat") is not a vocative.
const NOT_SUBJECT_OR_OBJECT = String.raw`(?<!(?:are|is|were|was|do|does|did|can|could|will|would|should|shall|may|might|must|if|when|unless|as|that|so|because|cause|whether|where|how|why|what|than|once|until|after|before|while|let|make|made|makes|help|see|saw|watch|hear|heard|get|got|have|had|tell|told)\s+)`;

function insultAlternatives(insults: readonly string[]): string {
  return [...insults]
    .map((insult) => insult.trim())
    .filter((insult) => insult !== '')
    .sort((a, b) => b.length - a.length)
    .map((insult) => insult.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(GAP))
    .join('|');
}

/**
 * "you are a liar (and a cheat)", "you're pathetic", "you guys are frauds",
 * and the vocative "you clown!": the span runs from "you" to the last insult.
 * Plurals are matched too ("frauds").
 */
const directedPattern = memoizeByList((insults) => {
  const alternatives = insultAlternatives(insults);
  if (!alternatives) return null;
  const insult = String.raw`(?:${alternatives})(?:s|es)?${NOT_BEFORE_WORD}`;
  const predicate = String.raw`${ADDRESSEE_IS}${FILLER}\s+${insult}(?:${COORDINATION}${FILLER}\s+${insult})*${PHRASE_END}`;
  const vocative = String.raw`${NOT_SUBJECT_OR_OBJECT}${ADDRESSEE}${INTENSIFIERS}\s+${insult}${CLAUSE_END}`;
  // Both start with a word of ADDRESSEE or "ur".
  return new RegExp(`${startingWithOneOf(['you', 'u', 'ya', "y'all", 'all', 'ur'])}${NOT_AFTER_WORD}(?:${predicate}|${vocative})`, 'giu');
});

const termsPattern = memoizeByList(wholeWordsPattern);

// A policy's rules run one after another on the same text, and two rules of this plugin ask for its abuse. Keyed by
// the compiled patterns, which equal lists share: each policy's rule args are arrays of their own.
let last: { text: string; terms: RegExp | null; directed: RegExp | null; spans: TextSpan[] } | undefined;

/** Spans of abuse in `text`: listed terms, insults aimed at the reader, and insulting profanity in any spelling. */
export function abuseSpans(text: string, abuseTerms: readonly string[], directedInsults: readonly string[]): TextSpan[] {
  const terms = termsPattern(abuseTerms);
  const directed = directedPattern(directedInsults);
  if (last?.text !== text || last.terms !== terms || last.directed !== directed) last = { text, terms, directed, spans: findAbuse(text, terms, directed) };
  // Copies: the remembered answer must not change with what callers do to theirs.
  return last.spans.map((span) => ({ ...span }));
}

function findAbuse(text: string, terms: RegExp | null, directed: RegExp | null): TextSpan[] {
  const spans = [
    ...(terms ? spansMatching(text, terms) : []),
    ...(directed ? spansMatching(text, directed) : []),
    ...findProfanity(text)
      .filter((match) => INSULTING_PROFANITY.has(match.word))
      .map((match) => match.span),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  // "you stupid b1tch" is reported once, not also as "b1tch".
  return spans.filter((span, index) => !spans.slice(0, index).some((outer) => outer.start <= span.start && span.end <= outer.end));
}
