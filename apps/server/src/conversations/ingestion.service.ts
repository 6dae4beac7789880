import { Injectable } from '@nestjs/common';
import type { InboundItem, InboundKind } from '@rapport/plugin-sdk';
import { DataSource, EntityManager } from 'typeorm';
import type { Channel } from '../channels/channel.entity.js';
import { Semaphore } from '../common/semaphore.js';
import { contactValues, renderTemplate, TemplateContext, templateVariablesProblem } from '../common/template-variables.js';
import { EventBus } from '../events/event-bus.js';
import { isTransactionConflict } from '../database/database-errors.js';
import { JobQueue } from '../jobs/job-queue.js';
import { PoliciesService } from '../policies/policies.service.js';
import type { PolicyDecision } from '../policies/policy-engine.js';
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
/** Items written per transaction: each statement of a batch stays well under PostgreSQL's 65,535 parameters. */
export const INGEST_BATCH_SIZE = 500;
/** Messages per INSERT: each is sent while the policies decide on the next ones. */
const INSERT_CHUNK = 100;
/** A batch that lost a deadlock to a concurrent one is run again at once, this many times in all. */
const ATTEMPTS = 3;

export interface IngestionResult {
  created: number;
  duplicates: number;
}

interface Created {
  item: InboundItem;
  message: Message;
  conversation: Conversation;
  hide: boolean;
  autoReply: Message | null;
}

