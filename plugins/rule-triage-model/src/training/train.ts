import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FEATURE_SET, featurise, languageFeatures, strongestClause } from '../features.js';
import { decideInbound, decideOutbound, INBOUND_LABELS, LANGUAGES, OTHER_LANGUAGE, OUTBOUND_LABELS, type InboundRules, type ModelHeader } from '../model.js';
import { augmentText, prng, stripAccents, type Random } from './augment.js';
import { readOtherLanguages, readSplit, type Item } from './data.js';
import { predictOneVsRest, predictSoftmax, quantise, trainOneVsRest, trainSoftmax, type Example, type LinearWeights, type SgdOptions } from './linear.js';
import { outboundFigures, perClass, simulatedOutcome, targetFigures, targetRates } from './metrics.js';

export interface TrainOptions {
  dataDir: string;
  /** Where triage-model.json and triage-model.bin are written. */
  outDir: string;
  seed: number;
  bits: number;
  languageBits: number;
  folds: number;
  /** Augmented variants per training item (besides the item itself). */
  augmentCopies: number;
  /**
   * How much the dev split's figures weigh in tuning the thresholds against the training folds' (1: as much; 0: the
   * folds alone). The folds are full of look-alikes written to trip the model; dev is a plain mix written apart from
   * train, closer to what a brand receives. The model's weights never see dev.
   */
  devWeight: number;
  sgd: Omit<SgdOptions, 'seed'>;
  languageSgd: Omit<SgdOptions, 'seed'>;
  log: (message: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: Omit<TrainOptions, 'dataDir' | 'outDir' | 'log'> = {
  seed: 20261202,
  bits: 20,
  languageBits: 18,
  folds: 4,
  augmentCopies: 2,
  devWeight: 1,
  // Strong L2: the dev set (and real messages) are written by other people than the training items; a model that
  // memorises fewer rare n-grams transfers better (measured on blocked folds, see crossValidate).
  sgd: { epochs: 8, learningRate: 0.3, l2: 1e-3 },
  languageSgd: { epochs: 6, learningRate: 0.3, l2: 1e-6 },
};

export interface TrainResult {
  header: ModelHeader;
  /** Out-of-fold figures on the training set (what the thresholds were tuned on). */
  crossValidation: Record<string, unknown>;
}

/** Texts shorter than this many letters or words are never called an unknown language (too short to tell). */
const MIN_LETTERS = 12;
const MIN_WORDS = 3;
/** ...and a low probability alone makes one unknown only from this many words on (see LanguageHeader.confidentWords). */
const CONFIDENT_WORDS = 6;
/** Known-language training texts (long enough) that the language model may call unknown at most. */
const MAX_FALSE_UNKNOWN = 0.005;

interface Featured {
  item: Item;
  /** The original first, then its augmented variants. */
  variants: Array<{ buckets: Uint32Array; values: Float32Array }>;
}

function featureVariants(items: Item[], copies: number, bits: number, random: Random): Featured[] {
  return items.map((item) => {
    const texts = [item.text];
    for (let copy = 0; copy < copies; copy++) texts.push(augmentText(item.text, item.labels, random));
    return { item, variants: texts.map((text) => featurise(text, bits).features).map((features) => ({ buckets: features.buckets, values: features.values })) };
  });
}

function targetsOf(labels: readonly string[], heads: readonly string[]): Uint8Array {
  return Uint8Array.from(heads, (head) => (labels.includes(head) ? 1 : 0));
}

/** Each language weighs about the same in training, whatever its share of the corpus. */
function languageWeights(items: Item[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.lang, (counts.get(item.lang) ?? 0) + 1);
  const mean = items.length / Math.max(1, counts.size);
  return new Map([...counts].map(([lang, count]) => [lang, Math.sqrt(mean / count)]));
}

/** Rarer labels count more: sqrt(negatives / positives), between 1 and 8. */
function positiveWeights(items: Item[], heads: readonly string[]): number[] {
  return heads.map((head) => {
    const positives = items.filter((item) => item.labels.includes(head)).length;
    return positives ? Math.min(8, Math.max(1, Math.sqrt((items.length - positives) / positives))) : 1;
  });
}

function examplesOf(featured: Featured[], heads: readonly string[], weights: Map<string, number>): Example[] {
  return featured.flatMap(({ item, variants }) => variants.map((variant) => ({ ...variant, targets: targetsOf(item.labels, heads), weight: weights.get(item.lang) ?? 1 })));
}

function foldOf(count: number, folds: number, seed: number): Uint8Array {
  const random = prng(seed);
  const order = [...Array(count).keys()].map((index) => ({ index, key: random() })).sort((a, b) => a.key - b.key);
  const fold = new Uint8Array(count);
  order.forEach(({ index }, position) => (fold[index] = position % folds));
  return fold;
}

/** Lines written together (one sitting, one topic) stay in one fold. */
const BLOCK_LINES = 25;

/**
 * Folds of contiguous blocks of each file rather than random lines: items written in one sitting resemble each
 * other, so random folds flatter the model; blocked folds come much closer to its figures on text written by
 * someone else (the dev set, real messages), which is what the thresholds must be tuned for.
 */
function blockedFolds(items: Item[], folds: number): Uint8Array {
  const seen = new Map<string, number>();
  return Uint8Array.from(items, (item) => {
    const file = item.source.split(':')[0];
    const line = seen.get(file) ?? 0;
    seen.set(file, line + 1);
    return (Math.floor(line / BLOCK_LINES) + file.length) % folds;
  });
}

/** One head's probability of each text's strongest clause by that head (0 for one clause): decideInbound's `clauseAbuse`. */
function clauseScores(texts: string[], model: LinearWeights, head: number, bits: number): Float64Array {
  return Float64Array.from(texts, (text) => strongestClause(text, bits, (features) => predictOneVsRest(model, features.buckets, features.values)[head])?.score ?? 0);
}

/**
 * Out-of-fold probabilities of every training item (k-fold, augmentation inside the training folds only) and, with
 * `clauseHead`, that head's out-of-fold probability of each item's strongest clause.
 */
function crossValidate(featured: Featured[], heads: readonly string[], options: TrainOptions, clauseHead?: number): { probabilities: Float64Array[]; clauses: Float64Array } {
  const fold = blockedFolds(featured.map((entry) => entry.item), options.folds);
  const probabilities: Float64Array[] = new Array(featured.length);
  const clauses = new Float64Array(featured.length);
  for (let k = 0; k < options.folds; k++) {
    const training = featured.filter((_, index) => fold[index] !== k);
    const items = training.map((entry) => entry.item);
    const model = trainOneVsRest(examplesOf(training, heads, languageWeights(items)), heads.length, options.bits, positiveWeights(items, heads), { ...options.sgd, seed: options.seed + 20 + k });
    const held = featured.flatMap((entry, index) => (fold[index] === k ? [index] : []));
    for (const index of held) probabilities[index] = predictOneVsRest(model, featured[index].variants[0].buckets, featured[index].variants[0].values);
    if (clauseHead !== undefined) clauseScores(held.map((index) => featured[index].item.text), model, clauseHead, options.bits).forEach((score, at) => (clauses[held[at]] = score));
    options.log(`  fold ${k + 1}/${options.folds} done`);
  }
  return { probabilities, clauses };
}

const GRID = Array.from({ length: 37 }, (_, index) => 0.05 + index * 0.025);

/** Coordinate ascent of per-label thresholds on a utility of out-of-fold decisions; `minimum` bounds some from below. */
function tuneThresholds(count: number, utility: (thresholds: number[]) => number, minimum: number[] = [], start: number[] = []): number[] {
  const thresholds = Array.from({ length: count }, (_, index) => start[index] ?? 0.5);
  let best = utility(thresholds);
  for (let pass = 0; pass < 4; pass++) {
    let improved = false;
    for (let head = 0; head < count; head++) {
      for (const candidate of GRID.filter((value) => value >= (minimum[head] ?? 0))) {
        const trial = [...thresholds];
        trial[head] = candidate;
        const score = utility(trial);
        if (score > best + 1e-9) {
          best = score;
          thresholds[head] = candidate;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return thresholds.map((value) => Math.round(value * 1000) / 1000);
}

/** Two utilities over the same thresholds, the second weighted. */
function combined(first: (thresholds: number[]) => number, second: (thresholds: number[]) => number, weight: number) {
  return (thresholds: number[]) => first(thresholds) + (weight ? weight * second(thresholds) : 0);
}

const orZero = (value: number) => (Number.isNaN(value) ? 0 : value);

/** The tuned vector: one threshold per head, then criticism-with-abuse, the praise veto (2), clear-of-criticism (3), the complaint guard's criticism and abuse (2), the neutral veto (2), the insult in a complaint (3), threat-with-abuse and the complaint guard's threat. */
const INBOUND_EXTRA = 15;
function inboundRules(tuned: number[]): InboundRules {
  const at = INBOUND_LABELS.length;
  return {
    criticismWithAbuse: tuned[at],
    praiseVeto: { praise: tuned[at + 1], criticism: tuned[at + 2] },
    clearOfCriticism: { criticism: tuned[at + 3], abuse: tuned[at + 4], spam: tuned[at + 5] },
    complaintGuard: { criticism: tuned[at + 6], abuse: tuned[at + 7], threat: tuned[at + 14] },
    neutralVeto: { neutral: tuned[at + 8], criticism: tuned[at + 9] },
    insultInComplaint: { criticism: tuned[at + 10], abuse: tuned[at + 11], textAbuse: tuned[at + 12] },
    threatWithAbuse: tuned[at + 13],
  };
}

/**
 * What wrong inbound actions cost in tuning: per percent of honest criticism hidden, per point of praise/neutral acted
 * on beyond 4%, per percent of abuse without a threat escalated URGENT as one (about half what a threat found is worth
 * per item: abuse without threats is about three times as common, and a missed threat is the worse mistake).
 */
export const UTILITY = { criticismHiddenPerPercent: 60, benignActedPerPoint: 4, abuseCalledThreatPerPercent: 0.75 };

/**
 * What inbound thresholds aim at, in the issue's terms. Acting wrongly is what a brand cannot afford: honest
 * criticism hidden, praise or neutral acted on (over 4% on the training folds, leaving room for text written by
 * others), a question label that is wrong (under 90% precision) cost far more than a missed item, and abuse escalated
 * URGENT as a threat it is not costs a little. Within those limits, as much spam and abuse hidden, criticism escalated
 * and questions found as possible (each counted up to its target), and a little praise F1 keeps praise and neutral
 * apart. The utility takes the tuned vector (see INBOUND_EXTRA).
 */
function inboundUtility(items: Item[], probabilities: Float64Array[], clauseAbuse: Float64Array) {
  const decide = (index: number, thresholds: number[]) => decideInbound(probabilities[index], thresholds, inboundRules(thresholds), () => clauseAbuse[index]);
  const abuseOnly = items.flatMap((item, index) => (item.labels.includes('abuse') && !item.labels.includes('threat') ? [index] : []));
  return (thresholds: number[]) => {
    const decisions = items.map((_, index) => decide(index, thresholds));
    const figures = targetFigures(items.map((item, index) => ({ lang: item.lang, gold: item.labels, outcome: simulatedOutcome(decisions[index]) })));
    const rates = targetRates(figures);
    const upTo = (value: number, target: number) => Math.min(orZero(value), target);
    const criticismHiddenPercent = figures.criticism ? (100 * figures.criticismHidden) / figures.criticism : 0;
    const praise = perClass(items.map((item, index) => ({ lang: item.lang, gold: item.labels, predicted: decisions[index] })), ['praise'])[0];
    const praiseF1 = praise.precision + praise.recall > 0 ? (2 * praise.precision * praise.recall) / (praise.precision + praise.recall) : 0;
    const gains =
      upTo(rates.spamHidden, 95) + upTo(rates.abuseHidden, 95) + upTo(rates.criticismEscalated, 95) + upTo(rates.questionRecall, 95) +
      0.5 * (upTo(rates.threatsHiddenEscalatedUrgent, 95) + upTo(rates.abusiveCriticismHiddenEscalated, 95)) + 10 * orZero(praiseF1);
    const abuseCalledThreatPercent = abuseOnly.length ? (100 * abuseOnly.filter((index) => decisions[index].includes('threat')).length) / abuseOnly.length : 0;
    const wrongs =
      UTILITY.criticismHiddenPerPercent * criticismHiddenPercent +
      UTILITY.benignActedPerPoint * Math.max(0, orZero(rates.benignActed) - 4) +
      5 * Math.max(0, 90 - orZero(rates.questionPrecision)) +
      UTILITY.abuseCalledThreatPerPercent * abuseCalledThreatPercent;
    return gains - wrongs;
  };
}

/** Outbound: every label found (each counted up to its target), while fine text stays alone (over 3% flagged on the training folds costs 15 per point, leaving room under the 5% target for text written by others). */
function outboundUtility(items: Item[], probabilities: Float64Array[]) {
  return (thresholds: number[]) => {
    const rows = items.map((item, index) => ({ lang: item.lang, gold: item.labels, predicted: decideOutbound(probabilities[index], thresholds) }));
    const { perLabel, fine, fineFlagged } = outboundFigures(rows, OUTBOUND_LABELS);
    const precision = perClass(rows, OUTBOUND_LABELS).filter((figure) => figure.lang === 'all');
    const finePercent = fine ? (100 * fineFlagged) / fine : 0;
    return (
      perLabel.reduce((sum, figure) => sum + Math.min(95, 100 * orZero(figure.recall)), 0) +
      0.2 * precision.reduce((sum, figure) => sum + 100 * orZero(figure.precision), 0) -
      15 * Math.max(0, finePercent - 3)
    );
  };
}

interface LanguageTraining {
  model: LinearWeights;
  minProbability: number;
  crossValidation: { knownFalseUnknown: number; otherDetected: number; accuracy: number };
}

function languageExamples(entries: Array<{ text: string; target: number }>, bits: number, random: Random): { examples: Example[]; letters: number[]; words: number[] } {
  const examples: Example[] = [];
  const letters: number[] = [];
  const words: number[] = [];
  for (const { text, target } of entries) {
    const variants = [text];
    // People drop accents; the language should still be told.
    if (random() < 0.5 && stripAccents(text) !== text) variants.push(stripAccents(text));
    for (const variant of variants) {
      const { features, letters: count, words: wordCount } = languageFeatures(variant, bits);
      examples.push({ buckets: features.buckets, values: features.values, targets: Uint8Array.of(target), weight: 1 });
      letters.push(count);
      words.push(wordCount);
    }
  }
  return { examples, letters, words };
}

/**
 * Below which probability of its best language a text is called unknown, given what cross-validation says each
 * threshold (0.2 to 0.9 by 0.05) does: the share of known-language texts it calls unknown and how many held-out
 * other-language texts it finds. Allowed: the thresholds that call at most MAX_FALSE_UNKNOWN of the known texts
 * unknown; chosen: the lowest allowed one that finds as many other-language texts as the highest allowed one. A
 * higher one finds no more of them, and on text by new authors it calls more short, slangy messages in the seven
 * languages unknown ("the pistachio gelato is criminally good", escalated for nothing).
 */
export function unknownThreshold(falseUnknownShare: (threshold: number) => number, othersFound: (threshold: number) => number): number {
  const allowed: number[] = [];
  for (let step = 0; step <= 14; step++) {
    const threshold = Math.round((0.2 + step * 0.05) * 100) / 100;
    if (falseUnknownShare(threshold) <= MAX_FALSE_UNKNOWN) allowed.push(threshold);
  }
  if (!allowed.length) return 0.2;
  const most = othersFound(allowed[allowed.length - 1]);
  // The highest allowed threshold qualifies, so one is always found.
  return allowed.find((threshold) => othersFound(threshold) >= most)!;
}

/** The language model (7 languages + other) and its unknown threshold, from cross-validation. */
function trainLanguage(items: Item[], others: Array<{ text: string }>, options: TrainOptions): LanguageTraining {
  const classes = [...LANGUAGES, OTHER_LANGUAGE];
  const entries = [...items.map((item) => ({ text: item.text, target: classes.indexOf(item.lang) })), ...others.map((other) => ({ text: other.text, target: classes.length - 1 }))];
  const counts = classes.map((_, index) => entries.filter((entry) => entry.target === index).length);
  const classWeight = counts.map((count) => (count ? Math.min(8, Math.sqrt(entries.length / classes.length / count)) : 1));
  const fold = foldOf(entries.length, options.folds, options.seed + 101);
  const held: Array<{ target: number; probabilities: Float64Array; letters: number; words: number }> = [];
  for (let k = 0; k < options.folds; k++) {
    const { examples } = languageExamples(entries.filter((_, index) => fold[index] !== k), options.languageBits, prng(options.seed + 200 + k));
    const model = trainSoftmax(examples, classes.length, options.languageBits, classWeight, { ...options.languageSgd, seed: options.seed + 300 + k });
    entries.forEach((entry, index) => {
      if (fold[index] !== k) return;
      const { features, letters, words } = languageFeatures(entry.text, options.languageBits);
      held.push({ target: entry.target, probabilities: predictSoftmax(model, features.buckets, features.values), letters, words });
    });
  }
  const other = classes.length - 1;
  const decide = (row: (typeof held)[number], minProbability: number) => {
    let best = 0;
    for (let index = 1; index < other; index++) if (row.probabilities[index] > row.probabilities[best]) best = index;
    const longEnough = row.letters >= MIN_LETTERS && row.words >= MIN_WORDS;
    const unsure = row.words >= CONFIDENT_WORDS && row.probabilities[best] < minProbability;
    return longEnough && (unsure || row.probabilities[other] > row.probabilities[best]) ? other : best;
  };
  const known = held.filter((row) => row.target !== other && row.letters >= MIN_LETTERS && row.words >= MIN_WORDS);
  const heldOthers = held.filter((row) => row.target === other && row.letters >= MIN_LETTERS && row.words >= MIN_WORDS);
  const falseUnknownShare = (threshold: number) => known.filter((row) => decide(row, threshold) === other).length / Math.max(1, known.length);
  const othersFound = (threshold: number) => heldOthers.filter((row) => decide(row, threshold) === other).length;
  const minProbability = unknownThreshold(falseUnknownShare, othersFound);
  const crossValidation = {
    knownFalseUnknown: falseUnknownShare(minProbability),
    otherDetected: othersFound(minProbability) / Math.max(1, heldOthers.length),
    accuracy: held.filter((row) => row.target !== other && decide(row, minProbability) === row.target).length / Math.max(1, held.filter((row) => row.target !== other).length),
  };
  options.log(`  language: unknown below p=${minProbability}; CV: ${(100 * crossValidation.accuracy).toFixed(1)}% right, ${(100 * crossValidation.knownFalseUnknown).toFixed(2)}% known called unknown, ${(100 * crossValidation.otherDetected).toFixed(1)}% other detected`);
  const { examples } = languageExamples(entries, options.languageBits, prng(options.seed + 400));
  const model = trainSoftmax(examples, classes.length, options.languageBits, classWeight, { ...options.languageSgd, seed: options.seed + 500 });
  return { model, minProbability, crossValidation };
}

/** Trains every head on TRAIN, tunes thresholds on TRAIN's folds and on dev, writes the quantised model. */
export function train(options: TrainOptions): TrainResult {
  const { items: trainItems, skipped } = readSplit(options.dataDir, 'train');
  if (skipped.length) options.log(`skipped ${skipped.length} training lines:\n  ${skipped.slice(0, 20).join('\n  ')}`);
  const inbound = trainItems.filter((item) => item.direction === 'inbound');
  const outbound = trainItems.filter((item) => item.direction === 'outbound');
  if (inbound.length === 0) throw new Error(`no inbound training items in ${options.dataDir}/train`);
  if (outbound.length === 0) options.log('WARNING: no outbound training items; the outbound heads learn nothing');
  const others = readOtherLanguages(options.dataDir, 'train');
  options.log(`training items: ${inbound.length} inbound, ${outbound.length} outbound, ${others.length} other-language`);

  // One augmentation stream per direction: new inbound items must not change the outbound model (its figures moved
  // with every inbound round while its data stayed the same).
  const inboundFeatured = featureVariants(inbound, options.augmentCopies, options.bits, prng(options.seed));
  const outboundFeatured = featureVariants(outbound, options.augmentCopies, options.bits, prng(options.seed + 1));

  options.log('inbound: cross-validation');
  const abuseHead = INBOUND_LABELS.indexOf('abuse');
  const { probabilities: inboundOof, clauses: inboundClauseOof } = crossValidate(inboundFeatured, INBOUND_LABELS, options, abuseHead);
  options.log('outbound: cross-validation');
  const outboundOof = outbound.length ? crossValidate(outboundFeatured, OUTBOUND_LABELS, options).probabilities : [];

  options.log('final models on all training items');
  const inboundModel = trainOneVsRest(examplesOf(inboundFeatured, INBOUND_LABELS, languageWeights(inbound)), INBOUND_LABELS.length, options.bits, positiveWeights(inbound, INBOUND_LABELS), { ...options.sgd, seed: options.seed + 11 });
  const outboundModel = trainOneVsRest(examplesOf(outboundFeatured, OUTBOUND_LABELS, languageWeights(outbound)), OUTBOUND_LABELS.length, options.bits, positiveWeights(outbound, OUTBOUND_LABELS), { ...options.sgd, seed: options.seed + 12 });

  // The dev split's figures join the folds' in tuning (see TrainOptions.devWeight), from the final models, which never saw it.
  const { items: devItems } = readSplit(options.dataDir, 'dev');
  const devInbound = devItems.filter((item) => item.direction === 'inbound');
  const devOutbound = devItems.filter((item) => item.direction === 'outbound');
  const predicted = (model: LinearWeights, items: Item[]) => items.map((item) => {
    const { features } = featurise(item.text, options.bits);
    return predictOneVsRest(model, features.buckets, features.values);
  });
  const devInboundProbabilities = predicted(inboundModel, devInbound);
  const devInboundClauses = clauseScores(devInbound.map((item) => item.text), inboundModel, abuseHead, options.bits);
  const devOutboundProbabilities = predicted(outboundModel, devOutbound);

  // An abusive text is called a complaint only with some evidence (0.2), so a plain insult is not labelled criticism.
  // The praise and neutral vetoes start switched on (0.7 and 0.5, below a criticism of 0.8): one coordinate at a time
  // cannot find them from "off".
  // Clear of criticism starts switched off (abuse and spam at 0.5 below a criticism of 0.05) and the complaint guard
  // strict (abuse and threat at 0.95 from a criticism of 0.5): coordinate ascent moves them where the utility says. The insult in a
  // complaint starts nearly off (a clause's abuse at 0.95, from a criticism of 0.5 and a text's abuse of 0.3); the
  // threat threshold for abusive text where the head's own starts.
  const tuned = tuneThresholds(
    INBOUND_LABELS.length + INBOUND_EXTRA,
    combined(inboundUtility(inbound, inboundOof, inboundClauseOof), inboundUtility(devInbound, devInboundProbabilities, devInboundClauses), options.devWeight),
    [...INBOUND_LABELS.map(() => 0), 0.2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    [...INBOUND_LABELS.map(() => 0.5), 0.5, 0.7, 0.8, 0.05, 0.5, 0.5, 0.5, 0.95, 0.5, 0.8, 0.5, 0.95, 0.3, 0.5, 0.95],
  );
  const inboundThresholds = tuned.slice(0, INBOUND_LABELS.length);
  const rules = inboundRules(tuned);
  options.log(`  inbound thresholds ${INBOUND_LABELS.map((label, index) => `${label}=${inboundThresholds[index]}`).join(' ')} ${JSON.stringify(rules)}`);
  const outboundThresholds = outbound.length
    ? tuneThresholds(OUTBOUND_LABELS.length, combined(outboundUtility(outbound, outboundOof), outboundUtility(devOutbound, devOutboundProbabilities), options.devWeight))
    : OUTBOUND_LABELS.map(() => 0.5);
  options.log(`  outbound thresholds ${OUTBOUND_LABELS.map((label, index) => `${label}=${outboundThresholds[index]}`).join(' ')}`);
  options.log('language model');
  const language = trainLanguage(trainItems, others, options);

  const inboundRows = inbound.map((item, index) => ({ lang: item.lang, gold: item.labels, outcome: simulatedOutcome(decideInbound(inboundOof[index], inboundThresholds, rules, () => inboundClauseOof[index])) }));
  const outboundRows = outbound.map((item, index) => ({ lang: item.lang, gold: item.labels, predicted: decideOutbound(outboundOof[index], outboundThresholds) }));
  const crossValidation = {
    inbound: targetRates(targetFigures(inboundRows)),
    outbound: outboundFigures(outboundRows, OUTBOUND_LABELS),
    language: language.crossValidation,
  };

  options.log(`cross-validation, inbound: ${Object.entries(crossValidation.inbound).map(([key, value]) => `${key} ${value.toFixed(1)}`).join(', ')}`);
  options.log(`cross-validation, outbound: ${crossValidation.outbound.perLabel.map((figure) => `${figure.label} ${(100 * figure.recall).toFixed(1)}%`).join(', ')}, fine flagged ${crossValidation.outbound.fineFlagged}/${crossValidation.outbound.fine}`);
  const parts = [quantise(inboundModel), quantise(outboundModel), quantise(language.model)];
  const bytes = Buffer.concat(parts.map((part) => Buffer.from(part.weights.buffer, part.weights.byteOffset, part.weights.byteLength)));
  const offsets = [0, parts[0].weights.length, parts[0].weights.length + parts[1].weights.length];
  const counts = (items: Item[], labels: readonly string[]) => Object.fromEntries(labels.map((label) => [label, items.filter((item) => item.labels.includes(label)).length]));
  const byLanguage = (items: Item[]) => Object.fromEntries(LANGUAGES.map((lang) => [lang, items.filter((item) => item.lang === lang).length]));
  const header: ModelHeader = {
    format: 'rapport-triage-linear',
    version: 1,
    bits: options.bits,
    languageBits: options.languageBits,
    featureSet: FEATURE_SET,
    quantisation: 'int8',
    inbound: { labels: [...INBOUND_LABELS], bias: [...inboundModel.bias], scale: parts[0].scale, thresholds: inboundThresholds, offset: offsets[0], ...rules },
    outbound: { labels: [...OUTBOUND_LABELS], bias: [...outboundModel.bias], scale: parts[1].scale, thresholds: outboundThresholds, offset: offsets[1] },
    language: {
      labels: [...LANGUAGES, OTHER_LANGUAGE],
      bias: [...language.model.bias],
      scale: parts[2].scale,
      thresholds: [],
      offset: offsets[2],
      minProbability: language.minProbability,
      minLetters: MIN_LETTERS,
      minWords: MIN_WORDS,
      confidentWords: CONFIDENT_WORDS,
    },
    weightsFile: 'triage-model.bin',
    weightsSha256: createHash('sha256').update(bytes).digest('hex'),
    training: {
      seed: options.seed,
      folds: options.folds,
      utility: UTILITY,
      augmentCopies: options.augmentCopies,
      devWeight: options.devWeight,
      sgd: options.sgd,
      languageSgd: options.languageSgd,
      items: {
        inbound: inbound.length,
        outbound: outbound.length,
        otherLanguages: others.length,
        inboundByLanguage: byLanguage(inbound),
        outboundByLanguage: byLanguage(outbound),
        inboundByLabel: counts(inbound, INBOUND_LABELS),
        outboundByLabel: counts(outbound, [...OUTBOUND_LABELS, 'fine']),
      },
      crossValidation,
    },
  };
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(join(options.outDir, header.weightsFile), gzipSync(bytes, { level: 9 }));
  writeFileSync(join(options.outDir, 'triage-model.json'), `${JSON.stringify(header, null, 2)}\n`);
  return { header, crossValidation };
}
