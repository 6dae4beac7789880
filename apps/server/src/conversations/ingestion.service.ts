import { Injectable } from '@nestjs/common';
import type { InboundItem, InboundKind } from '@rapport/plugin-sdk';
import { DataSource, EntityManager } from 'typeorm';
import type { Channel } from '../channels/channel.entity.js';
import { contactValues, renderTemplate, TemplateContext, templateVariablesProblem } from '../common/template-variables.js';
import { EventBus } from '../events/event-bus.js';
import { JobQueue } from '../jobs/job-queue.js';
import { PoliciesService } from '../policies/policies.service.js';
import { PRIORITY_RANK, PolicyScope, Priority } from '../policies/policy.enums.js';
import { SEND_REPLY, SET_VISIBILITY } from './conversation.jobs.js';
import { ConversationUpdatedEvent, MessageAddedEvent } from './conversation-events.js';
import { Conversation } from './conversation.entity.js';
import { ConversationKind, ConversationStatus, DeliveryStatus, MessageDirection, MessageVisibility } from './conversation.enums.js';
import { mergeLabels } from './labels.js';
import { Message } from './message.entity.js';
import { NetworkAction, networkEffectColumns, NetworkEffectState } from './network-effect.js';

const KIND_OF: Record<InboundKind, ConversationKind> = {
  comment: ConversationKind.COMMENT_THREAD,
  mention: ConversationKind.MENTION,
  direct_message: ConversationKind.DIRECT_MESSAGE,
};
/** How many of an author's recent messages rules see (repetition, spam). */
const RECENT_TEXTS = 10;

export interface IngestionResult {
  created: number;
  duplicates: number;
}

/**
 * Turns normalised inbound items into contacts, conversations and messages.
 * Idempotent: a message is unique per (channel, externalId), so replayed
 * webhooks and overlapping syncs never duplicate one; threading is by the
 * network's thread key, so out-of-order arrival lands in the same thread.
 * INBOUND_MESSAGE policies run in the same transaction as the insert; network
 * side effects (hide, auto-reply) are queued after it commits.
 */
