import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { Allow, Ctx } from '../auth/access.decorators.js';
import { Role } from '../auth/role.enum.js';
import { ChannelSyncResult } from '../channels/dto/channel-sync.types.js';
import type { FieldNeeds } from '../common/projection.js';
import type { RequestContext } from '../common/request-context.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { PUB_SUB } from '../events/pub-sub.provider.js';
import { workspaceTopic } from '../events/rapport-event.js';
import { MessageUpdatedEvent } from './conversation-events.js';
import { MessageRefInput } from './dto/conversation.inputs.js';
import { Message } from './message.entity.js';
import { NetworkEffect, networkEffectOf } from './network-effect.js';
import { NetworkSideEffectsService } from './network-side-effects.service.js';

const INPUT = { description: 'What to do; see the input type for each field.' };
const WORKSPACE = { type: () => ID, description: 'The workspace.' };

/** What the Message field resolvers below read of their message, for lists that read only what a query shows. */
export const MESSAGE_FIELD_NEEDS: FieldNeeds = {
  networkEffect: ['networkAction', 'networkState', 'networkError', 'networkErrorClassification', 'networkUpdatedAt', 'updatedAt', 'direction', 'deliveryStatus'],
};

/** Network side effects on inbox messages and channels, and how each went (Message.networkEffect, messageUpdated). */
@Resolver(() => Message)
export class NetworkSideEffectsResolver {
  constructor(
    private readonly sideEffects: NetworkSideEffectsService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Allow(Role.AGENT)
  @Mutation(() => Message, {
    description:
      "Hides an inbound message in the inbox and, through the queue, on the network (AGENT); networkEffect follows it (PENDING, then DONE or FAILED, told by messageUpdated). A kind the network cannot hide (see channelTypes capabilities.hideableKinds) is refused with BAD_USER_INPUT and nothing changes, unless inboxOnly.",
  })
  hideMessage(
    @Ctx() ctx: RequestContext,
    @Args('input', INPUT) input: MessageRefInput,
    @Args('inboxOnly', { type: () => Boolean, nullable: true, description: 'True: hide it in Rapport only and leave it on the network (needed for kinds the network cannot hide).' })
    inboxOnly?: boolean,
  ): Promise<Message> {
    return this.sideEffects.setVisibility(ctx, input.messageId, true, inboxOnly ?? false);
  }

  @Allow(Role.AGENT)
  @Mutation(() => Message, { description: 'Shows a hidden inbound message again, on the network too where it can be hidden (AGENT); networkEffect follows it.' })
  unhideMessage(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: MessageRefInput): Promise<Message> {
    return this.sideEffects.setVisibility(ctx, input.messageId, false);
  }

  @Allow(Role.AGENT)
  @Mutation(() => Message, {
    description:
      "Deletes a message from its network through the queue (AGENT): our reply once SENT, or an inbound message of a kind the network lets us delete (channelTypes capabilities.deletableKinds; others are BAD_USER_INPUT). It stays in Rapport; networkEffect says whether the network did it.",
  })
  deleteMessage(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: MessageRefInput): Promise<Message> {
    return this.sideEffects.deleteMessage(ctx, input.messageId);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ChannelSyncResult, {
    description:
      'Pulls new activity of a channel from its network now, from the stored cursor (ADMIN), and says how it went: a refusal is ok: false with the failure and its classification (REAUTHORIZE also makes the channel NEEDS_REAUTH). CONFLICT when the channel is not CONNECTED.',
  })
  syncChannel(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', WORKSPACE) _ws: string,
    @Args('channelId', { type: () => ID, description: 'The channel.' }, new UuidPipe('channelId')) channelId: string,
  ): Promise<ChannelSyncResult> {
    return this.sideEffects.syncChannel(ctx, channelId);
  }

  @Allow(Role.VIEWER)
  @Subscription(() => Message, {
    description: 'Fires when a message of the workspace changes (optionally one conversation): hidden or shown, or its networkEffect moved on (a reply sent or failed, a hide done or refused...).',
    resolve: (message: { event: Message }) => message.event,
    filter: (message: { event: Message }, variables: { conversationId?: string }) => !variables.conversationId || message.event.conversationId === variables.conversationId,
  })
  messageUpdated(
    @Args('workspaceId', WORKSPACE) workspaceId: string,
    @Args('conversationId', { type: () => ID, nullable: true, description: 'Only this conversation.' }) _conversationId?: string,
  ) {
    return this.pubSub.asyncIterableIterator(workspaceTopic(MessageUpdatedEvent.eventName, workspaceId));
  }

  // Runs on a Message already authorised by the operation that returned it.
  // Per-row field resolvers take no parameter decorators: Nest then calls them with graphql-js' own (parent, args,
  // context) instead of through its per-call pipeline (docs/architecture.md, "Field resolvers").
  @ResolveField(() => NetworkEffect, {
    nullable: true,
    description: 'The latest thing Rapport asked the network to do with this message (send, hide, unhide, delete) and how it went; null when nothing was asked.',
  })
  networkEffect(message: Message): NetworkEffect | null {
    return networkEffectOf(message);
  }
}
