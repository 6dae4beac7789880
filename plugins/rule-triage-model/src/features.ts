import { isContrast, isNegator, isQuestionOpener, isQuestionWord, LEXICON_FINGERPRINT, phraseCues, wordCues } from './lexicon.js';
import { analyse, languageWords, type Analysis } from './text.js';

/**
 * Sparse features of one text (the hashing trick): bucket indices, values and,
 * for explanations, which token each feature came from (-1: the whole text).
 * A bigram belongs to two tokens; `owner2` names the second.
 */
export interface FeatureVector {
  buckets: Uint32Array;
  values: Float32Array;
  owner: Int16Array;
  owner2: Int16Array;
  length: number;
}

export interface Featurised {
  analysis: Analysis;
  features: FeatureVector;
}

/**
 * What a model's weights were learnt on: the featurisation code's version (raise it with any change to this file or
 * text.ts that changes a feature) and the word lists' fingerprint. A model trained on another feature set is refused
 * at load rather than read wrongly.
 */
const FEATURE_CODE_VERSION = 8;
export const FEATURE_SET = `v${FEATURE_CODE_VERSION}-${LEXICON_FINGERPRINT}`;

/** Namespaces: the same string in two roles hashes to two buckets. */
const NS_WORD = 0x811c9dc5;
const NS_CHAR = 0x1b873593;
const NS_BIGRAM = 0x5bd1e995;
const NS_FIRST = 0xcc9e2d51;
const NS_LAST = 0x27d4eb2f;
const NS_GLOBAL = 0x165667b1;
const NS_CUE = 0x2545f491;
const NS_LANG_CHAR = 0x9e3779b1;
const NS_LANG_WORD = 0x85ebca6b;

const FNV_PRIME = 16777619;
/** What ends a sentence between two tokens. */
const SENTENCE_END = /[.!?…;\n]/;
/** What ends a clause within a sentence. */
const CLAUSE_END = /[,:–—]| - /;
/** A percentage ("20%", "15 %"): an offer when it follows an apology. */
const PERCENT_NEXT = /^\s?%/;

