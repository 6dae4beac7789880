import type { SuspicionReason } from './review.entity.js';
import { SentimentLabel, SuspicionSignal } from './review.enums.js';

/** A burst: at least this many ratings at or below BURST_MAX_RATING on one source within BURST_WINDOW_HOURS. */
export const BURST_MIN_REVIEWS = 3;
export const BURST_MAX_RATING = 2;
export const BURST_WINDOW_HOURS = 24;
/** Token-set Jaccard similarity at which two review texts count as near-duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;
/** At or above this score a review gets the "suspicious" flag. */
export const SUSPICIOUS_AT = 0.45;
export const SUSPICIOUS_FLAG = 'suspicious';

/** How much each signal weighs; they combine as independent evidence (see suspicionScore). */
const WEIGHT: Record<SuspicionSignal, number> = {
  [SuspicionSignal.LOW_RATING_BURST]: 0.4,
  [SuspicionSignal.NEW_REVIEWER]: 0.1,
  [SuspicionSignal.NEAR_DUPLICATE]: 0.45,
  [SuspicionSignal.MENTIONS_WATCHED_NAME]: 0.2,
  [SuspicionSignal.SENTIMENT_MISMATCH]: 0.3,
};

/** What the ingestion found out about a review and its neighbours. */
export interface SuspicionEvidence {
  rating: number;
  sentiment: SentimentLabel;
  /** Low ratings on the same source within the window around this one, itself included. */
  lowRatingsInWindow: number;
  /** Other reviews we already have from this author on this source. */
  authorsOtherReviews: number;
  /** The most similar other review of the workspace, if any. */
  closestText: { externalId: string; similarity: number } | null;
  /** Watch-list names the text mentions. */
  watchedNamesMentioned: string[];
}

/** Lower case words of letters and digits: what near-duplicate detection compares. */
export function textTokens(text: string): Set<string> {
  return new Set(text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? []);
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Watch-list names found in the text as whole words, case and accents ignored. */
export function mentionedNames(text: string, names: string[]): string[] {
  const words = [...textTokens(text)].join(' ');
  return names.filter((name) => {
    const wanted = [...textTokens(name)].join(' ');
    return wanted && ` ${words} `.includes(` ${wanted} `);
  });
}

export function suspicionReasons(evidence: SuspicionEvidence): SuspicionReason[] {
  const reasons: Array<Omit<SuspicionReason, 'weight'>> = [];
  if (evidence.rating <= BURST_MAX_RATING && evidence.lowRatingsInWindow >= BURST_MIN_REVIEWS) {
    reasons.push({ signal: SuspicionSignal.LOW_RATING_BURST, detail: `${evidence.lowRatingsInWindow} ratings of ${BURST_MAX_RATING} stars or less on this source within ${BURST_WINDOW_HOURS} hours.` });
  }
  if (evidence.authorsOtherReviews === 0) reasons.push({ signal: SuspicionSignal.NEW_REVIEWER, detail: 'The first review we have seen from this author.' });
  if (evidence.closestText && evidence.closestText.similarity >= NEAR_DUPLICATE_SIMILARITY) {
    reasons.push({ signal: SuspicionSignal.NEAR_DUPLICATE, detail: `Text ${Math.round(evidence.closestText.similarity * 100)}% the same as review ${evidence.closestText.externalId}.` });
  }
  if (evidence.watchedNamesMentioned.length) reasons.push({ signal: SuspicionSignal.MENTIONS_WATCHED_NAME, detail: `Names ${evidence.watchedNamesMentioned.join(', ')}.` });
  if (evidence.rating >= 5 && evidence.sentiment === SentimentLabel.NEGATIVE) reasons.push({ signal: SuspicionSignal.SENTIMENT_MISMATCH, detail: '5 stars, but the text is criticism.' });
  if (evidence.rating <= 1 && evidence.sentiment === SentimentLabel.POSITIVE) reasons.push({ signal: SuspicionSignal.SENTIMENT_MISMATCH, detail: '1 star, but the text is clearly positive.' });
  return reasons.map((reason) => ({ ...reason, weight: WEIGHT[reason.signal] }));
}

/** Noisy-OR of the reasons' weights: each is independent evidence, and the score stays within 0–1. */
export function suspicionScore(reasons: SuspicionReason[]): number {
  const score = 1 - reasons.reduce((clean, reason) => clean * (1 - reason.weight), 1);
  return Math.round(score * 100) / 100;
}
