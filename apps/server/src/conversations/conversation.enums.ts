import { registerEnumType } from '@nestjs/graphql';

export enum ConversationKind {
  COMMENT_THREAD = 'COMMENT_THREAD',
  MENTION = 'MENTION',
  DIRECT_MESSAGE = 'DIRECT_MESSAGE',
}

export enum ConversationStatus {
  OPEN = 'OPEN',
  PENDING = 'PENDING',
  SNOOZED = 'SNOOZED',
  RESOLVED = 'RESOLVED',
}

export enum MessageDirection {
  INBOUND = 'INBOUND',
  OUTBOUND = 'OUTBOUND',
  NOTE = 'NOTE',
}

export enum MessageVisibility {
  VISIBLE = 'VISIBLE',
  HIDDEN = 'HIDDEN',
}

export enum DeliveryStatus {
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

registerEnumType(ConversationKind, {
  name: 'ConversationKind',
  description: 'Where a conversation happens.',
  valuesMap: {
    COMMENT_THREAD: { description: 'Comments under a post (ours or not).' },
    MENTION: { description: 'Someone mentioned the account.' },
    DIRECT_MESSAGE: { description: 'A private conversation.' },
  },
});
registerEnumType(ConversationStatus, {
  name: 'ConversationStatus',
  description: 'Where a conversation is in the inbox.',
  valuesMap: {
    OPEN: { description: 'Needs attention.' },
    PENDING: { description: 'Waiting on the customer.' },
    SNOOZED: { description: 'Hidden until snoozedUntil, then OPEN again.' },
    RESOLVED: { description: 'Done; a new inbound message reopens it.' },
  },
});
registerEnumType(MessageDirection, {
  name: 'MessageDirection',
  description: 'Who wrote a message.',
  valuesMap: { INBOUND: { description: 'Someone else, on the network.' }, OUTBOUND: { description: 'Us, sent from Rapport.' }, NOTE: { description: 'An internal note between agents; never sent.' } },
});
registerEnumType(MessageVisibility, {
  name: 'MessageVisibility',
  description: 'Whether an inbound message is shown.',
  valuesMap: { VISIBLE: { description: 'Shown on the network and in the inbox.' }, HIDDEN: { description: 'Hidden on the network (where the driver can) and in the inbox.' } },
});
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Delivery of an outbound reply.',
  valuesMap: {
    PENDING_APPROVAL: { description: 'A policy requires an ADMIN to approve it.' },
    QUEUED: { description: 'Waiting to be sent.' },
    SENT: { description: 'On the network.' },
    FAILED: { description: 'Could not be sent; see error.' },
  },
});
