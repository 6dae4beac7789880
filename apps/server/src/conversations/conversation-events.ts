import { RapportEvent } from '../events/rapport-event.js';
import type { Conversation } from './conversation.entity.js';
import type { Message } from './message.entity.js';

/** A conversation changed: new message, status, assignment, labels... */
export class ConversationUpdatedEvent extends RapportEvent<Conversation> {
  static readonly eventName = 'conversation.updated';
  readonly name = ConversationUpdatedEvent.eventName;
}

/** A message was added to a conversation (inbound, reply or note). */
export class MessageAddedEvent extends RapportEvent<Message> {
  static readonly eventName = 'message.added';
  readonly name = MessageAddedEvent.eventName;
}

/** A message changed: hidden or shown, or a network side effect (send, hide, unhide, delete) moved on. */
export class MessageUpdatedEvent extends RapportEvent<Message> {
  static readonly eventName = 'message.updated';
  readonly name = MessageUpdatedEvent.eventName;
}
