import { RapportEvent } from '../events/rapport-event.js';
import type { Post } from './post.entity.js';

/** A post was created, edited or changed status (including each publishing step). */
export class PostUpdatedEvent extends RapportEvent<Post> {
  static readonly eventName = 'post.updated';
  readonly name = PostUpdatedEvent.eventName;
}
