import { registerEnumType } from '@nestjs/graphql';

/** What an inbound message is on its network; the values are the SDK's `InboundKind`s, so no mapping is needed. */
export enum MessageKind {
  COMMENT = 'comment',
  MENTION = 'mention',
  DIRECT_MESSAGE = 'direct_message',
}

registerEnumType(MessageKind, {
  name: 'MessageKind',
  description: 'What an inbound message is on its network; what the network lets Rapport hide or delete depends on it (see channelTypes capabilities).',
  valuesMap: {
    COMMENT: { description: 'A comment (under a post, or a reply to one).' },
    MENTION: { description: 'A public post that mentions the account.' },
    DIRECT_MESSAGE: { description: 'A private message.' },
  },
});
