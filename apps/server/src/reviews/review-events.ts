import { RapportEvent } from '../events/rapport-event.js';
import type { ReviewDispute } from './review-dispute.entity.js';
import type { Review } from './review.entity.js';

/** A review arrived from a review site. */
export class ReviewAddedEvent extends RapportEvent<Review> {
  static readonly eventName = 'review.added';
  readonly name = ReviewAddedEvent.eventName;
}

/** A review changed: edited on the site, replied to, flagged, disputed... */
export class ReviewUpdatedEvent extends RapportEvent<Review> {
  static readonly eventName = 'review.updated';
  readonly name = ReviewUpdatedEvent.eventName;
}

/** A review's reply was written, approved, queued, sent, failed or deleted; the payload is the review. */
export class ReviewReplyUpdatedEvent extends RapportEvent<Review> {
  static readonly eventName = 'review_reply.updated';
  readonly name = ReviewReplyUpdatedEvent.eventName;
}

/** A review was disputed. */
export class DisputeCreatedEvent extends RapportEvent<ReviewDispute> {
  static readonly eventName = 'dispute.created';
  readonly name = DisputeCreatedEvent.eventName;
}

/** A dispute moved on: submitted to the site, failed, upheld or rejected. */
export class DisputeUpdatedEvent extends RapportEvent<ReviewDispute> {
  static readonly eventName = 'dispute.updated';
  readonly name = DisputeUpdatedEvent.eventName;
}
