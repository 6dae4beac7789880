import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { TextSpan } from '@rapport/plugin-sdk';
import { FEATURE_SET, featurise, languageFeatures, strongestClause, type Clause, type Featurised, type FeatureVector } from './features.js';
import type { Token } from './text.js';

export const INBOUND_LABELS = ['spam', 'abuse', 'threat', 'criticism', 'question', 'praise', 'neutral'] as const;
export const OUTBOUND_LABELS = ['claim', 'insensitive', 'profanity', 'sales'] as const;
export const LANGUAGES = ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'] as const;
/** The language model's extra class: Latin-script text in a language the model does not read. */
export const OTHER_LANGUAGE = 'other';
export const UNKNOWN_LANGUAGE = 'unknown';

export type InboundLabel = (typeof INBOUND_LABELS)[number];
export type OutboundLabel = (typeof OUTBOUND_LABELS)[number];

/** One group of one-vs-rest (or softmax, for languages) heads over the same hashed features. */
export interface HeadsHeader {
  labels: string[];
  bias: number[];
  /** int8 weight × scale = weight. */
  scale: number[];
  /** Decision threshold per label, on the probability (tuned by cross-validation on the training set). */
  thresholds: number[];
  /** Where the heads' int8 weights start in the weights file (bucket-major: bucket × labels + label). */
  offset: number;
}

export interface InboundHeader extends HeadsHeader {
  /** The criticism threshold for text that is also abuse (abusive complaints are escalated as well as hidden). */
  criticismWithAbuse?: number;
  /** Criticism is dropped when praise is at least `praise` and criticism below `criticism` (not for abusive text). */
  praiseVeto?: { praise: number; criticism: number };
  /** The same for a clear neutral text with a doubtful complaint: an anecdote that mentions a delay, a crash, a broken phone. */
  neutralVeto?: { neutral: number; criticism: number };
  /** Lower abuse and spam thresholds for text the criticism head clears (below `criticism`): see InboundRules. */
  clearOfCriticism?: { criticism: number; abuse: number; spam: number };
  /**
   * The threat threshold for text already found abusive: it is hidden either way, so a threat there costs only an
   * URGENT escalation a person reads, and a missed one is a threat nobody sees.
   */
  threatWithAbuse?: number;
  /**
   * Higher abuse and threat thresholds for text the criticism head finds likely (at least `criticism`): see
   * decideInbound. Each is tuned on its own (a model trained before `threat` existed uses `abuse` for both).
   */
  complaintGuard?: { criticism: number; abuse: number; threat?: number };
  /**
   * Abuse, for a likely complaint (criticism at least `criticism`) that leans abusive as a whole (abuse at least
   * `textAbuse`), when one of its clauses alone reads as abuse at least `abuse`.
   */
  insultInComplaint?: { criticism: number; abuse: number; textAbuse: number };
}

/** The inbound decision's tuned parameters beyond the per-label thresholds. */
export type InboundRules = Pick<InboundHeader, 'criticismWithAbuse' | 'threatWithAbuse' | 'praiseVeto' | 'neutralVeto' | 'clearOfCriticism' | 'complaintGuard' | 'insultInComplaint'>;

export interface LanguageHeader extends HeadsHeader {
  /** Below this probability of the best language a text is in an unknown language... */
  minProbability: number;
  /** ...provided it has at least this many letters and words (too short to tell otherwise). */
  minLetters: number;
  minWords: number;
  /**
   * A low probability alone makes a text unknown only from this many words on; a shorter one is unknown when it reads
   * as another language (`other` wins). Four words of Italian are often not Italian enough, and a false "unknown"
   * escalates a harmless message. Absent in older headers: every text long enough is judged on both.
   */
  confidentWords?: number;
}

export interface ModelHeader {
  format: 'rapport-triage-linear';
  version: 1;
  /** log2 of the hashed feature space of the triage heads and of the language model. */
  bits: number;
  languageBits: number;
  /** The feature set the weights were learnt on (FEATURE_SET when trained). */
  featureSet: string;
  quantisation: 'int8';
  inbound: InboundHeader;
  outbound: HeadsHeader;
  language: LanguageHeader;
  weightsFile: string;
  weightsSha256: string;
  /** How it was trained (seed, data counts, options), for the model card. */
  training: Record<string, unknown>;
}

interface Heads {
  labels: string[];
  bias: Float64Array;
  scale: Float64Array;
  thresholds: Float64Array;
  weights: Int8Array;
}