@Injectable()
export class IngestionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PoliciesService,
    private readonly queue: JobQueue,
    private readonly events: EventBus,
  ) {}

  async ingest(channel: Channel, items: InboundItem[]): Promise<IngestionResult> {
    const result: IngestionResult = { created: 0, duplicates: 0 };
    const ordered = [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const item of ordered) {
      const outcome = await this.dataSource.transaction((manager) => this.ingestOne(manager, channel, item));
      if (!outcome) {
        result.duplicates += 1;
        continue;
      }
      result.created += 1;
      const { message, conversation, hide, autoReply } = outcome;
      if (hide) await this.queue.send(SET_VISIBILITY, { workspaceId: channel.workspaceId, messageId: message.id, hidden: true });
      if (autoReply) await this.queue.send(SEND_REPLY, { workspaceId: channel.workspaceId, messageId: autoReply.id });
      await this.events.publish(new MessageAddedEvent(channel.workspaceId, message));
      if (autoReply) await this.events.publish(new MessageAddedEvent(channel.workspaceId, autoReply));
      await this.events.publish(new ConversationUpdatedEvent(channel.workspaceId, conversation));
    }
    return result;
  }

  private async ingestOne(manager: EntityManager, channel: Channel, item: InboundItem) {
    const sentAt = new Date(item.createdAt);
    const [contact] = await manager.query(
      `INSERT INTO contact (workspace_id, channel_id, external_id, handle, name, avatar_url) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (channel_id, external_id) DO UPDATE SET handle = EXCLUDED.handle, name = coalesce(EXCLUDED.name, contact.name), avatar_url = coalesce(EXCLUDED.avatar_url, contact.avatar_url)
       RETURNING id`,
      [channel.workspaceId, channel.id, item.author.externalId, item.author.handle, item.author.name ?? null, item.author.avatarUrl ?? null],
    );
    const postTarget = item.postExternalId
      ? ((await manager.query('SELECT id FROM post_target WHERE channel_id = $1 AND external_id = $2', [channel.id, item.postExternalId]))[0]?.id ?? null)
      : null;
    const [thread] = await manager.query(
      `INSERT INTO conversation (workspace_id, channel_id, thread_external_id, kind, contact_id, post_target_id, last_message_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (channel_id, thread_external_id) DO UPDATE SET post_target_id = coalesce(conversation.post_target_id, EXCLUDED.post_target_id)
       RETURNING id`,
      [channel.workspaceId, channel.id, item.threadExternalId, KIND_OF[item.kind], contact.id, postTarget, sentAt],
    );
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO message (workspace_id, conversation_id, channel_id, direction, external_id, in_reply_to_external_id, contact_id, body, sent_at, kind)
       VALUES ($1, $2, $3, 'INBOUND', $4, $5, $6, $7, $8, $9)
       ON CONFLICT (channel_id, external_id) WHERE external_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [channel.workspaceId, thread.id, channel.id, item.externalId, item.inReplyToExternalId ?? null, contact.id, item.text, sentAt, item.kind],
    );
    if (inserted.length === 0) return null;

    const recent: Array<{ body: string }> = await manager.query(
      `SELECT body FROM message WHERE contact_id = $1 AND direction = 'INBOUND' AND id <> $2 ORDER BY sent_at DESC LIMIT ${RECENT_TEXTS}`,
      [contact.id, inserted[0].id],
    );
    const decision = await this.policies.evaluateIn(channel.workspaceId, {
      scope: PolicyScope.INBOUND_MESSAGE,
      text: item.text,
      channelId: channel.id,
      authorExternalId: item.author.externalId,
      recentTexts: recent.map((r) => r.body),
    });
    const inbound = decision.inbound!;
    const message = await manager.findOneByOrFail(Message, { id: inserted[0].id });
    message.labels = mergeLabels(inbound.labels);
    message.findings = decision.findings.map(({ config: _config, ...finding }) => finding);
    // The hide job settles the network side (DONE, FAILED, or NOT_SUPPORTED for a kind the network cannot hide).
    if (inbound.hide) Object.assign(message, { visibility: MessageVisibility.HIDDEN }, networkEffectColumns(NetworkAction.HIDE, NetworkEffectState.PENDING));
    await manager.save(message);

    // Locked: two messages of one thread ingested at once must not overwrite each other's changes.
    const conversation = await manager.createQueryBuilder(Conversation, 'conversation').setLock('pessimistic_write').where('conversation.id = :id', { id: thread.id }).getOneOrFail();
    const newest = sentAt >= conversation.lastMessageAt;
    conversation.labels = mergeLabels(conversation.labels, inbound.labels);
    conversation.escalated ||= inbound.escalate;
    if (inbound.priority && PRIORITY_RANK[inbound.priority] > PRIORITY_RANK[conversation.priority]) conversation.priority = inbound.priority as Priority;
    conversation.assigneeId ??= inbound.assigneeId;
    conversation.firstInboundAt = conversation.firstInboundAt && conversation.firstInboundAt < sentAt ? conversation.firstInboundAt : sentAt;
    if (!inbound.hide) {
      // A hidden message (spam, abuse) does not make anyone wait for an answer.
      conversation.waitingSince ??= sentAt;
      // A complaint is answered like a question: it stays in "awaiting answer" and overdue figures until we reply.
      if (newest) conversation.awaitingAnswer = inbound.labels.includes('question') || inbound.labels.includes('criticism');
      if (conversation.status === ConversationStatus.RESOLVED || conversation.status === ConversationStatus.PENDING) conversation.status = ConversationStatus.OPEN;
    }
    if (newest) conversation.lastMessageAt = sentAt;
    await manager.save(conversation);

    // Policies check their templates when saved; one saved before that check is not sent rather than sent with a raw {{variable}}.
    const autoReply = inbound.autoReply && !inbound.hide && !templateVariablesProblem(inbound.autoReply, TemplateContext.INBOX)
      ? await manager.save(
          manager.create(Message, {
            workspaceId: channel.workspaceId,
            conversationId: conversation.id,
            channelId: channel.id,
            direction: MessageDirection.OUTBOUND,
            inReplyToExternalId: item.externalId,
            body: renderTemplate(inbound.autoReply, TemplateContext.INBOX, contactValues(item.author), 'template'),
            sentAt: new Date(),
            deliveryStatus: DeliveryStatus.QUEUED,
          }),
        )
      : null;
    return { message, conversation, hide: inbound.hide, autoReply };
  }
}
