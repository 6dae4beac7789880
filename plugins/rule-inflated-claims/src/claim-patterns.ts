/** The kinds of claim the rule knows, each with its own explanation and a checkable alternative. */
export type ClaimKind = 'superlative' | 'price' | 'guarantee' | 'health' | 'unsourced-proof';

export interface ClaimKindInfo {
  kind: ClaimKind;
  /** Regex source of the phrases (no capturing groups; whole-word edges are added around it). */
  pattern: string;
  message(phrase: string): string;
  suggestion: string;
}

/** One word: letters, digits, apostrophes and hyphens. */
const WORD = "[\\p{L}\\p{N}'’-]+";

/**
 * Nouns that number things ("order #12", "tip #1", "step number one"): a #1 after
 * them is a position in a list, not a ranking.
 */
const COUNTED_NOUN =
  '(?:order|ticket|invoice|item|tip|step|part|chapter|episode|ep|issue|room|table|seat|gate|lane|track|vol|volume|page|question|rule|round|game|week|day|lesson|case|ref|reference|size|batch|lot|model|pick|look)';

/** What usually follows "#1"/"number one" when it is about the brand's own priorities or fans, not a ranking. */
const NOT_A_RANKING_AFTER = '(?!\\s*:|\\s+(?:priority|priorities|goal|concern|rule|tip|fan|fans|question|reason|thing|job|mission|focus|step)(?![\\p{L}]))';

const RANK = `(?<!${COUNTED_NOUN}\\s*)(?:#\\s?1|number\\s+one|no\\.\\s?1)${NOT_A_RANKING_AFTER}`;

const PLACES = '(?:world|universe|planet|galaxy|country|industry|business|market|town|city)';

export const CLAIM_KINDS: readonly ClaimKindInfo[] = [
  {
    kind: 'price',
    pattern: [
      `(?:lowest|cheapest|best)\\s+prices?\\s+(?:anywhere|guaranteed|around|ever|(?:in|on)\\s+(?:the\\s+)?${PLACES})`,
      `(?:cheapest|lowest)\\s+(?:anywhere|in\\s+town)`,
      `unbeatable\\s+(?:prices?|deals?|value|offers?)`,
      `(?:can['’]?t|cannot)\\s+be\\s+beat(?:en)?`,
    ].join('|'),
    message: (phrase) => `"${phrase}" is a price claim you would have to prove against every competitor.`,
    suggestion: "Give a checkable comparison, e.g. '€10 below our 2024 price' or 'we match any local price: show us the ad'.",
  },
  {
    kind: 'superlative',
    pattern: [
      `best(?:\\s+${WORD}){0,3}?\\s+(?:in|on)\\s+(?:the\\s+)?${PLACES}`,
      `best(?:\\s+${WORD}){0,3}?\\s+anywhere`,
      `the\\s+best(?:\\s+${WORD}){0,4}?\\s+ever`,
      `best[\\s-]ever`,
      `(?:best|greatest)\\s+of\\s+all\\s+time`,
      `world['’]?s\\s+(?:best|greatest|finest|leading|favou?rite|#\\s?1|number\\s+one|no\\.\\s?1)`,
      `world[\\s-]leading`,
      `second\\s+to\\s+none`,
      'unbeatable',
      RANK,
    ].join('|'),
    message: (phrase) => `"${phrase}" is a superlative or ranking nobody can check.`,
    suggestion: "Say what you can prove, e.g. 'rated 4.8/5 by 1,200 customers' or name who ranked you: 'voted best groomer in Lyon by Le Progrès readers, 2024'.",
  },
  {
    kind: 'guarantee',
    pattern: [
      '100\\s?%\\s+(?:guaranteed|effective|safe|success(?:\\s+rate)?|risk[\\s-]free)',
      'guaranteed\\s+100\\s?%',
      'guaranteed\\s+(?:results?|success|to\\s+(?:work|succeed|cure|heal|fix))',
      'results?\\s+guaranteed',
      'never\\s+fails',
      'always\\s+works',
      'works\\s+every\\s+(?:single\\s+)?time',
      'risk[\\s-]free',
      '(?:no|zero)\\s+risk(?!,?\\s+no\\s+fun)',
    ].join('|'),
    message: (phrase) => `"${phrase}" promises more than anyone can guarantee.`,
    suggestion: "Promise what you actually stand behind, e.g. 'not happy? we redo the cut for free within 7 days'.",
  },
  {
    kind: 'health',
    pattern: 'cures?|miracles?(?:\\s+(?:cures?|workers?|products?|formulas?|results?))?|miraculous(?:ly)?',
    message: (phrase) => `"${phrase}" is a cure or miracle claim that regulators and platforms reject.`,
    suggestion: "Describe what customers saw and how you know, e.g. '9 in 10 owners saw less scratching after 2 weeks (our 2024 survey of 300 customers)'.",
  },
  {
    kind: 'unsourced-proof',
    pattern: '(?:clinically|scientifically|medically|dermatologically)\\s+proven|proven\\s+by\\s+science',
    message: (phrase) => `"${phrase}" needs a source: which study?`,
    suggestion: "Name the evidence, e.g. 'in a 12-week study of 120 dogs (link)', or drop the claim.",
  },
];

/** Anything that looks like a citation: then "clinically proven" has its source. */
export const SOURCE_CITED = /https?:\/\/|www\.|\bdoi\b|\bstud(?:y|ies)\b|\btrials?\b|\bjournal\b|\bet al\b|\bsources?:|\[\d+\]|\bpublished\b|\baccording to\b|\bpeer[\s-]reviewed\b/i;

/**
 * A negation in the three words before a claim ("not the best ... ever", "there's
 * no cure", "isn't risk-free"): punctuation in between breaks the link, and
 * "not only" is an affirmation.
 */
export const NEGATED_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])(?:not(?!\\s+(?:only|just|merely)(?![\\p{L}]))|no|never|nothing|none|nobody|hardly|neither|nor|without|cannot)|n['’]t)(?:\\s+${WORD}){0,3}\\s+$`,
  'iu',
);

/** How far back to look for a negation: three words and change. */
export const NEGATION_WINDOW = 40;