export interface LanguageGuess {
  /** ISO 639-1 code, or `unknown` for a language the model does not read. */
  language: string;
  confidence: number;
  /** Enough text to tell, and not one of the model's languages. */
  unknown: boolean;
}

export interface LabelDecision {
  label: string;
  confidence: number;
  /** The words that weighed most for the label, as spans of the original text. */
  spans: TextSpan[];
}

export interface InboundTriage {
  language: LanguageGuess;
  /** Labels in INBOUND_LABELS order, plus `unknown_language` alone when the language is unknown. */
  labels: LabelDecision[];
  probabilities: Record<string, number>;
}

export interface OutboundCheck {
  language: LanguageGuess;
  labels: LabelDecision[];
  probabilities: Record<string, number>;
}

const sigmoid = (score: number) => 1 / (1 + Math.exp(-score));

/**
 * The label set an inbound text gets from its probabilities, given per-label
 * thresholds (the same function decides in training, tuning and at run time):
 * a threat is abuse too; spam is never a question, praise or criticism (when
 * the spam and criticism heads both fire, the surer one wins);
 * praise and neutral stand alone (praise may ask a question); nothing else
 * found means neutral. `clauseAbuse` gives the abuse probability of the text's
 * most abusive clause (0 for one clause); it is asked only for a likely
 * complaint not found abusive as a whole.
 */
export function decideInbound(probability: ArrayLike<number>, thresholds: ArrayLike<number>, rules: InboundRules = {}, clauseAbuse: () => number = () => 0): InboundLabel[] {
  const { criticismWithAbuse, threatWithAbuse, praiseVeto, neutralVeto, clearOfCriticism, complaintGuard, insultInComplaint } = rules;
  const p = (label: InboundLabel) => probability[INBOUND_LABELS.indexOf(label)];
  // A likely complaint is hidden as abuse or a threat only on a surer head: an odd word ("kassa", "krijg") must not
  // hide honest criticism. Below that the complaint is still escalated, so a person sees it. The two guards are apart:
  // a threat inside a complaint ("if the refund isn't here by Friday I'll come to your stand and wreck it") is rarer
  // in honest text than a rude word, so its guard can be lower.
  const guarded = complaintGuard !== undefined && p('criticism') >= complaintGuard.criticism;
  const threshold = (label: InboundLabel) => {
    const base = thresholds[INBOUND_LABELS.indexOf(label)];
    if (!guarded || (label !== 'abuse' && label !== 'threat')) return base;
    return Math.max(base, label === 'threat' ? (complaintGuard.threat ?? complaintGuard.abuse) : complaintGuard.abuse);
  };
  const on = (label: InboundLabel) => p(label) >= threshold(label);
  // Hiding honest criticism is the one mistake a brand cannot afford, so abuse and spam need a sure head wherever a
  // complaint is possible; text the criticism head clears ("Wixxer", a follow-for-follow drop) can be hidden on less.
  const clear = clearOfCriticism !== undefined && p('criticism') < clearOfCriticism.criticism;
  const over = (label: 'abuse' | 'spam') => on(label) || (clear && p(label) >= clearOfCriticism[label]);
  const labels = new Set<InboundLabel>();
  if (over('abuse')) labels.add('abuse');
  // Text already hidden as abuse has nothing left for the complaint guard to protect: a threat in it is read at its
  // own threshold for abusive text (or the head's), not the guard's, and escalated URGENT ("... ihr Schweine. Wenn das
  // nochmal passiert, brennt bei euch die Hütte").
  const threatInAbuse = labels.has('abuse') && p('threat') >= (threatWithAbuse ?? thresholds[INBOUND_LABELS.indexOf('threat')]);
  if (on('threat') || threatInAbuse) labels.add('threat').add('abuse');
  // The guard above must not shield an insult that a long complaint drowns: the clause that reads as abuse alone
  // ("... und der Kellner ein herablassender Schnösel") makes the text abuse, hidden and, as a complaint, escalated.
  // The whole text must lean that way too: a clause alone can read as abuse when it is not ("Herr Vogel", "Enjoy
  // your evening").
  const insultInside = insultInComplaint !== undefined && p('criticism') >= insultInComplaint.criticism && p('abuse') >= insultInComplaint.textAbuse;
  if (!labels.has('abuse') && insultInside && clauseAbuse() >= insultInComplaint.abuse) labels.add('abuse');
  // Insults drown the complaint they come with: abusive text is a complaint at its own (lower) threshold, so it is escalated too.
  const complains = labels.has('abuse') && criticismWithAbuse !== undefined ? p('criticism') >= criticismWithAbuse : on('criticism');
  // Spam and a complaint exclude each other; when both heads fire the surer one wins, so a complaint with a link or
  // the word "refund" is not hidden as spam.
  if (over('spam') && !(complains && p('criticism') > p('spam'))) labels.add('spam');
  // Clear praise with a doubtful complaint ("not the cheapest, but worth every penny") is not escalated, nor a clear
  // anecdote that mentions a problem nobody blames on the business ("train cancelled, working from a café today").
  const vetoed =
    !labels.has('abuse') &&
    ((praiseVeto !== undefined && p('praise') >= praiseVeto.praise && p('criticism') < praiseVeto.criticism) ||
      (neutralVeto !== undefined && p('neutral') >= neutralVeto.neutral && p('criticism') < neutralVeto.criticism));
  if (complains && !labels.has('spam') && !vetoed) labels.add('criticism');
  if (on('question') && !labels.has('spam')) labels.add('question');
  if (labels.size === 0 || (labels.size === 1 && labels.has('question'))) {
    if (on('praise') && (labels.size === 0 || p('praise') >= p('neutral'))) labels.add('praise');
    else if (labels.size === 0) labels.add('neutral');
  }
  return INBOUND_LABELS.filter((label) => labels.has(label));
}

