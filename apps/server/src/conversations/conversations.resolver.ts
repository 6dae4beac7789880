import { Inject } from '@nestjs/common';
import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { Allow, Ctx } from '../auth/access.decorators.js';
import { Role } from '../auth/role.enum.js';
import { ConnectionType } from '../common/pagination.js';
import { nodeSelection, type FieldNeeds } from '../common/projection.js';
import type { RequestContext } from '../common/request-context.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { PUB_SUB } from '../events/pub-sub.provider.js';
import { workspaceTopic } from '../events/rapport-event.js';
import { Contact } from './contact.entity.js';
import { ConversationUpdatedEvent, MessageAddedEvent } from './conversation-events.js';
import { Conversation } from './conversation.entity.js';
import { ConversationsService } from './conversations.service.js';
import {
  AssignConversationInput,
  ConversationLabelInput,
  ConversationRefInput,
  ConversationsArgs,
  ConversationTextInput,
  EngagementStatsArgs,
  MessageRefInput,
  MessagesArgs,
  SetConversationPriorityInput,
  SetConversationStatusInput,
} from './dto/conversation.inputs.js';
import { EngagementStats } from './dto/engagement.types.js';
import { CreateCannedReplyInput, ReplyToConversationInput, UpdateCannedReplyInput } from './dto/canned-reply.inputs.js';
import { CannedReply } from './canned-reply.entity.js';
import { Message } from './message.entity.js';
import { MESSAGE_FIELD_NEEDS } from './network-side-effects.resolver.js';

const ConversationConnection = ConnectionType(Conversation, 'Conversation');
const MessageConnection = ConnectionType(Message, 'Message');
const INPUT = { description: 'What to do; see the input type for each field.' };
const WORKSPACE = { type: () => ID, description: 'The workspace.' };

/** What the Conversation field resolvers below read of their conversation beyond its ids (see FieldNeeds). */
const CONVERSATION_FIELD_NEEDS: FieldNeeds = { contact: [], replyHeld: [], messages: [] };