/** murmur3's finaliser: spreads FNV's low bits before masking to a bucket. */
function mix(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export function hashString(namespace: number, text: string): number {
  let hash = namespace;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return mix(hash);
}

/** The bucket indices of a 2^bits feature space. */
const bucketMask = (bits: number) => (1 << bits) - 1;

/** The bucket of a cue feature ("ask_followers", "insult:own-clause"): where tests look for it in a FeatureVector. */
export function cueBucket(name: string, bits: number): number {
  return hashString(NS_CUE, name) & bucketMask(bits);
}

/** Character n-grams 2..5 of "<word>" (word boundaries marked), hashed without building strings. */
const MIN_CHAR_N = 2;
const MAX_CHAR_N = 5;
/** Longer "words" (hashes, base64 junk) only add noise and time. */
const MAX_WORD_FOR_NGRAMS = 30;

/**
 * Structural features (cues, '?', shouting, length...) weigh the same in a
 * long text as in a short one; n-grams share 1/sqrt(n) so a long text does not
 * outvote a short one. Without this, one '?' at the end of a long complaint
 * drowns in the complaint's n-grams.
 */
const FIXED_VALUE = 0.4;

class Builder {
  private buckets = new Uint32Array(1024);
  private owner = new Int16Array(1024);
  private owner2 = new Int16Array(1024);
  private fixed = new Uint8Array(1024);
  private length = 0;
  private scaled = 0;
  private mask = 0;
  /** Starts a new text (one builder is reused: featurising is synchronous, and new arrays per text cost GC time). */
  reset(mask: number): this {
    this.mask = mask;
    this.length = 0;
    this.scaled = 0;
    return this;
  }
  add(hash: number, owner = -1, owner2 = -1, fixed = false): void {
    if (this.length === this.buckets.length) this.grow();
    const at = this.length++;
    this.buckets[at] = hash & this.mask;
    this.owner[at] = clampOwner(owner);
    this.owner2[at] = clampOwner(owner2);
    this.fixed[at] = fixed ? 1 : 0;
    if (!fixed) this.scaled++;
  }
  private grow(): void {
    const size = this.buckets.length * 2;
    const grown = <T extends Uint32Array | Int16Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.buckets = grown(this.buckets, (n) => new Uint32Array(n));
    this.owner = grown(this.owner, (n) => new Int16Array(n));
    this.owner2 = grown(this.owner2, (n) => new Int16Array(n));
    this.fixed = grown(this.fixed, (n) => new Uint8Array(n));
  }
  build(): FeatureVector {
    const { length } = this;
    const value = this.scaled ? 1 / Math.sqrt(this.scaled) : 0;
    // One buffer for the four arrays: allocating four was a tenth of the time of featurising a short text.
    const buffer = new ArrayBuffer(length * 12);
    const buckets = new Uint32Array(buffer, 0, length);
    const values = new Float32Array(buffer, length * 4, length);
    const owner = new Int16Array(buffer, length * 8, length);
    const owner2 = new Int16Array(buffer, length * 10, length);
    buckets.set(this.buckets.subarray(0, length));
    owner.set(this.owner.subarray(0, length));
    owner2.set(this.owner2.subarray(0, length));
    for (let index = 0; index < length; index++) values[index] = this.fixed[index] ? FIXED_VALUE : value;
    return { buckets, values, owner, owner2, length };
  }
}

const scratch = new Builder();

function clampOwner(owner: number): number {
  return owner > 32767 ? -1 : owner;
}

function addCharNgrams(builder: Builder, word: string, owner: number, namespace: number, minN: number, maxN: number): void {
  const padded = `<${word}>`;
  for (let start = 0; start < padded.length; start++) {
    let hash = namespace;
    for (let n = 1; n <= maxN && start + n <= padded.length; n++) {
      hash ^= padded.charCodeAt(start + n - 1);
      hash = Math.imul(hash, FNV_PRIME);
      if (n >= minN) builder.add(mix(hash), owner);
    }
  }
}

function lengthBucket(words: number): string {
  if (words <= 2) return 'len:xs';
  if (words <= 6) return 'len:s';
  if (words <= 15) return 'len:m';
  if (words <= 40) return 'len:l';
  return 'len:xl';
}

/** Text-wide features: shouting, '?' and where it is, '!!!', links, length. */
function addGlobalFeatures(builder: Builder, analysis: Analysis): void {
  const { stats, tokens } = analysis;
  const global = (name: string) => builder.add(hashString(NS_GLOBAL, name), -1, -1, true);
  global('bias');
  if (stats.letters >= 8 && stats.upper / stats.letters >= 0.7) global('shouting');
  if (stats.hasQuestionMark) global('q');
  if (stats.endsWithQuestionMark) global('q:end');
  if (stats.exclamations >= 3) global('excl:3');
  const words = tokens.filter((token) => token.kind === 'word').length;
  global(lengthBucket(words));
  const urls = tokens.filter((token) => token.kind === 'url').length;
  if (urls) global(urls > 1 ? 'url:2+' : 'url:1');
  if (words === 0) global('nowords');
  if (stats.quoted) global('quoted');
}

/** How close an insult is to whom it is aimed at, and how much of the text insults are (conjunctions a linear model cannot form). */
function addInsultShape(builder: Builder, insults: number[], addressed: number[], words: number): void {
  if (!insults.length) return;
  const cue = (name: string, owner: number) => builder.add(hashString(NS_CUE, name), owner, -1, true);
  const aimed = insults.find((at) => addressed.some((other) => Math.abs(other - at) <= 3));
  if (aimed !== undefined) cue('insult:aimed', aimed);
  if (insults.length / Math.max(1, words) >= 0.25) cue('insult:dense', insults[0]);
  if (words <= 4) cue('insult:short', insults[0]);
}

/** Laughter, as an emoji or a written laugh in any of the languages ("haha", "jaja", "kkkk", "rsrs", "mdr", "lol"). */
const LAUGH_EMOJI = new Set(['😂', '🤣', '😆', '😹', '😝', '😜', '🤪']);
const LAUGH_WORD = /^(?:(?:ha|he|hi|ja|je|ji)(?:ha|he|hi|ja|je|ji)+h?|k{2,}|(?:rs){2,}|lol+|lmao|lmfao|mdr|ptdr|xd+)$/;
/** Faces that roll their eyes: praise next to one is usually sarcasm. */
const EYE_ROLL_EMOJI = new Set(['🙃', '🙄', '😒', '😑', '🤡', '😤']);

/**
 * Conjunctions a linear model cannot form from its words alone. An insult with a laugh ("@tobi du Depp 😂") is mostly
 * banter between friends, above all when the text is addressed to a tagged person; praise next to a complaint word, a
 * number (a price, a delay) or an eye-roll ("Wow, $12 for a sandwich. Truly a bargain") is mostly sarcasm; an offer
 * after an apology ("Sorry your parcel was late! Our summer range is 20% off with code SUNNY20") pushes a sale in a
 * reply to a complaint.
 */
function addConjunctions(builder: Builder, tokens: Analysis['tokens'], insults: number[], praised: number[], complained: number[], firstApology: number, offers: number[]): void {
  const cue = (name: string, owner: number) => builder.add(hashString(NS_CUE, name), owner, -1, true);
  const offerAfterApology = offers.find((at) => at > firstApology);
  if (offerAfterApology !== undefined) cue('offer:after-apology', offerAfterApology);
  const laugh = tokens.findIndex((token) => (token.kind === 'emoji' && LAUGH_EMOJI.has(token.text)) || (token.kind === 'word' && LAUGH_WORD.test(token.text)));
  if (laugh >= 0) {
    cue('laugh', laugh);
    if (insults.length) cue('insult:laughing', insults[0]);
    if (insults.length && tokens[0]?.kind === 'mention') cue('insult:laughing:tagged', insults[0]);
  }
  if (!praised.length) return;
  if (complained.length) cue('praise:complaint', praised[0]);
  if (tokens.some((token) => token.kind === 'number')) cue('praise:number', praised[0]);
  if (tokens.some((token) => token.kind === 'emoji' && EYE_ROLL_EMOJI.has(token.text))) cue('praise:eye-roll', praised[0]);
}

/** Features of the triage model (inbound and outbound heads read the same vector). */
export function featurise(text: string, bits: number): Featurised {
  const analysis = analyse(text);
  const builder = scratch.reset(bucketMask(bits));
  const tokens = analysis.tokens;
  let lastNegator = -10;
  let afterContrast = false;
  // Where insults, swearing and words addressing the reader are: an insult aimed at someone ("you clowns",
  // "capullos" alone) is abuse more surely than one word among a long complaint.
  const insults: number[] = [];
  const addressed: number[] = [];
  // Insults and slurs (not swearing): one that stands as a clause of its own names someone ("Stronzi, mi avete...").
  const namedInsults = new Set<number>();
  // Where praise and complaint words are (not negated): both in one text is often sarcasm.
  const praised: number[] = [];
  const complained: number[] = [];
  // Where the first apology and the offers are: not cues alone, only together (see addConjunctions).
  let firstApology = Infinity;
  const offers: number[] = [];
  let wordCount = 0;
  tokens.forEach((token, index) => {
    builder.add(hashString(NS_WORD, token.text), index);
    if (token.kind === 'word') {
      // A cue right after a negation is another cue ("no complaints" is not a complaint); after "but" it is the verdict.
      const negated = index - lastNegator <= 3 ? ':negated' : '';
      wordCount++;
      for (const concept of wordCues(token.text)) {
        if (concept === 'apology' || concept === 'offer') {
          if (negated) continue;
          if (concept === 'apology') firstApology = Math.min(firstApology, index);
          else offers.push(index);
          continue;
        }
        if (concept === 'insult' || concept === 'profanity' || concept === 'slur' || concept === 'sexual') insults.push(index);
        if (concept === 'insult' || concept === 'slur') namedInsults.add(index);
        if (concept === 'addressee') addressed.push(index);
        if (concept === 'praise' && !negated) praised.push(index);
        if (concept === 'complaint' && !negated) complained.push(index);
        builder.add(hashString(NS_CUE, concept + negated), index, -1, true);
        if (afterContrast) builder.add(hashString(NS_CUE, `${concept}${negated}:after-but`), index, -1, true);
      }
      if (token.obfuscated) builder.add(hashString(NS_CUE, 'obfuscated'), index, -1, true);
      if (isNegator(token.text)) lastNegator = index;
      if (isContrast(token.text)) afterContrast = true;
    }
    if (token.kind === 'number' && PERCENT_NEXT.test(text.slice(token.end, token.end + 2))) offers.push(index);
    if (token.kind === 'url' && token.host) builder.add(hashString(NS_WORD, `host:${token.host}`), index);
    if (token.kind === 'word' && token.text.length <= MAX_WORD_FOR_NGRAMS) addCharNgrams(builder, token.text, index, NS_CHAR, MIN_CHAR_N, MAX_CHAR_N);
    if (index > 0) builder.add(hashString(NS_BIGRAM, `${tokens[index - 1].text} ${token.text}`), index - 1, index);
  });
  for (const [concept, first, last] of phraseCues(tokens.map((token) => (token.kind === 'word' ? token.text : '\u0000')))) {
    if (concept === 'apology') {
      firstApology = Math.min(firstApology, first);
      continue;
    }
    builder.add(hashString(NS_CUE, concept), first, last, true);
    if (concept === 'praise') praised.push(first);
    if (concept === 'complaint') complained.push(first);
  }
  // Openings and endings carry questions without '?' ("wondering whether...", "...let me know"), in any sentence:
  // "Room not cleaned for 2 days. Is that normal?" asks in its second sentence.
  const words = tokens.map((token, index) => ({ token, index })).filter(({ token }) => token.kind !== 'mention' && token.kind !== 'emoji');
  if (words.length) {
    if (words.length > 1) builder.add(hashString(NS_FIRST, `${words[0].token.text} ${words[1].token.text}`), words[0].index, words[1].index);
    const last = words[words.length - 1];
    builder.add(hashString(NS_LAST, last.token.text), last.index);
  }
  let lastSentence = -1;
  let lastClause = -1;
  // The clause being read: its words and its insult, if any ("A ver, inútiles, ¿cuándo...", "... Prutsers.").
  let clauses = 0;
  let clauseWords = 0;
  let clauseInsult = -1;
  const closeClause = () => {
    if (clauseInsult >= 0 && clauseWords <= 2) builder.add(hashString(NS_CUE, 'insult:own-clause'), clauseInsult, -1, true);
  };
  tokens.forEach((token, index) => {
    if (token.kind === 'punct') return;
    const gap = index === 0 ? '' : text.slice(tokens[index - 1].end, token.start);
    const starts = index === 0 || tokens[index - 1].kind === 'punct' || SENTENCE_END.test(gap);
    // A question often comes as the last clause after a comma: "Wifi down since Monday, can someone look at it".
    if (starts || CLAUSE_END.test(gap)) {
      lastClause = index;
      if (clauses > 0) closeClause();
      clauses++;
      clauseWords = 0;
      clauseInsult = -1;
    }
    if (token.kind === 'word') clauseWords++;
    if (namedInsults.has(index) && clauseInsult < 0) clauseInsult = index;
    if (!starts) return;
    lastSentence = index;
    builder.add(hashString(NS_FIRST, token.text), index);
    if (isQuestionOpener(token.text)) builder.add(hashString(NS_CUE, 'question_open'), index, -1, true);
  });
  if (clauses > 1) closeClause();
  if (lastSentence >= 0 && isQuestionOpener(tokens[lastSentence].text)) builder.add(hashString(NS_CUE, 'question_open:last'), lastSentence, -1, true);
  if (lastClause > lastSentence && isQuestionOpener(tokens[lastClause].text)) builder.add(hashString(NS_CUE, 'question_open:last-clause'), lastClause, -1, true);
  // A preposition and a question word open one too: "An wen wende ich mich", "Con quién hablo", "A chi devo scrivere".
  const opening = Math.max(lastSentence, lastClause);
  if (opening >= 0 && opening + 1 < tokens.length && tokens[opening].text.length <= 4 && isQuestionWord(tokens[opening + 1].text)) builder.add(hashString(NS_CUE, 'question_word:second'), opening + 1, -1, true);
  // A question word at the very end asks too ("on est remboursés quand", "je m'adresse à qui", "con quién hablo").
  if (words.length && isQuestionWord(words[words.length - 1].token.text)) builder.add(hashString(NS_CUE, 'question_word:end'), words[words.length - 1].index, -1, true);
  // A question that opens on a tagged friend asks the friend ("@giulia guarda che bella, me la regali?").
  if (tokens[0]?.kind === 'mention' && analysis.stats.hasQuestionMark) builder.add(hashString(NS_CUE, 'tagged:asks'), 0, -1, true);
  addInsultShape(builder, insults, addressed, wordCount);
  addConjunctions(builder, tokens, insults, praised, complained, firstApology, offers);
  addGlobalFeatures(builder, analysis);
  return { analysis, features: builder.build() };
}

/**
 * Where a text's clauses break: sentence ends, commas, colons, dashes, and "and"/"but" in the seven languages. In a
 * long complaint an insult is a few features among many ("pizza came cold after 90 minutes and the driver was a rude
 * ape"); read alone, its clause says what it is.
 */
const CONJUNCTION = String.raw`(?:and|but|und|aber|et|mais|y|pero|e|ma|mas|en|maar)\s`;
const CLAUSE_BREAK = new RegExp(String.raw`(?:[.!?…;:\n]+|,|\s[-–—])\s*(?:${CONJUNCTION})?|\s${CONJUNCTION}`, 'giu');
const WORD = /\p{L}{2,}/gu;
/** A clause needs two words to be read alone ("Unverschämte Kuh."); a text needs two clauses to have one worth reading. */
const MIN_CLAUSE_WORDS = 2;

export interface Clause {
  /** Where the clause starts in the text (its spans are shifted by it). */
  start: number;
  score: number;
  featurised: Featurised;
}

/** The clause of a text that `score` rates highest (null for a text of one clause): see CLAUSE_BREAK. */
export function strongestClause(text: string, bits: number, score: (features: FeatureVector) => number): Clause | null {
  const clauses: Array<{ start: number; text: string }> = [];
  let start = 0;
  const add = (end: number) => {
    const clause = text.slice(start, end);
    if ((clause.match(WORD)?.length ?? 0) >= MIN_CLAUSE_WORDS) clauses.push({ start, text: clause });
  };
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    add(match.index);
    start = match.index + match[0].length;
  }
  add(text.length);
  if (clauses.length < 2) return null;
  let best: Clause | null = null;
  for (const clause of clauses) {
    const featurised = featurise(clause.text, bits);
    const value = score(featurised.features);
    if (!best || value > best.score) best = { start: clause.start, score: value, featurised };
  }
  return best;
}

/** Features of the language model: character 1..4-grams of accented words, and the words. */
export function languageFeatures(text: string, bits: number): { features: FeatureVector; letters: number; words: number } {
  const builder = scratch.reset(bucketMask(bits));
  const words = languageWords(text);
  let letters = 0;
  for (const word of words) {
    letters += word.length;
    if (word.length <= MAX_WORD_FOR_NGRAMS) addCharNgrams(builder, word, -1, NS_LANG_CHAR, 1, 4);
    builder.add(hashString(NS_LANG_WORD, word));
  }
  builder.add(hashString(NS_GLOBAL, 'bias'));
  return { features: builder.build(), letters, words: words.length };
}