export function decideOutbound(probability: ArrayLike<number>, thresholds: ArrayLike<number>): OutboundLabel[] {
  return OUTBOUND_LABELS.filter((_, index) => probability[index] >= thresholds[index]);
}

type HeadWeights = { bias: ArrayLike<number>; scale: ArrayLike<number>; weights: Int8Array | Float32Array };

/**
 * Raw scores of a group of heads: int8 sums, scaled once per head. One head at a time: the weights are megabytes read
 * at random, and the first head's short loop keeps many cache misses in flight (the other heads then find the same
 * cache lines); summing every head per feature instead took 40% longer. The sums are the same either way.
 */
export function scoreHeads(heads: HeadWeights, count: number, features: FeatureVector): Float64Array {
  const sums = new Float64Array(count);
  for (let head = 0; head < count; head++) sums[head] = scoreHead(heads, count, head, features);
  return sums;
}

/** One head's raw score, of `count` heads stored bucket-major. */
function scoreHead(heads: HeadWeights, count: number, head: number, features: FeatureVector): number {
  const { buckets, values, length } = features;
  const weights = heads.weights;
  let sum = 0;
  for (let index = 0; index < length; index++) sum += weights[buckets[index] * count + head] * values[index];
  return sum * heads.scale[head] + heads.bias[head];
}

function softmax(scores: Float64Array): Float64Array {
  const max = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - max));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/** Letters of scripts other than Latin (Cyrillic, Greek, Arabic, CJK, ...): no language the model reads. */
function scriptShares(text: string): { latin: number; other: number } {
  let latin = 0;
  let other = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    // ASCII is most of it: its only letters are Latin, and testing them against the Unicode classes took longer.
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
    } else if (LATIN.test(char)) latin++;
    else if (LETTER.test(char)) other++;
  }
  return { latin, other };
}

/** Grammar words carry weight through n-grams but explain nothing: never shown as spans. */
const NOT_SHOWN = new Set(
  `the a an my to of in on at for and or is was it this that i me with by be
  le la les l un une des de du d et ou est je il elle mon ma mes au aux en
  el los las lo y que mi mis del al por con se es
  der die das den dem des und ein eine einen ich ist mein meine mit von zu im am
  il lo gli i e di che mio mia miei del della nel con per ho
  o os as um uma do da dos das meu minha no na com por
  het een en ik van op mijn met te is
  we they he she has have had are were been so just our their there here from as if about
  avec pour sur dans ce c qu y on nous ils a ai ete
  una me le les ha he para
  hat auf haben wir uns sie es er war sind
  ci sono mi
  um uma se foi
  de er was heb hebben wij ze zijn`.split(/\s+/),
);