@Resolver(() => Conversation)
export class ConversationsResolver {
  constructor(
    private readonly conversationsService: ConversationsService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Allow(Role.VIEWER)
  @Query(() => ConversationConnection, { description: 'The inbox: conversations filtered by status, channel, assignee (or none), label, kind, awaiting answer, escalation or text; longest-waiting first by default.' })
  conversations(@Ctx() ctx: RequestContext, @Args() args: ConversationsArgs, @Info() info: GraphQLResolveInfo) {
    return this.conversationsService.list(ctx, args, nodeSelection(info, CONVERSATION_FIELD_NEEDS));
  }

  @Allow(Role.VIEWER)
  @Query(() => Conversation, { description: 'One conversation (its messages are paginated on the type).' })
  conversation(@Ctx() ctx: RequestContext, @Args('workspaceId', WORKSPACE) _ws: string, @Args('id', { type: () => ID, description: 'The conversation.' }, new UuidPipe('id')) id: string) {
    return this.conversationsService.get(ctx, id);
  }

  @Allow(Role.VIEWER)
  @Query(() => EngagementStats, { description: 'How fast and how often the workspace answers: median and p90 first response, response rate, overdue questions; per channel and per agent.' })
  engagementStats(@Ctx() ctx: RequestContext, @Args() args: EngagementStatsArgs) {
    return this.conversationsService.engagementStats(ctx, args);
  }

  @Allow(Role.AGENT)
  @Mutation(() => Message, { description: 'Replies on the network (queued). OUTBOUND_REPLY policies may block it or hold it for approval (AGENT).' })
  replyToConversation(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: ReplyToConversationInput) {
    return this.conversationsService.reply(ctx, input);
  }

  @Allow(Role.AGENT)
  @Query(() => [CannedReply], { description: 'Saved answers of the workspace, by name.' })
  cannedReplies(@Ctx() ctx: RequestContext, @Args('workspaceId', WORKSPACE) _ws: string) {
    return this.conversationsService.listCannedReplies(ctx);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => CannedReply, { description: 'Saves an answer agents can reuse (ADMIN).' })
  createCannedReply(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: CreateCannedReplyInput) {
    return this.conversationsService.createCannedReply(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => CannedReply, { description: 'Renames or rewrites a saved answer (ADMIN); checked as when created (unknown variables refused, a name in use is CONFLICT).' })
  updateCannedReply(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: UpdateCannedReplyInput) {
    return this.conversationsService.updateCannedReply(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => CannedReply, { description: 'Deletes a saved answer (ADMIN). Returns it as it was.' })
  deleteCannedReply(@Ctx() ctx: RequestContext, @Args('workspaceId', WORKSPACE) _ws: string, @Args('id', { type: () => ID, description: 'The saved answer.' }, new UuidPipe('id')) id: string) {
    return this.conversationsService.deleteCannedReply(ctx, id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Message, { description: 'Sends a reply that a policy held for approval (ADMIN).' })
  approveReply(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: MessageRefInput) {
    return this.conversationsService.approveReply(ctx, input);
  }

  @Allow(Role.AGENT)
  @Mutation(() => Message, { description: 'Adds an internal note; never sent to the network (AGENT).' })
  addConversationNote(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: ConversationTextInput) {
    return this.conversationsService.addNote(ctx, input);
  }

  @Allow(Role.AGENT)
  @Mutation(() => Conversation, { description: 'Assigns (or unassigns) a conversation (AGENT).' })
  assignConversation(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: AssignConversationInput) {
    return this.conversationsService.assign(ctx, input);
  }

  @Allow(Role.AGENT)
  @Mutation(() => Conversation, { description: 'Opens, resolves, marks pending or snoozes a conversation (AGENT).' })
  setConversationStatus(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: SetConversationStatusInput) {
    return this.conversationsService.setStatus(ctx, input);
  }

  @Allow(Role.AGENT)
  @Mutation(() => Conversation, { description: 'Sets the priority (AGENT).' })
  setConversationPriority(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: SetConversationPriorityInput) {
    return this.conversationsService.setPriority(ctx, input);
  }

  @Allow(Role.AGENT)
  @Mutation(() => Conversation, { description: 'Clears an escalation once a person has dealt with it, recording who and when (escalationClearedAt, escalationClearedById); CONFLICT when it is not escalated (AGENT).' })
  clearEscalation(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: ConversationRefInput) {
    return this.conversationsService.clearEscalation(ctx, input);
  }

  @Allow(Role.AGENT)
  @Mutation(() => Conversation, { description: 'Adds a label (AGENT).' })
  addConversationLabel(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: ConversationLabelInput) {
    return this.conversationsService.addLabel(ctx, input);
  }

  @Allow(Role.AGENT)
  @Mutation(() => Conversation, { description: 'Removes a label (AGENT).' })
  removeConversationLabel(@Ctx() ctx: RequestContext, @Args('input', INPUT) input: ConversationLabelInput) {
    return this.conversationsService.removeLabel(ctx, input);
  }

  // hideMessage, unhideMessage, deleteMessage and syncChannel: see NetworkSideEffectsResolver.

  @Allow(Role.VIEWER)
  @Subscription(() => Conversation, { description: 'Fires when a conversation of the workspace changes (new message, status, assignment...).', resolve: (message: { event: Conversation }) => message.event })
  conversationUpdated(@Args('workspaceId', WORKSPACE) workspaceId: string) {
    return this.pubSub.asyncIterableIterator(workspaceTopic(ConversationUpdatedEvent.eventName, workspaceId));
  }

  @Allow(Role.VIEWER)
  @Subscription(() => Message, {
    description: 'Fires when a message is added to a conversation of the workspace (optionally one conversation).',
    resolve: (message: { event: Message }) => message.event,
    filter: (message: { event: Message }, variables: { conversationId?: string }) => !variables.conversationId || message.event.conversationId === variables.conversationId,
  })
  messageAdded(
    @Args('workspaceId', WORKSPACE) workspaceId: string,
    @Args('conversationId', { type: () => ID, nullable: true, description: 'Only this conversation.' }) _conversationId?: string,
  ) {
    return this.pubSub.asyncIterableIterator(workspaceTopic(MessageAddedEvent.eventName, workspaceId));
  }

  // Field resolvers run on a Conversation already authorised by the query that returned it.
  // Per-row field resolvers take no parameter decorators: Nest then calls them with graphql-js' own (parent, args,
  // context) instead of through its per-call pipeline (docs/architecture.md, "Field resolvers").
  @ResolveField(() => Contact, { description: 'Who started it.' })
  contact(conversation: Conversation, _args: object, operation: object) {
    return conversation.contact ?? this.conversationsService.contact(conversation, operation);
  }

  @ResolveField(() => Boolean, { description: 'Whether one of its replies waits for an ADMIN to approve it (held by a REQUIRE_APPROVAL policy); conversations(replyHeld: true) lists these.' })
  replyHeld(conversation: Conversation, _args: object, operation: object): Promise<boolean> {
    return this.conversationsService.replyHeld(conversation, operation);
  }

  @ResolveField(() => MessageConnection, { description: 'Its messages, oldest first (newestFirst: latest first).' })
  messages(@Parent() conversation: Conversation, @Args() args: MessagesArgs, @Context() operation: object, @Info() info: GraphQLResolveInfo) {
    return this.conversationsService.messages(conversation, args, operation, nodeSelection(info, MESSAGE_FIELD_NEEDS));
  }
}
