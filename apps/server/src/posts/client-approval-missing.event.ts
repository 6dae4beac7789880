import { RapportEvent } from '../events/rapport-event.js';
import type { Post } from './post.entity.js';

/**
 * A post that needs the client's approval was due without it, or its
 * client's deadline passed: it will not publish (it went back to DRAFT, or
 * waits for a new request). Raised after commit so the team hears of it.
 */
export class ClientApprovalMissingEvent extends RapportEvent<{ post: Post; reason: 'DUE' | 'DEADLINE' }> {
  static readonly eventName = 'post.client_approval_missing';
  readonly name = ClientApprovalMissingEvent.eventName;
}
