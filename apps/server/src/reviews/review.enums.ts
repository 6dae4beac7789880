import { registerEnumType } from '@nestjs/graphql';

export enum ReviewReplyStatus {
  DRAFT = 'DRAFT',
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

export enum DisputeStatus {
  OPEN = 'OPEN',
  QUEUED = 'QUEUED',
  SUBMITTED = 'SUBMITTED',
  FAILED = 'FAILED',
  UPHELD = 'UPHELD',
  REJECTED = 'REJECTED',
}

/** What happened to a flag of a review. */
export enum ReviewFlagAction {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}

export enum SentimentLabel {
  POSITIVE = 'POSITIVE',
  NEUTRAL = 'NEUTRAL',
  NEGATIVE = 'NEGATIVE',
}

/** Why a review looks fake or abusive; each signal adds its weight to the suspicion score. */
export enum SuspicionSignal {
  LOW_RATING_BURST = 'LOW_RATING_BURST',
  NEW_REVIEWER = 'NEW_REVIEWER',
  NEAR_DUPLICATE = 'NEAR_DUPLICATE',
  MENTIONS_WATCHED_NAME = 'MENTIONS_WATCHED_NAME',
  SENTIMENT_MISMATCH = 'SENTIMENT_MISMATCH',
}

registerEnumType(ReviewReplyStatus, {
  name: 'ReviewReplyStatus',
  description: 'Where our public answer to a review stands.',
  valuesMap: {
    DRAFT: { description: 'Written (e.g. by an AUTO_REPLY policy) but not sent; send it with replyToReview.' },
    PENDING_APPROVAL: { description: 'An OUTBOUND_REPLY policy holds it until an ADMIN approves it.' },
    QUEUED: { description: 'Waiting to be sent to the review site by the queue.' },
    SENT: { description: 'Published on the review site.' },
    FAILED: { description: 'The review site refused it or kept failing; see error.' },
  },
});

registerEnumType(DisputeStatus, {
  name: 'DisputeStatus',
  description: 'Where a dispute of a review with the review site stands.',
  valuesMap: {
    OPEN: { description: 'Recorded by hand (manual: true): Rapport did not report it; you filed it with the site yourself.' },
    QUEUED: { description: "Waiting to be reported through the site's report API by the queue." },
    SUBMITTED: { description: 'Reported to the site, which gave a reference.' },
    FAILED: { description: 'The site refused the report, or kept failing; see error. Dispute again to retry.' },
    UPHELD: { description: 'The site agreed and removed or corrected the review.' },
    REJECTED: { description: 'The site kept the review.' },
  },
});

registerEnumType(ReviewFlagAction, {
  name: 'ReviewFlagAction',
  description: 'What happened to a flag of a review.',
  valuesMap: {
    ADDED: { description: 'The flag was put on the review.' },
    REMOVED: { description: 'The flag was taken off the review.' },
  },
});

registerEnumType(SentimentLabel, {
  name: 'SentimentLabel',
  description: 'The tone of a review text.',
  valuesMap: {
    POSITIVE: { description: 'Clearly positive.' },
    NEUTRAL: { description: 'Neither clearly positive nor criticism (also when no classifier is loaded).' },
    NEGATIVE: { description: 'Criticism, per the REVIEW policies or the sentiment-and-criticism rule.' },
  },
});

registerEnumType(SuspicionSignal, {
  name: 'SuspicionSignal',
  description: 'A reason a review may be fake or abusive.',
  valuesMap: {
    LOW_RATING_BURST: { description: 'Several low ratings arrived on the same source within a short window.' },
    NEW_REVIEWER: { description: 'The first review we have seen from this author.' },
    NEAR_DUPLICATE: { description: 'Its text is nearly the same as another review of the workspace.' },
    MENTIONS_WATCHED_NAME: { description: 'It names a staff member or competitor from the workspace watch list.' },
    SENTIMENT_MISMATCH: { description: 'The rating contradicts the tone of the text (5 stars with criticism, 1 star and glowing).' },
  },
});