/** Words that weighed most for one head: positive contributions, largest first, as spans of the original text. */
function topSpans(text: string, tokens: Token[], features: FeatureVector, heads: Heads, head: number, limit = 3): TextSpan[] {
  const count = heads.labels.length;
  const contribution = new Float64Array(tokens.length);
  for (let index = 0; index < features.length; index++) {
    const owner = features.owner[index];
    if (owner < 0) continue;
    const weight = heads.weights[features.buckets[index] * count + head] * heads.scale[head] * features.values[index];
    const second = features.owner2[index];
    if (second >= 0) {
      contribution[owner] += weight / 2;
      contribution[second] += weight / 2;
    } else {
      contribution[owner] += weight;
    }
  }
  const ranked = [...contribution.keys()].filter((index) => contribution[index] > 0 && !NOT_SHOWN.has(tokens[index].text)).sort((a, b) => contribution[b] - contribution[a] || a - b);
  if (ranked.length === 0) return [];
  const floor = contribution[ranked[0]] * 0.25;
  return ranked
    .filter((index) => contribution[index] >= floor)
    .slice(0, limit)
    .sort((a, b) => tokens[a].start - tokens[b].start)
    .map((index) => ({ start: tokens[index].start, end: tokens[index].end, text: text.slice(tokens[index].start, tokens[index].end) }));
}

/** Remembers the last texts analysed: a policy asks the same rule several times (one per action) about one text. */
class RecentCache<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly size: number) {}
  get(key: string, compute: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
    return value;
  }
}

export class TriageModel {
  readonly inbound: Heads;
  readonly outbound: Heads;
  readonly language: Heads;
  private readonly features = new RecentCache<Featurised>(64);
  private readonly languages = new RecentCache<LanguageGuess>(64);
  // Whole results too: the starter policy asks triage-model four times per message (one per action), and scoring
  // the heads and ranking the words again cost about as much as the first call's shared features.
  private readonly inboundTriages = new RecentCache<InboundTriage>(64);
  private readonly outboundChecks = new RecentCache<OutboundCheck>(64);

  constructor(
    readonly header: ModelHeader,
    weights: Int8Array,
  ) {
    const size = 1 << header.bits;
    const languageSize = 1 << header.languageBits;
    const heads = (group: HeadsHeader, buckets: number): Heads => ({
      labels: group.labels,
      bias: Float64Array.from(group.bias),
      scale: Float64Array.from(group.scale),
      thresholds: Float64Array.from(group.thresholds),
      weights: weights.subarray(group.offset, group.offset + buckets * group.labels.length),
    });
    this.inbound = heads(header.inbound, size);
    this.outbound = heads(header.outbound, size);
    this.language = heads(header.language, languageSize);
    for (const [name, group, buckets] of [['inbound', this.inbound, size], ['outbound', this.outbound, size], ['language', this.language, languageSize]] as const) {
      if (group.weights.length !== buckets * group.labels.length) throw new Error(`triage model: the weights file is too short for the ${name} heads`);
    }
  }

  private featurised(text: string): Featurised {
    return this.features.get(text, () => featurise(text, this.header.bits));
  }

  identifyLanguage(text: string): LanguageGuess {
    return this.languages.get(text, () => this.computeLanguage(text));
  }

  private computeLanguage(text: string): LanguageGuess {
    const settings = this.header.language;
    const scripts = scriptShares(text);
    if (scripts.other >= 2 && scripts.other > scripts.latin) return { language: UNKNOWN_LANGUAGE, confidence: round(scripts.other / (scripts.other + scripts.latin)), unknown: true };
    const { features, letters, words } = languageFeatures(text, this.header.languageBits);
    const probabilities = softmax(scoreHeads(this.language, this.language.labels.length, features));
    let best = 0;
    this.language.labels.forEach((label, index) => {
      if (label !== OTHER_LANGUAGE && probabilities[index] > probabilities[best]) best = index;
    });
    const other = this.language.labels.indexOf(OTHER_LANGUAGE);
    const longEnough = letters >= settings.minLetters && words >= settings.minWords;
    const unsure = words >= (settings.confidentWords ?? 0) && probabilities[best] < settings.minProbability;
    const unknown = longEnough && (unsure || (other >= 0 && probabilities[other] > probabilities[best]));
    return unknown
      ? { language: UNKNOWN_LANGUAGE, confidence: round(1 - probabilities[best]), unknown: true }
      : { language: this.language.labels[best], confidence: round(probabilities[best]), unknown: false };
  }

  /** Inbound probabilities, without decisions (for training, tuning and benchmarks). */
  inboundProbabilities(text: string): Float64Array {
    return this.probabilities(this.inbound, this.featurised(text).features);
  }

  outboundProbabilities(text: string): Float64Array {
    return this.probabilities(this.outbound, this.featurised(text).features);
  }

