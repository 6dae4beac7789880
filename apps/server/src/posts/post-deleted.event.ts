import { RapportEvent } from '../events/rapport-event.js';

/** A post was deleted; the payload is its id. */
export class PostDeletedEvent extends RapportEvent<string> {
  static readonly eventName = 'post.deleted';
  readonly name = PostDeletedEvent.eventName;
}
