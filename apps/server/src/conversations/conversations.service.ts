import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, Not } from 'typeorm';
import { inKeyOrder, operationLoader } from '../common/data-loader.js';
import { ConflictError, notBlank, NotFoundError, UserInputError } from '../common/errors.js';
import { entitiesFrom, selectColumns } from '../common/entity-rows.js';
import { paginate, paginateByParent, type Connection } from '../common/pagination.js';
import type { NodeSelection } from '../common/projection.js';
import type { RequestContext } from '../common/request-context.js';
import { assertKnownTemplateVariables, contactValues, renderTemplate, TemplateContext } from '../common/template-variables.js';
import { savedUnlessTaken } from '../database/database-errors.js';
import { EventBus } from '../events/event-bus.js';
import { JobQueue } from '../jobs/job-queue.js';
import { PoliciesService } from '../policies/policies.service.js';
import { assertNotBlocked, OutboundOutcome } from '../policies/policy-engine.js';
import { PolicyScope } from '../policies/policy.enums.js';
import type { BacktestItem } from '../policies/backtest.js';
import { WorkspaceMember } from '../workspaces/workspace-member.entity.js';
import { CannedReply } from './canned-reply.entity.js';
import { Contact } from './contact.entity.js';
import type { CreateCannedReplyInput, ReplyToConversationInput, UpdateCannedReplyInput } from './dto/canned-reply.inputs.js';
import { SEND_REPLY } from './conversation.jobs.js';
import { ConversationUpdatedEvent, MessageAddedEvent } from './conversation-events.js';
import { Conversation } from './conversation.entity.js';
import { ConversationStatus, DeliveryStatus, MessageDirection } from './conversation.enums.js';
import type { AgentResponseFigures, ChannelResponseFigures, EngagementStats, ResponseFigures } from './dto/engagement.types.js';
import {
  ConversationOrder,
  type AssignConversationInput,
  type ConversationLabelInput,
  type ConversationRefInput,
  type ConversationsArgs,
  type ConversationTextInput,
  type EngagementStatsArgs,
  type MessageRefInput,
  type MessagesArgs,
  type SetConversationPriorityInput,
  type SetConversationStatusInput,
} from './dto/conversation.inputs.js';
import { canonicalLabel, mergeLabels } from './labels.js';
import { Message } from './message.entity.js';

type FigureRow = { conversations: number; answered: number; median: number | null; p90: number | null };

function figures(row: FigureRow | undefined): ResponseFigures {
  const conversations = row?.conversations ?? 0;
  const answered = row?.answered ?? 0;
  return { conversations, answered, responseRate: conversations ? answered / conversations : null, medianFirstResponseSeconds: row?.median ?? null, p90FirstResponseSeconds: row?.p90 ?? null };
}

function cannedReplyNameTaken(name: string): ConflictError {
  return new ConflictError(`A saved answer named "${name}" already exists.`);
}

