import { RapportEvent } from '../events/rapport-event.js';
import type { Policy } from './policy.entity.js';

/** A policy was created (version 1). */
export class PolicyCreatedEvent extends RapportEvent<Policy> {
  static readonly eventName = 'policy.created';
  readonly name = PolicyCreatedEvent.eventName;
}

/** A policy was edited: a new version. */
export class PolicyUpdatedEvent extends RapportEvent<Policy> {
  static readonly eventName = 'policy.updated';
  readonly name = PolicyUpdatedEvent.eventName;
}

/** A policy was deleted; the payload is the policy as it was. */
export class PolicyDeletedEvent extends RapportEvent<Policy> {
  static readonly eventName = 'policy.deleted';
  readonly name = PolicyDeletedEvent.eventName;
}
