import { RapportEvent } from '../events/rapport-event.js';
import type { PostTarget } from './post-target.entity.js';

/** A post's target on one channel moved on while publishing (claimed, published, failed, waiting for a retry). */
export class PostTargetUpdatedEvent extends RapportEvent<PostTarget> {
  static readonly eventName = 'post_target.updated';
  readonly name = PostTargetUpdatedEvent.eventName;
}