@Injectable()
export class ConversationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PoliciesService,
    private readonly queue: JobQueue,
    private readonly events: EventBus,
  ) {
    for (const [scope, direction, label] of [
      [PolicyScope.INBOUND_MESSAGE, MessageDirection.INBOUND, 'messages'],
      [PolicyScope.OUTBOUND_REPLY, MessageDirection.OUTBOUND, 'replies'],
    ] as const) {
      policies.registerBacktestSource({ scope, label, items: (workspaceId, since, limit) => this.backtestItems(workspaceId, direction, since, limit) });
    }
  }

  /** Stored inbound messages or our replies since a date, for replaying policies. */
  private async backtestItems(workspaceId: string, direction: MessageDirection, since: Date, limit: number): Promise<BacktestItem[]> {
    const rows: Array<{ id: string; body: string; channel_id: string; type: string }> = await this.dataSource.query(
      `SELECT m.id, m.body, m.channel_id, c.type FROM message m JOIN channel c ON c.id = m.channel_id
        WHERE m.workspace_id = $1 AND m.direction = $2 AND m.sent_at >= $3 ORDER BY m.sent_at, m.id LIMIT $4`,
      [workspaceId, direction, since, limit],
    );
    return rows.map((row) => ({ itemType: direction === MessageDirection.INBOUND ? 'message' : 'reply', itemId: row.id, text: row.body, channelId: row.channel_id, channelCode: row.type }));
  }

  list(ctx: RequestContext, args: ConversationsArgs, selection?: NodeSelection): Promise<Connection<Conversation>> {
    const query = this.dataSource.getRepository(Conversation).createQueryBuilder('conversation').where('conversation.workspaceId = :workspaceId', { workspaceId: ctx.workspaceId });
    if (args.status) query.andWhere('conversation.status = :status', { status: args.status });
    if (args.channelId) query.andWhere('conversation.channelId = :channelId', { channelId: args.channelId });
    if (args.assigneeId) query.andWhere('conversation.assigneeId = :assigneeId', { assigneeId: args.assigneeId });
    if (args.unassigned !== undefined) query.andWhere(`conversation.assigneeId IS ${args.unassigned ? '' : 'NOT '}NULL`);
    if (args.contactId) query.andWhere('conversation.contactId = :contactId', { contactId: args.contactId });
    if (args.kind) query.andWhere('conversation.kind = :kind', { kind: args.kind });
    if (args.label) query.andWhere(':label = ANY(conversation.labels)', { label: canonicalLabel(args.label) });
    if (args.awaitingAnswer !== undefined) query.andWhere('conversation.awaitingAnswer = :awaiting', { awaiting: args.awaitingAnswer });
    if (args.escalated !== undefined) query.andWhere('conversation.escalated = :escalated', { escalated: args.escalated });
    if (args.replyHeld !== undefined) {
      // Through the partial index of held replies (few at any time), not a scan of every conversation's messages.
      query.andWhere(
        `conversation.id ${args.replyHeld ? '' : 'NOT '}IN (SELECT m.conversation_id FROM message m WHERE m.workspace_id = :workspaceId AND m.delivery_status = 'PENDING_APPROVAL')`,
        { workspaceId: ctx.workspaceId },
      );
    }
    if (args.search) {
      query.andWhere(
        `(EXISTS (SELECT 1 FROM message m WHERE m.conversation_id = conversation.id AND m.body ILIKE :search) OR EXISTS (SELECT 1 FROM contact c WHERE c.id = conversation.contact_id AND (c.handle ILIKE :search OR c.name ILIKE :search)))`,
        { search: `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    }
    return args.orderBy === ConversationOrder.RECENT_ACTIVITY
      ? paginate(query, args, { property: 'lastMessageAt', direction: 'DESC' }, selection)
      : paginate(query, args, { property: 'waitingSince', direction: 'ASC', nullable: true }, selection);
  }

  async get(ctx: RequestContext, conversationId: string, manager: EntityManager = this.dataSource.manager): Promise<Conversation> {
    const conversation = await manager.findOne(Conversation, { where: { id: conversationId, workspaceId: ctx.workspaceId } });
    if (!conversation) throw new NotFoundError('Conversation', conversationId);
    return conversation;
  }

  /**
   * Messages of an (already authorised) conversation, oldest first unless `newestFirst`; hidden ones included,
   * marked HIDDEN. The same page of every conversation the operation lists comes from one query.
   */
  messages(conversation: Conversation, args: MessagesArgs, operation: object, selection?: NodeSelection): Promise<Connection<Message>> {
    const direction = args.newestFirst ? 'DESC' : 'ASC';
    const loader = operationLoader<Conversation, Connection<Message>>(operation, `messages:${direction}:${args.first ?? ''}:${args.after ?? ''}:${selection?.key ?? '*'}`, async (conversations) => {
      const pages = await paginateByParent(this.dataSource.getRepository(Message), 'conversationId', conversations.map((c) => c.id), conversation.workspaceId, args, { property: 'sentAt', direction }, selection);
      return conversations.map((c) => pages.get(c.id)!);
    });
    return loader.load(conversation);
  }

  /** Who started an (already authorised) conversation; the contacts of every conversation the operation lists come from one query. */
  contact(conversation: Conversation, operation: object): Promise<Contact> {
    const loader = operationLoader<string, Contact>(operation, 'contact', async (ids) => {
      const rows = await this.dataSource.query(`SELECT ${selectColumns(this.dataSource, Contact, 'contact')} FROM contact WHERE contact.id = ANY($1::uuid[])`, [[...new Set(ids)]]);
      return inKeyOrder(ids, entitiesFrom(this.dataSource, Contact, 'contact', rows), (c) => c.id, (id) => new NotFoundError('Contact', id)) as Contact[];
    });
    return loader.load(conversation.contactId);
  }

  /** Whether a reply of the conversation waits for an ADMIN's approval; one query for every conversation of the operation. */
  replyHeld(conversation: Conversation, operation: object): Promise<boolean> {
    const loader = operationLoader<Conversation, boolean>(operation, 'reply-held', async (conversations) => {
      const rows: Array<{ conversation_id: string }> = await this.dataSource.query(
        `SELECT DISTINCT conversation_id FROM message WHERE workspace_id = ANY($1::uuid[]) AND conversation_id = ANY($2::uuid[]) AND delivery_status = 'PENDING_APPROVAL'`,
        [[...new Set(conversations.map((c) => c.workspaceId))], conversations.map((c) => c.id)],
      );
      const held = new Set(rows.map((row) => row.conversation_id));
      return conversations.map((c) => held.has(c.id));
    });
    return loader.load(conversation);
  }

  /**
   * Answers a conversation. OUTBOUND_REPLY policies decide: BLOCK refuses it,
   * REQUIRE_APPROVAL holds it for an ADMIN, WARN sends it with its findings.
   */
  async reply(ctx: RequestContext, input: ReplyToConversationInput): Promise<Message> {
    if (!input.body === !input.cannedReplyId) throw UserInputError.forField('body', 'give either body or cannedReplyId');
    const { message, conversation } = await this.dataSource.transaction(async (manager) => {
      const conversation = await this.get(ctx, input.conversationId, manager);
      const contact = await manager.findOneByOrFail(Contact, { id: conversation.contactId });
      const [template, field] = input.body ? [input.body, 'body'] : [(await this.cannedReply(ctx, input.cannedReplyId!, manager)).body, 'cannedReplyId'];
      const body = renderTemplate(template, TemplateContext.INBOX, contactValues(contact), field);
      const decision = await this.policies.evaluateIn(ctx.workspaceId, { scope: PolicyScope.OUTBOUND_REPLY, text: body, channelId: conversation.channelId });
      const findings = decision.findings.map(({ config: _config, ...finding }) => finding);
      assertNotBlocked(decision.outbound, findings);
      const held = decision.outbound === OutboundOutcome.REQUIRE_APPROVAL;
      const message = await manager.save(
        manager.create(Message, {
          workspaceId: ctx.workspaceId,
          conversationId: conversation.id,
          channelId: conversation.channelId,
          direction: MessageDirection.OUTBOUND,
          authorUserId: ctx.userId,
          body,
          sentAt: new Date(),
          findings,
          deliveryStatus: held ? DeliveryStatus.PENDING_APPROVAL : DeliveryStatus.QUEUED,
        }),
      );
      if (!held) await this.markAnswered(conversation, manager);
      return { message, conversation };
    });
    if (message.deliveryStatus === DeliveryStatus.QUEUED) await this.queue.send(SEND_REPLY, { workspaceId: message.workspaceId, messageId: message.id });
    return this.announce(message, conversation);
  }

  listCannedReplies(ctx: RequestContext): Promise<CannedReply[]> {
    return this.dataSource.getRepository(CannedReply).find({ where: { workspaceId: ctx.workspaceId }, order: { name: 'ASC' } });
  }

  async createCannedReply(ctx: RequestContext, input: CreateCannedReplyInput): Promise<CannedReply> {
    assertKnownTemplateVariables(input.body, TemplateContext.INBOX, 'body');
    const name = notBlank(input.name, 'name');
    const repository = this.dataSource.getRepository(CannedReply);
    if (await repository.existsBy({ workspaceId: ctx.workspaceId, name })) throw cannedReplyNameTaken(name);
    return savedUnlessTaken(() => repository.save({ workspaceId: ctx.workspaceId, name, body: input.body }), () => cannedReplyNameTaken(name));
  }

  /** Renames or rewrites a saved answer, checked as when it was created. */
  async updateCannedReply(ctx: RequestContext, input: UpdateCannedReplyInput): Promise<CannedReply> {
    if (input.body !== undefined) assertKnownTemplateVariables(input.body, TemplateContext.INBOX, 'body');
    return this.dataSource.transaction(async (manager) => {
      const reply = await this.cannedReply(ctx, input.id, manager);
      const name = input.name === undefined ? reply.name : notBlank(input.name, 'name');
      if (await manager.existsBy(CannedReply, { workspaceId: ctx.workspaceId, name, id: Not(reply.id) })) throw cannedReplyNameTaken(name);
      reply.name = name;
      reply.body = input.body ?? reply.body;
      return savedUnlessTaken(() => manager.save(reply), () => cannedReplyNameTaken(name));
    });
  }

  async deleteCannedReply(ctx: RequestContext, id: string): Promise<CannedReply> {
    const reply = await this.cannedReply(ctx, id);
    await this.dataSource.getRepository(CannedReply).delete({ id, workspaceId: ctx.workspaceId });
    return { ...reply, id };
  }

  private async cannedReply(ctx: RequestContext, id: string, manager: EntityManager = this.dataSource.manager): Promise<CannedReply> {
    const reply = await manager.findOneBy(CannedReply, { id, workspaceId: ctx.workspaceId });
    if (!reply) throw new NotFoundError('CannedReply', id);
    return reply;
  }

  /** Releases a reply held by a REQUIRE_APPROVAL policy (ADMIN). */
  async approveReply(ctx: RequestContext, input: MessageRefInput): Promise<Message> {
    const { message, conversation } = await this.dataSource.transaction(async (manager) => {
      const message = await this.message(ctx, input.messageId, manager);
      if (message.deliveryStatus !== DeliveryStatus.PENDING_APPROVAL) throw new ConflictError(`Only replies waiting for approval can be approved; this one is ${message.deliveryStatus ?? message.direction}.`);
      message.deliveryStatus = DeliveryStatus.QUEUED;
      await manager.save(message);
      const conversation = await this.get(ctx, message.conversationId, manager);
      await this.markAnswered(conversation, manager);
      return { message, conversation };
    });
    await this.queue.send(SEND_REPLY, { workspaceId: message.workspaceId, messageId: message.id });
    return this.announce(message, conversation);
  }

  async addNote(ctx: RequestContext, input: ConversationTextInput): Promise<Message> {
    const conversation = await this.get(ctx, input.conversationId);
    const note = await this.dataSource.getRepository(Message).save({
      workspaceId: ctx.workspaceId,
      conversationId: conversation.id,
      channelId: conversation.channelId,
      direction: MessageDirection.NOTE,
      authorUserId: ctx.userId,
      body: input.body,
      sentAt: new Date(),
    });
    return this.announce(note, conversation);
  }

  async assign(ctx: RequestContext, input: AssignConversationInput): Promise<Conversation> {
    if (input.assigneeId && !(await this.dataSource.manager.existsBy(WorkspaceMember, { workspaceId: ctx.workspaceId, userId: input.assigneeId }))) {
      throw UserInputError.forField('assigneeId', 'is not a member of this workspace');
    }
    return this.change(ctx, input, (c) => void (c.assigneeId = input.assigneeId ?? null));
  }

  setStatus(ctx: RequestContext, input: SetConversationStatusInput): Promise<Conversation> {
    const until = input.snoozedUntil ? new Date(input.snoozedUntil) : null;
    if (input.status === ConversationStatus.SNOOZED && (!until || until <= new Date())) throw UserInputError.forField('snoozedUntil', 'a future time is required to snooze');
    return this.change(ctx, input, (c) => {
      c.status = input.status;
      c.snoozedUntil = input.status === ConversationStatus.SNOOZED ? until : null;
    });
  }

  setPriority(ctx: RequestContext, input: SetConversationPriorityInput): Promise<Conversation> {
    return this.change(ctx, input, (c) => void (c.priority = input.priority));
  }

  /** A person has dealt with what was escalated: the conversation leaves the escalated list, recording who and when. */
  clearEscalation(ctx: RequestContext, input: ConversationRefInput): Promise<Conversation> {
    return this.change(ctx, input, (c) => {
      if (!c.escalated) throw new ConflictError('This conversation is not escalated.');
      c.escalated = false;
      c.escalationClearedAt = new Date();
      c.escalationClearedById = ctx.userId;
    });
  }

  addLabel(ctx: RequestContext, input: ConversationLabelInput): Promise<Conversation> {
    return this.change(ctx, input, (c) => void (c.labels = mergeLabels(c.labels, [input.label])));
  }

  removeLabel(ctx: RequestContext, input: ConversationLabelInput): Promise<Conversation> {
    const removed = canonicalLabel(input.label);
    return this.change(ctx, input, (c) => void (c.labels = c.labels.filter((label) => canonicalLabel(label) !== removed)));
  }

  /**
   * First-response times (median, p90), response rate, overdue questions; overall, per channel and per first responder.
   * Hidden messages (spam, abuse) ask nothing of us: a conversation counts from its first visible inbound message,
   * and one with none is left out, as is an overdue one whose waiting messages are all hidden.
   */
  async engagementStats(ctx: RequestContext, args: EngagementStatsArgs): Promise<EngagementStats> {
    // last_message_at >= from is implied by a visible inbound message in the range; it spares the lateral for old threads.
    const started = `WITH started AS (
      SELECT c.id, c.channel_id, CASE WHEN c.first_response_at >= first_visible.at THEN extract(epoch FROM c.first_response_at - first_visible.at) END AS response_seconds
        FROM conversation c
        JOIN LATERAL (SELECT min(m.sent_at) AS at FROM message m WHERE m.conversation_id = c.id AND m.direction = 'INBOUND' AND m.visibility = 'VISIBLE') first_visible ON true
       WHERE c.workspace_id = $1 AND ($4::uuid IS NULL OR c.channel_id = $4) AND c.last_message_at >= $2 AND first_visible.at >= $2 AND first_visible.at < $3)`;
    const params = [ctx.workspaceId, args.from, args.to, args.channelId ?? null];
    const measured = `count(*)::int AS conversations, count(s.response_seconds)::int AS answered,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY s.response_seconds) AS median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY s.response_seconds) AS p90`;
    const [overall] = await this.dataSource.query(`${started} SELECT ${measured} FROM started s`, params);
    const perChannel: Array<FigureRow & { channel_id: string }> = await this.dataSource.query(`${started} SELECT s.channel_id, ${measured} FROM started s GROUP BY s.channel_id ORDER BY s.channel_id`, params);
    const perAgent: Array<{ user_id: string; answered: number; median: number | null }> = await this.dataSource.query(
      `${started} SELECT first_reply.author_user_id AS user_id, count(*)::int AS answered, percentile_cont(0.5) WITHIN GROUP (ORDER BY s.response_seconds) AS median
         FROM started s
         JOIN LATERAL (SELECT m.author_user_id FROM message m WHERE m.conversation_id = s.id AND m.direction = 'OUTBOUND' AND m.delivery_status = 'SENT' ORDER BY m.sent_at, m.id LIMIT 1) first_reply ON true
        WHERE s.response_seconds IS NOT NULL AND first_reply.author_user_id IS NOT NULL
        GROUP BY first_reply.author_user_id ORDER BY answered DESC, user_id`,
      params,
    );
    const [{ overdue }] = await this.dataSource.query(
      `SELECT count(*)::int AS overdue FROM conversation c
        WHERE c.workspace_id = $1 AND ($2::uuid IS NULL OR c.channel_id = $2) AND c.awaiting_answer AND c.waiting_since < now() - make_interval(hours => $3)
          AND EXISTS (SELECT 1 FROM message m WHERE m.conversation_id = c.id AND m.direction = 'INBOUND' AND m.visibility = 'VISIBLE' AND m.sent_at >= c.waiting_since)`,
      [ctx.workspaceId, args.channelId ?? null, args.overdueAfterHours ?? 24],
    );
    return {
      overall: figures(overall),
      overdueQuestions: overdue,
      perChannel: perChannel.map((row): ChannelResponseFigures => ({ channelId: row.channel_id, ...figures(row) })),
      perAgent: perAgent.map((row): AgentResponseFigures => ({ userId: row.user_id, answered: row.answered, medianFirstResponseSeconds: row.median })),
    };
  }

  private async message(ctx: RequestContext, messageId: string, manager: EntityManager = this.dataSource.manager): Promise<Message> {
    const message = await manager.findOneBy(Message, { id: messageId, workspaceId: ctx.workspaceId });
    if (!message) throw new NotFoundError('Message', messageId);
    return message;
  }

  /** We answered: nobody is waiting on us any more. */
  private async markAnswered(conversation: Conversation, manager: EntityManager): Promise<void> {
    conversation.waitingSince = null;
    conversation.awaitingAnswer = false;
    if (conversation.status === ConversationStatus.OPEN) conversation.status = ConversationStatus.PENDING;
    await manager.save(conversation);
  }

  private async change(ctx: RequestContext, input: ConversationRefInput, apply: (conversation: Conversation) => void): Promise<Conversation> {
    const conversation = await this.dataSource.transaction(async (manager) => {
      await manager.createQueryBuilder(Conversation, 'c').setLock('pessimistic_write').where('c.id = :id AND c.workspaceId = :ws', { id: input.conversationId, ws: ctx.workspaceId }).getOne();
      const conversation = await this.get(ctx, input.conversationId, manager);
      apply(conversation);
      return manager.save(conversation);
    });
    await this.events.publish(new ConversationUpdatedEvent(ctx.workspaceId, conversation));
    return conversation;
  }

  private async announce(message: Message, conversation: Conversation): Promise<Message> {
    await this.events.publish(new MessageAddedEvent(message.workspaceId, message));
    const current = await this.dataSource.getRepository(Conversation).findOneByOrFail({ id: conversation.id, workspaceId: message.workspaceId });
    await this.events.publish(new ConversationUpdatedEvent(message.workspaceId, current));
    return message;
  }
}