/** `promise`, awaited later than it may settle: its failure is handled where it is awaited, not reported as unhandled meanwhile. */
function awaitedLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * Turns normalised inbound items into contacts, conversations and messages.
 * Idempotent: a message is unique per (channel, externalId), so replayed
 * webhooks and overlapping syncs never duplicate one (nor does the same item
 * twice in one batch); threading is by the network's thread key, so
 * out-of-order arrival lands in the same thread. INBOUND_MESSAGE policies run
 * in the same transaction as the insert; network side effects (hide,
 * auto-reply) are queued after it commits.
 *
 * Items are written in batches: one transaction per INGEST_BATCH_SIZE items,
 * with a few multi-row statements each (contacts, conversations, messages,
 * the authors' recent texts, the conversations' new state) rather than a
 * dozen per item, and the channel's policies read once per batch.
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
    for (let start = 0; start < ordered.length; start += INGEST_BATCH_SIZE) {
      const batch = ordered.slice(start, start + INGEST_BATCH_SIZE);
      const created = await this.inTransaction((manager) => this.ingestBatch(manager, channel, batch));
      result.created += created.length;
      result.duplicates += batch.length - created.length;
      await this.afterCommit(channel, created);
    }
    return result;
  }

  /** Runs `work` in a transaction, again when PostgreSQL chose it as a deadlock victim (two batches sharing threads). */
  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(work);
      } catch (error) {
        if (attempt >= ATTEMPTS || !isTransactionConflict(error)) throw error;
      }
    }
  }

  private async afterCommit(channel: Channel, created: Created[]): Promise<void> {
    const workspaceId = channel.workspaceId;
    await this.queue.sendMany(SET_VISIBILITY, created.filter((c) => c.hide).map((c) => ({ workspaceId, messageId: c.message.id, hidden: true })));
    await this.queue.sendMany(SEND_REPLY, created.flatMap((c) => (c.autoReply ? [{ workspaceId, messageId: c.autoReply.id }] : [])));
    const announced = new Set<string>();
    for (const { message, autoReply } of created) {
      await this.events.publish(new MessageAddedEvent(workspaceId, message));
      if (autoReply) await this.events.publish(new MessageAddedEvent(workspaceId, autoReply));
    }
    // Each conversation once, in its state after the whole batch.
    for (const { conversation } of created) {
      if (announced.has(conversation.id)) continue;
      announced.add(conversation.id);
      await this.events.publish(new ConversationUpdatedEvent(workspaceId, conversation));
    }
  }

  /** Writes one batch (ordered by creation time) and returns what it created, in order. */
  private async ingestBatch(manager: EntityManager, channel: Channel, batch: InboundItem[]): Promise<Created[]> {
    // The same item twice in one batch (a re-delivery) is written once.
    const seen = new Set<string>();
    const unique = batch.filter((item) => !seen.has(item.externalId) && seen.add(item.externalId));
    const known = new Set(
      (
        await manager.query(`SELECT external_id FROM message WHERE channel_id = $1 AND external_id = ANY($2::text[])`, [channel.id, unique.map((i) => i.externalId)])
      ).map((r: { external_id: string }) => r.external_id),
    );
    const items = unique.filter((item) => !known.has(item.externalId));
    if (!items.length) return [];

    const contacts = await this.upsertContacts(manager, channel, items);
    const postTargets = await this.postTargets(manager, channel, items);
    const recent = await this.recentTexts(manager, [...new Set(items.map((i) => contacts.get(i.author.externalId)!))]);
    const evaluate = await this.policies.evaluatorIn(channel.workspaceId, PolicyScope.INBOUND_MESSAGE, channel, manager);
    // From here PostgreSQL writes while the policies run: the conversations now, then each chunk of messages once its
    // items are decided, while the next chunk is. The statements go one at a time, in order (a semaphore of one): the
    // connection runs one query at a time, and queueing a second behind a busy one is deprecated in pg (pg@9 refuses it).
    const statements = new Semaphore(1);
    const threadsWritten = awaitedLater(statements.run(() => this.upsertConversations(manager, channel, items, contacts, postTargets)));

    // The author's other messages, newest first, as each item sees them: those stored before, and those earlier in this batch.
    const recentTexts = new Map<InboundItem, string[]>();
    const earlier = new Map<string, Array<{ body: string; sentAt: number }>>();
    for (const item of items) {
      const contactId = contacts.get(item.author.externalId)!;
      const own = earlier.get(contactId) ?? [];
      const texts = [...own, ...(recent.get(contactId) ?? [])].sort((a, b) => b.sentAt - a.sentAt).slice(0, RECENT_TEXTS);
      recentTexts.set(item, texts.map((r) => r.body));
      earlier.set(contactId, [...own, { body: item.text, sentAt: Date.parse(item.createdAt) }]);
    }

    // Policies decide on each item before its row is written, so the row is inserted with its labels and findings.
    // Items are decided and written in key order, so concurrent batches take the unique index's locks in one order.
    const decisions = new Map<InboundItem, PolicyDecision>();
    const rows: Message[] = [];
    const inserts: Array<ReturnType<IngestionService['insertNew']>> = [];
    const byKey = [...items].sort((a, b) => (a.externalId < b.externalId ? -1 : 1));
    for (let start = 0; start < byKey.length; start += INSERT_CHUNK) {
      const chunk = byKey.slice(start, start + INSERT_CHUNK);
      for (const item of chunk) decisions.set(item, await evaluate({ text: item.text, authorExternalId: item.author.externalId, recentTexts: recentTexts.get(item) }));
      const threadIds = await threadsWritten;
      const chunkRows = chunk.map((item) => {
        const decision = decisions.get(item)!;
        const inbound = decision.inbound!;
        return manager.create(Message, {
          workspaceId: channel.workspaceId,
          conversationId: threadIds.get(item.threadExternalId)!,
          channelId: channel.id,
          direction: MessageDirection.INBOUND,
          externalId: item.externalId,
          inReplyToExternalId: item.inReplyToExternalId ?? null,
          contactId: contacts.get(item.author.externalId)!,
          body: item.text,
          sentAt: new Date(item.createdAt),
          kind: item.kind as Message['kind'],
          labels: mergeLabels(inbound.labels),
          findings: decision.findings.map(({ config: _config, ...finding }) => finding) as Message['findings'],
          // Always set: rows are written together, and a column left out of one would be NULL, not its default.
          visibility: inbound.hide ? MessageVisibility.HIDDEN : MessageVisibility.VISIBLE,
          // The hide job settles the network side (DONE, FAILED, or NOT_SUPPORTED for a kind the network cannot hide).
          ...(inbound.hide ? networkEffectColumns(NetworkAction.HIDE, NetworkEffectState.PENDING) : {}),
        });
      });
      rows.push(...chunkRows);
      inserts.push(awaitedLater(statements.run(() => this.insertNew(manager, chunkRows))));
      // Lets the connection's replies in, so the next statement is sent before the next chunk's policies run.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const threads = await threadsWritten;
    const inserted = (await Promise.all(inserts)).flat();
    if (!inserted.length) return [];
    // A concurrent batch may have written some of these meanwhile: only the rows written here count (and are announced).
    const written = new Map(inserted.map((r) => [r.external_id, r]));
    const insertedIds = new Map(inserted.map((r) => [r.external_id, r.id]));
    for (const row of rows) {
      const stored = written.get(row.externalId!);
      if (stored) Object.assign(row, { id: stored.id, createdAt: stored.created_at, updatedAt: stored.updated_at });
    }
    const messages = new Map(rows.filter((row) => row.id).map((row) => [row.id, row]));
    const conversations = new Map(
      (
        await manager
          .createQueryBuilder(Conversation, 'conversation')
          .setLock('pessimistic_write')
          .where('conversation.id IN (:...ids)', { ids: [...new Set(items.filter((i) => insertedIds.has(i.externalId)).map((i) => threads.get(i.threadExternalId)!))] })
          .orderBy('conversation.id')
          .getMany()
      ).map((c) => [c.id, c]),
    );

    const created: Created[] = [];
    for (const item of items) {
      const id = insertedIds.get(item.externalId);
      if (!id) continue;
      const inbound = decisions.get(item)!.inbound!;
      const sentAt = new Date(item.createdAt);
      const conversation = conversations.get(threads.get(item.threadExternalId)!)!;
      const newest = sentAt >= conversation.lastMessageAt;
      conversation.labels = mergeLabels(conversation.labels, inbound.labels);
      conversation.escalated ||= inbound.escalate;
      if (inbound.priority && PRIORITY_RANK[inbound.priority] > PRIORITY_RANK[conversation.priority]) conversation.priority = inbound.priority as Priority;
      conversation.assigneeId ??= inbound.assigneeId;
      conversation.postTargetId ??= (item.postExternalId && postTargets.get(item.postExternalId)) || null;
      conversation.firstInboundAt = conversation.firstInboundAt && conversation.firstInboundAt < sentAt ? conversation.firstInboundAt : sentAt;
      if (!inbound.hide) {
        // A hidden message (spam, abuse) does not make anyone wait for an answer.
        conversation.waitingSince ??= sentAt;
        // A complaint is answered like a question: it stays in "awaiting answer" and overdue figures until we reply.
        if (newest) conversation.awaitingAnswer = inbound.labels.includes('question') || inbound.labels.includes('criticism');
        if (conversation.status === ConversationStatus.RESOLVED || conversation.status === ConversationStatus.PENDING) conversation.status = ConversationStatus.OPEN;
      }
      if (newest) conversation.lastMessageAt = sentAt;
      // Policies check their templates when saved; one saved before that check is not sent rather than sent with a raw {{variable}}.
      const autoReply =
        inbound.autoReply && !inbound.hide && !templateVariablesProblem(inbound.autoReply, TemplateContext.INBOX)
          ? manager.create(Message, {
              workspaceId: channel.workspaceId,
              conversationId: conversation.id,
              channelId: channel.id,
              direction: MessageDirection.OUTBOUND,
              inReplyToExternalId: item.externalId,
              body: renderTemplate(inbound.autoReply, TemplateContext.INBOX, contactValues(item.author), 'template'),
              sentAt: new Date(),
              deliveryStatus: DeliveryStatus.QUEUED,
            })
          : null;
      created.push({ item, message: messages.get(id)!, conversation, hide: inbound.hide, autoReply });
    }
    await this.saveConversations(manager, [...conversations.values()]);
    const replies = created.flatMap((c) => (c.autoReply ? [c.autoReply] : []));
    if (replies.length) await manager.save(replies);
    return created;
  }

  /**
   * Inserts message rows (in the given order) in one statement, skipping any
   * whose (channel, external id) exists, and returns those written. The
   * columns are the entity's (every one some row sets), so the rows go in
   * as one JSON parameter rather than through TypeORM's per-value builder.
   */
  private async insertNew(manager: EntityManager, rows: Message[]): Promise<Array<{ id: string; external_id: string; created_at: Date; updated_at: Date }>> {
    const all = manager.connection.getMetadata(Message).columns;
    // Each column of each row read once: the values written, and which columns (by position) some row sets.
    const values = rows.map((row) => all.map((column) => column.getEntityValue(row)));
    const set = all.flatMap((_, c) => (values.some((row) => row[c] !== undefined) ? [c] : []));
    // A column some rows leave out is written NULL for them, not its default: only nullable ones may be left out.
    const unset = set.find((c) => !all[c].isNullable && values.some((row) => row[c] === undefined));
    if (unset !== undefined) throw new Error(`IngestionService.insertNew: every row must set ${all[unset].propertyName}`);
    const columns = set.map((c) => all[c]);
    const names = columns.map((column) => `"${column.databaseName}"`).join(', ');
    const types = columns.map((column) => `"${column.databaseName}" ${column.enumName ?? (column.type === 'varchar' ? 'text' : String(column.type))}${column.isArray ? '[]' : ''}`).join(', ');
    const records = values.map((row) => Object.fromEntries(set.map((c) => [all[c].databaseName, row[c] ?? null])));
    return manager.query(
      `INSERT INTO message (${names})
       SELECT ${names} FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (${types})) WITH ORDINALITY AS r(${names}, n) ORDER BY n
       ON CONFLICT DO NOTHING RETURNING id, external_id, created_at, updated_at`,
      [JSON.stringify(records)],
    );
  }

  /**
   * The batch's authors as contacts (id by external id): new ones inserted,
   * known ones read, and a changed handle, name or avatar updated. No row
   * lock is taken for an author who did not change, so batches sharing a
   * prolific author do not wait for each other.
   */
  private async upsertContacts(manager: EntityManager, channel: Channel, items: InboundItem[]): Promise<Map<string, string>> {
    // The latest item says who the author is now.
    const authors = new Map(items.map((i) => [i.author.externalId, i.author]));
    const list = [...authors.values()].sort((a, b) => (a.externalId < b.externalId ? -1 : 1));
    const params = [channel.workspaceId, channel.id, list.map((a) => a.externalId), list.map((a) => a.handle), list.map((a) => a.name ?? null), list.map((a) => a.avatarUrl ?? null)];
    const rows: Array<{ id: string; external_id: string; handle: string; name: string | null; avatar_url: string | null; created: boolean }> = await manager.query(
      `WITH input AS (SELECT * FROM unnest($3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS i(external_id, handle, name, avatar_url, n)),
       inserted AS (
         INSERT INTO contact (workspace_id, channel_id, external_id, handle, name, avatar_url)
         SELECT $1, $2, external_id, handle, name, avatar_url FROM input ORDER BY n
         ON CONFLICT (channel_id, external_id) DO NOTHING RETURNING id, external_id)
       SELECT id, external_id, NULL AS handle, NULL AS name, NULL AS avatar_url, true AS created FROM inserted
       UNION ALL
       SELECT c.id, c.external_id, c.handle, c.name, c.avatar_url, false FROM contact c WHERE c.channel_id = $2 AND c.external_id = ANY($3::text[])`,
      params,
    );
    const ids = new Map(rows.map((r) => [r.external_id, r.id]));
    // Written by a concurrent batch after this statement's snapshot: read again.
    const missing = list.filter((a) => !ids.has(a.externalId)).map((a) => a.externalId);
    if (missing.length) {
      for (const r of await manager.query(`SELECT id, external_id FROM contact WHERE channel_id = $1 AND external_id = ANY($2::text[])`, [channel.id, missing])) ids.set(r.external_id, r.id);
    }
    const changed = rows.filter((r) => {
      if (r.created) return false;
      const author = authors.get(r.external_id)!;
      return r.handle !== author.handle || (author.name != null && author.name !== r.name) || (author.avatarUrl != null && author.avatarUrl !== r.avatar_url);
    });
    if (changed.length) {
      const updates = changed.map((r) => authors.get(r.external_id)!);
      await manager.query(
        `UPDATE contact c SET handle = u.handle, name = coalesce(u.name, c.name), avatar_url = coalesce(u.avatar_url, c.avatar_url), updated_at = now()
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS u(external_id, handle, name, avatar_url)
          WHERE c.channel_id = $1 AND c.external_id = u.external_id`,
        [channel.id, updates.map((a) => a.externalId), updates.map((a) => a.handle), updates.map((a) => a.name ?? null), updates.map((a) => a.avatarUrl ?? null)],
      );
    }
    return ids;
  }

  /** Our post targets the batch's comments are on, by their external id. */
  private async postTargets(manager: EntityManager, channel: Channel, items: InboundItem[]): Promise<Map<string, string>> {
    const external = [...new Set(items.flatMap((i) => (i.postExternalId ? [i.postExternalId] : [])))];
    if (!external.length) return new Map();
    const rows: Array<{ id: string; external_id: string }> = await manager.query('SELECT id, external_id FROM post_target WHERE channel_id = $1 AND external_id = ANY($2::text[])', [channel.id, external]);
    return new Map(rows.map((r) => [r.external_id, r.id]));
  }

  /** The batch's threads as conversations (id by thread external id); a new one starts with its first item. */
  private async upsertConversations(manager: EntityManager, channel: Channel, items: InboundItem[], contacts: Map<string, string>, postTargets: Map<string, string>): Promise<Map<string, string>> {
    const firsts = new Map<string, InboundItem>();
    for (const item of items) if (!firsts.has(item.threadExternalId)) firsts.set(item.threadExternalId, item);
    const list = [...firsts.values()].sort((a, b) => (a.threadExternalId < b.threadExternalId ? -1 : 1));
    const params = [
      channel.workspaceId,
      channel.id,
      list.map((i) => i.threadExternalId),
      list.map((i) => KIND_OF[i.kind]),
      list.map((i) => contacts.get(i.author.externalId)!),
      list.map((i) => (i.postExternalId && postTargets.get(i.postExternalId)) || null),
      list.map((i) => new Date(i.createdAt).toISOString()),
    ];
    const rows: Array<{ id: string; thread_external_id: string }> = await manager.query(
      `WITH input AS (SELECT * FROM unnest($3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::timestamptz[]) WITH ORDINALITY AS i(thread, kind, contact_id, post_target_id, at, n)),
       inserted AS (
         INSERT INTO conversation (workspace_id, channel_id, thread_external_id, kind, contact_id, post_target_id, last_message_at)
         SELECT $1, $2, thread, kind::conversation_kind, contact_id, post_target_id, at FROM input ORDER BY n
         ON CONFLICT (channel_id, thread_external_id) DO NOTHING RETURNING id, thread_external_id)
       SELECT id, thread_external_id FROM inserted
       UNION ALL
       SELECT c.id, c.thread_external_id FROM conversation c WHERE c.channel_id = $2 AND c.thread_external_id = ANY($3::text[])`,
      params,
    );
    const ids = new Map(rows.map((r) => [r.thread_external_id, r.id]));
    const missing = list.filter((i) => !ids.has(i.threadExternalId)).map((i) => i.threadExternalId);
    if (missing.length) {
      for (const r of await manager.query('SELECT id, thread_external_id FROM conversation WHERE channel_id = $1 AND thread_external_id = ANY($2::text[])', [channel.id, missing])) ids.set(r.thread_external_id, r.id);
    }
    return ids;
  }

  /** Each author's latest inbound messages stored before this batch, newest first (an index scan per author). */
  private async recentTexts(manager: EntityManager, contactIds: string[]): Promise<Map<string, Array<{ body: string; sentAt: number }>>> {
    const rows: Array<{ contact_id: string; body: string; sent_at: Date }> = await manager.query(
      `SELECT a.contact_id, r.body, r.sent_at FROM unnest($1::uuid[]) AS a(contact_id) CROSS JOIN LATERAL (
         SELECT body, sent_at FROM message m WHERE m.contact_id = a.contact_id AND m.direction = 'INBOUND' ORDER BY m.sent_at DESC LIMIT ${RECENT_TEXTS}) r`,
      [contactIds],
    );
    const byContact = new Map<string, Array<{ body: string; sentAt: number }>>();
    for (const r of rows) {
      const list = byContact.get(r.contact_id) ?? [];
      list.push({ body: r.body, sentAt: r.sent_at.getTime() });
      byContact.set(r.contact_id, list);
    }
    return byContact;
  }

  /** Writes the batch's conversations' new state in one statement (their rows are locked). */
  private async saveConversations(manager: EntityManager, conversations: Conversation[]): Promise<void> {
    if (!conversations.length) return;
    const state = conversations.map((c) => ({
      id: c.id,
      labels: c.labels,
      escalated: c.escalated,
      priority: c.priority,
      assignee_id: c.assigneeId ?? null,
      post_target_id: c.postTargetId ?? null,
      first_inbound_at: c.firstInboundAt?.toISOString() ?? null,
      waiting_since: c.waitingSince?.toISOString() ?? null,
      awaiting_answer: c.awaitingAnswer,
      status: c.status,
      last_message_at: c.lastMessageAt.toISOString(),
    }));
    await manager.query(
      `UPDATE conversation c SET labels = u.labels, escalated = u.escalated, priority = u.priority::priority, assignee_id = u.assignee_id, post_target_id = u.post_target_id,
              first_inbound_at = u.first_inbound_at, waiting_since = u.waiting_since, awaiting_answer = u.awaiting_answer, status = u.status::conversation_status,
              last_message_at = u.last_message_at, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, labels text[], escalated boolean, priority text, assignee_id uuid, post_target_id uuid,
              first_inbound_at timestamptz, waiting_since timestamptz, awaiting_answer boolean, status text, last_message_at timestamptz)
        WHERE c.id = u.id AND c.id = ANY($2::uuid[])`,
      // The id list too: PostgreSQL guesses 100 rows for jsonb_to_recordset, and for a table of a few thousand
      // conversations that guess made it scan the whole table on every batch instead of using the primary key.
      [JSON.stringify(state), state.map((c) => c.id)],
    );
  }
}