  private probabilities(heads: Heads, features: FeatureVector): Float64Array {
    return scoreHeads(heads, heads.labels.length, features).map(sigmoid);
  }

  /** The same text gives the same object (callers must not change it). */
  triageInbound(text: string): InboundTriage {
    return this.inboundTriages.get(text, () => this.computeInbound(text));
  }

  private computeInbound(text: string): InboundTriage {
    const language = this.identifyLanguage(text);
    const { analysis, features } = this.featurised(text);
    const probabilities = this.probabilities(this.inbound, features);
    const named = Object.fromEntries(this.inbound.labels.map((label, index) => [label, round(probabilities[index])]));
    if (language.unknown) return { language, labels: [{ label: 'unknown_language', confidence: language.confidence, spans: [] }], probabilities: named };
    const abuseHead = this.inbound.labels.indexOf('abuse');
    let clause: Clause | null | undefined;
    const abusiveClause = () => (clause === undefined ? (clause = strongestClause(text, this.header.bits, (clauseFeatures) => sigmoid(scoreHead(this.inbound, this.inbound.labels.length, abuseHead, clauseFeatures)))) : clause);
    const labels = decideInbound(probabilities, this.inbound.thresholds, this.header.inbound, () => abusiveClause()?.score ?? 0).map((label) => {
      const head = this.inbound.labels.indexOf(label);
      // Abuse found in one clause is explained by that clause's words, at its confidence.
      if (label === 'abuse' && clause && clause.score > probabilities[head]) {
        const { analysis: clauseAnalysis, features: clauseFeatures } = clause.featurised;
        const shift = clause.start;
        const spans = topSpans(text.slice(shift), clauseAnalysis.tokens, clauseFeatures, this.inbound, head).map((span) => ({ ...span, start: span.start + shift, end: span.end + shift }));
        return { label, confidence: round(clause.score), spans };
      }
      return { label, confidence: round(probabilities[head]), spans: topSpans(text, analysis.tokens, features, this.inbound, head) };
    });
    return { language, labels, probabilities: named };
  }

  /** The same text gives the same object (callers must not change it). */
  checkOutbound(text: string): OutboundCheck {
    return this.outboundChecks.get(text, () => this.computeOutbound(text));
  }

  private computeOutbound(text: string): OutboundCheck {
    const language = this.identifyLanguage(text);
    const { analysis, features } = this.featurised(text);
    const probabilities = this.probabilities(this.outbound, features);
    const named = Object.fromEntries(this.outbound.labels.map((label, index) => [label, round(probabilities[index])]));
    const labels = decideOutbound(probabilities, this.outbound.thresholds).map((label) => {
      const head = this.outbound.labels.indexOf(label);
      return { label, confidence: round(probabilities[head]), spans: topSpans(text, analysis.tokens, features, this.outbound, head) };
    });
    return { language, labels, probabilities: named };
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The model shipped in this package: model/triage-model.json and the weights file it names. */
export const SHIPPED_MODEL_HEADER = new URL('../model/triage-model.json', import.meta.url);

/** Reads a model from disk (once, at plugin start): the JSON header and its gzip'd int8 weights, checked by SHA-256. */
export function loadModel(headerUrl: URL = SHIPPED_MODEL_HEADER): TriageModel {
  let header: ModelHeader;
  try {
    header = JSON.parse(readFileSync(headerUrl, 'utf8')) as ModelHeader;
  } catch (error) {
    throw new Error(`triage model: cannot read ${headerUrl.pathname} (run npm run model:train): ${(error as Error).message}`);
  }
  if (header?.format !== 'rapport-triage-linear' || header.version !== 1) throw new Error(`triage model: ${headerUrl.pathname} is not a version 1 rapport-triage-linear model`);
  if (header.featureSet !== FEATURE_SET) {
    throw new Error(`triage model: ${headerUrl.pathname} was trained on feature set ${header.featureSet ?? '(none)'}, this code computes ${FEATURE_SET} (the word lists or featurisation changed): retrain with npm run model:train`);
  }
  const weightsUrl = new URL(header.weightsFile, headerUrl);
  let bytes: Buffer;
  try {
    bytes = gunzipSync(readFileSync(weightsUrl));
  } catch (error) {
    throw new Error(`triage model: cannot read its weights ${weightsUrl.pathname}: ${(error as Error).message}`);
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== header.weightsSha256) throw new Error(`triage model: ${header.weightsFile} does not match its header (sha256 ${digest})`);
  return new TriageModel(header, new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
