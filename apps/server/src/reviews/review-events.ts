import { RapportEvent } from '../events/rapport-event.js';
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
