import { Inject, Injectable } from '@nestjs/common';
import { describeInboundItemProblems, retryAfterOf, type ErrorClassification, type InboundItem } from '@rapport/plugin-sdk';
import { DataSource, In } from 'typeorm';
import { Channel, ChannelStatus } from '../channels/channel.entity.js';
import { ChannelsService } from '../channels/channels.service.js';
import { ChannelSyncProgress } from '../channels/channel-sync-progress.js';
import { Semaphore } from '../common/semaphore.js';
import { MAX_PAGES_PER_SYNC, syncFromCursor } from '../channels/cursor-sync.js';
import { DriverContextFactory } from '../channels/driver-context.factory.js';
import { callNetwork, networkFailure, type NetworkFailure } from '../channels/network-failure.js';
import { JobQueue, NotRetryable, RetryLater, type BatchJob, type JobInfo } from '../jobs/job-queue.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../plugins/plugin.tokens.js';
import { DELETE_MESSAGE, INBOX_HOUSEKEEPING, INGEST_ITEMS, SEND_REPLY, SET_VISIBILITY, SYNC_CHANNEL, type IngestItemsData } from './conversation.jobs.js';
import { ChannelUpdatedEvent } from '../channels/channel-updated.event.js';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import { ConversationUpdatedEvent, MessageAddedEvent, MessageUpdatedEvent } from './conversation-events.js';
import { Conversation } from './conversation.entity.js';
import { DeliveryStatus, MessageDirection, MessageVisibility } from './conversation.enums.js';
import { IngestionService } from './ingestion.service.js';
import { Message } from './message.entity.js';
import { EventBus } from '../events/event-bus.js';
import { NetworkAction, networkCall, networkEffectColumns, NetworkEffectState, type NetworkEffectColumns } from './network-effect.js';

// Messages outlive their channel (the inbox keeps its history), so a queued side effect may find it gone.
const DISCONNECTED = 'the channel was disconnected';

/** Batches of hide/show/delete jobs one process works at once, per kind; their network calls share one limit. */
const SIDE_EFFECT_BATCHES_AT_ONCE = 2;

/** What a network call of a batch came to, to be recorded on its message. */
interface NetworkOutcome {
  messageId: string;
  action: NetworkAction;
  columns: NetworkEffectColumns;
}

/** One hide, show or delete job of a batch. */
interface NetworkEffectRequest {
  job: JobInfo;
  messageId: string;
  action: NetworkAction.HIDE | NetworkAction.UNHIDE | NetworkAction.DELETE;
}

/** What one sync run did: pages pulled, new messages stored, and the network's refusal if it ended in one. */
export interface SyncOutcome {
  pages: number;
  created: number;
  failure: { classification: ErrorClassification; message: string; retryAfterSeconds?: number } | null;
  /** The run stopped at its page limit: the sync carries on in another run. */
  more?: boolean;
  /** Another run was already syncing this channel: this one did nothing. */
  busy?: boolean;
}

/**
 * The inbox's network work, all on the durable queue: ingesting webhook
 * deliveries, polling (sync with a stored cursor, also used for backfill),
 * sending replies (idempotency key = message id), hiding, showing and
 * deleting messages. Every outcome of a side effect is kept on the message
 * (see NetworkEffect) and announced with MessageUpdatedEvent.
 */
@Injectable()
export class ChannelWorker {
  /** Hide, show and delete calls to the networks running at once in this process (RAPPORT_JOB_CONCURRENCY). */
  private readonly networkCalls: Semaphore;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly contexts: DriverContextFactory,
    private readonly channels: ChannelsService,
    private readonly ingestion: IngestionService,
    private readonly events: EventBus,
    @Inject(RAPPORT_CONFIG) private readonly config: RapportConfig,
    private readonly queue: JobQueue,
    private readonly progress: ChannelSyncProgress,
  ) {
    queue.registerBatch(INGEST_ITEMS, (jobs) => this.ingestDeliveries(jobs));
    queue.register(SYNC_CHANNEL, async ({ workspaceId, channelId }) => {
      const { failure, more } = await this.sync(channelId);
      if (failure?.classification === 'retry') throw new RetryLater(failure.message, failure.retryAfterSeconds);
      // A backfill longer than one run carries on at once rather than at the next housekeeping.
      if (more) await queue.send(SYNC_CHANNEL, { workspaceId, channelId });
    });
    queue.register(SEND_REPLY, ({ messageId }, job) => this.sendReply(messageId, job));
    this.networkCalls = new Semaphore(config.jobConcurrency);
    const sideEffects = { slots: SIDE_EFFECT_BATCHES_AT_ONCE };
    queue.registerBatch(SET_VISIBILITY, (jobs) => this.carryOut(jobs.map((job) => ({ job, messageId: job.data.messageId, action: job.data.hidden ? NetworkAction.HIDE : NetworkAction.UNHIDE })), SET_VISIBILITY.retryLimit), sideEffects);
    queue.registerBatch(DELETE_MESSAGE, (jobs) => this.carryOut(jobs.map((job) => ({ job, messageId: job.data.messageId, action: NetworkAction.DELETE })), DELETE_MESSAGE.retryLimit), sideEffects);
    queue.register(INBOX_HOUSEKEEPING, () => this.housekeeping());
    queue.schedule(INBOX_HOUSEKEEPING, '* * * * *');
    // A newly connected channel backfills at once instead of waiting for the next tick.
    events.ofType(ChannelUpdatedEvent).subscribe((event) => {
      const { channel, disconnected } = event.payload;
      if (!disconnected && channel.status === ChannelStatus.CONNECTED && !channel.lastSyncedAt) {
        queue.send(SYNC_CHANNEL, { workspaceId: channel.workspaceId, channelId: channel.id }).catch((error: unknown) => this.logger.error({ err: error, channelId: channel.id }, 'could not queue the first sync'));
      }
    });
  }

  /**
   * Ingests a batch of webhook deliveries: per channel, the items of every
   * valid delivery in one batch (the channel read once). A delivery with an
   * invalid item fails alone and at once (invalid stays invalid), and is kept
   * among the failed jobs; the others land. If the batch as a whole fails, each
   * delivery is tried on its own, so one that cannot be stored is retried
   * without holding back the rest.
   */
  private async ingestDeliveries(jobs: BatchJob<IngestItemsData>[]): Promise<Map<string, unknown>> {
    const failures = new Map<string, unknown>();
    const byChannel = new Map<string, BatchJob<IngestItemsData>[]>();
    for (const job of jobs) {
      const problems = job.data.items.flatMap((item, index) => describeInboundItemProblems(item, `items[${index}]`));
      if (problems.length) failures.set(job.id, new NotRetryable(`invalid items: ${problems.join('; ')}`));
      else byChannel.set(job.data.channelId, [...(byChannel.get(job.data.channelId) ?? []), job]);
    }
    for (const [channelId, group] of byChannel) {
      const channel = await this.dataSource.getRepository(Channel).findOneBy({ id: channelId });
      if (!channel) continue;
      try {
        await this.ingestion.ingest(channel, group.flatMap((job) => job.data.items));
      } catch (error) {
        for (const job of group) {
          const failure = group.length === 1 ? error : await this.ingestion.ingest(channel, job.data.items).then(() => null, (jobError: unknown) => jobError);
          if (failure) await this.isolateFailure(channel, job, failure, failures);
        }
      }
    }
    return failures;
  }

  /**
   * A job that could not be stored: one of several deliveries merged into it may be what fails, so each item is
   * tried alone and those that still fail go on as jobs of their own (each retried, then kept among the failed
   * jobs); the job itself fails, to be retried whole, only when every item fails (the database, not an item).
   */
  private async isolateFailure(channel: Channel, job: BatchJob<IngestItemsData>, error: unknown, failures: Map<string, unknown>): Promise<void> {
    if (job.data.items.length === 1) return void failures.set(job.id, error);
    const failed: InboundItem[] = [];
    for (const item of job.data.items) await this.ingestion.ingest(channel, [item]).catch(() => failed.push(item));
    if (failed.length === job.data.items.length) return void failures.set(job.id, error);
    if (failed.length) {
      this.logger.warn({ jobId: job.id, channelId: channel.id, failed: failed.length, of: job.data.items.length }, 'ingestion: items that failed go on as jobs of their own');
      await this.queue.sendMany(INGEST_ITEMS, failed.map((item) => ({ workspaceId: job.data.workspaceId, channelId: channel.id, items: [item] })));
    }
  }

  /** Wakes due snoozed conversations and queues a sync for every connected channel not synced within the interval. */
  async housekeeping(): Promise<void> {
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected count].
    const [woken]: [Array<{ id: string }>, number] = await this.dataSource.query(
      `UPDATE conversation SET status = 'OPEN', snoozed_until = NULL WHERE status = 'SNOOZED' AND snoozed_until <= now() RETURNING id`,
    );
    for (const { id } of woken) {
      const conversation = await this.dataSource.getRepository(Conversation).findOneByOrFail({ id });
      await this.events.publish(new ConversationUpdatedEvent(conversation.workspaceId, conversation));
    }
    const stale: Array<{ id: string; workspace_id: string }> = await this.dataSource.query(
      `SELECT id, workspace_id FROM channel WHERE status = 'CONNECTED' AND (last_synced_at IS NULL OR last_synced_at < now() - make_interval(secs => $1))`,
      [this.config.syncIntervalSeconds],
    );
    for (const { id, workspace_id } of stale) await this.queue.send(SYNC_CHANNEL, { workspaceId: workspace_id, channelId: id }, { singletonKey: `sync:${id}` });
  }

  /**
   * Pulls new activity of a polling channel (see syncFromCursor) into the
   * inbox. A refusal by the network is recorded on the channel (NEEDS_REAUTH,
   * ERROR) and returned with its classification, never reported as synced.
   */
  async sync(channelId: string): Promise<SyncOutcome> {
    const channel = await this.dataSource.getRepository(Channel).findOneBy({ id: channelId });
    const provided = channel && this.registry.channelType(channel.type);
    if (!channel || !provided || channel.status !== ChannelStatus.CONNECTED || !provided.driver.capabilities.polling) return { pages: 0, created: 0, failure: null };
    const context = this.contexts.forChannel(channel, provided.owner);
    // One run at a time per channel; its progress is kept on the channel (Channel.sync) page by page.
    const ran = await this.progress.run(channel, async (recordPage): Promise<SyncOutcome> => {
      let created = 0;
      let pages = 0;
      // Only the network's failures are the network's: one of Rapport's own (ingestion, database) is thrown as it is.
      let refused: { error: unknown } | undefined;
      try {
        const fetchPage = async (cursor: string | null) => {
          try {
            return await provided.driver.sync(context, cursor);
          } catch (error) {
            refused = { error };
            throw error;
          }
        };
        pages = await syncFromCursor(this.dataSource, channel, fetchPage, async (items, page) => {
          const stored = (await this.ingestion.ingest(channel, items)).created;
          created += stored;
          await recordPage(stored, page.estimatedTotal);
        });
      } catch (error) {
        if (refused?.error !== error) throw error;
        const classification = await this.channels.recordFailure(channel, provided.driver, error);
        const failure = { ...networkFailure(provided.driver.displayName, classification, error), retryAfterSeconds: retryAfterOf(error) };
        this.logger.warn({ channelId, pages, created, classification }, 'channel sync failed');
        return { pages, created, failure, more: false };
      }
      this.logger.info({ channelId, pages, created }, 'channel synced');
      return { pages, created, failure: null, more: pages >= MAX_PAGES_PER_SYNC };
    });
    return ran === 'busy' ? { pages: 0, created: 0, failure: null, busy: true } : ran;
  }

  async sendReply(messageId: string, job: JobInfo): Promise<void> {
    const message = await this.dataSource.getRepository(Message).findOneBy({ id: messageId, direction: MessageDirection.OUTBOUND });
    if (!message || message.deliveryStatus !== DeliveryStatus.QUEUED) return;
    const conversation = await this.dataSource.getRepository(Conversation).findOneByOrFail({ id: message.conversationId });
    const channel = await this.dataSource.getRepository(Channel).findOneBy({ id: message.channelId });
    if (!channel) return this.markReply(message, conversation, DeliveryStatus.FAILED, { deliveryError: DISCONNECTED });
    const provided = this.registry.channelType(channel.type);
    if (!provided) return this.markReply(message, conversation, DeliveryStatus.FAILED, { deliveryError: `channel type ${channel.type} is not loaded` });
    const inReplyTo = message.inReplyToExternalId ?? (await this.lastInboundExternalId(conversation.id));
    const answer = await callNetwork(() =>
      provided.driver.reply(this.contexts.forChannel(channel, provided.owner), {
        idempotencyKey: message.id,
        inReplyToExternalId: inReplyTo ?? conversation.threadExternalId,
        conversationExternalId: conversation.threadExternalId,
        text: message.body,
      }),
    );
    if (answer.ok) return this.markReply(message, conversation, DeliveryStatus.SENT, { externalId: answer.value.externalId, deliveryError: null });
    const classification = await this.channels.failedCall(channel, provided.driver, answer.error, job, SEND_REPLY.retryLimit);
    const failure = networkFailure(provided.driver.displayName, classification, answer.error);
    await this.markReply(message, conversation, DeliveryStatus.FAILED, { deliveryError: failure.message }, failure);
  }

  /**
   * Hides, shows or deletes messages on their networks, each as asked by the
   * message's pending network effect, and records each outcome on it: DONE,
   * FAILED with the driver's classification (a refusal, or retries exhausted),
   * or NOT_SUPPORTED when the driver does not declare the message's kind (a
   * policy may hide a direct message the network cannot: it stays hidden in
   * Rapport only). A job whose request was superseded does nothing; one the
   * network asks to retry fails alone (RetryLater) and the others complete.
   * The batch reads its messages and channels once, calls the networks within
   * the process's limit, then records and announces the outcomes together.
   */
  private async carryOut(requests: NetworkEffectRequest[], retryLimit: number): Promise<Map<string, unknown>> {
    const failures = new Map<string, unknown>();
    const messages = await this.dataSource.getRepository(Message).findBy({ id: In([...new Set(requests.map((request) => request.messageId))]) });
    const byId = new Map(messages.map((message) => [message.id, message]));
    const asked = new Set<string>();
    const pending = requests.filter(({ messageId, action }) => {
      const message = byId.get(messageId);
      // Rows from before effects were recorded carry none: their job still runs. The same request twice is made once.
      const due = message && (message.networkAction === null || (message.networkAction === action && message.networkState === NetworkEffectState.PENDING));
      if (!due || asked.has(`${messageId} ${action}`)) return false;
      asked.add(`${messageId} ${action}`);
      return true;
    });
    const channelIds = [...new Set(pending.map(({ messageId }) => byId.get(messageId)!.channelId))];
    const channels = new Map((channelIds.length ? await this.dataSource.getRepository(Channel).findBy({ id: In(channelIds) }) : []).map((channel) => [channel.id, channel]));
    const outcomes: NetworkOutcome[] = [];
    await Promise.all(
      pending.map(async ({ job, messageId, action }) => {
        const message = byId.get(messageId)!;
        try {
          outcomes.push({ messageId, action, columns: await this.networkOutcome(message, channels.get(message.channelId), action, job, retryLimit) });
        } catch (error) {
          failures.set(job.id, error);
        }
      }),
    );
    const settled = await this.settle(outcomes);
    if (settled.length) {
      const rows = await this.dataSource.getRepository(Message).findBy({ id: In(settled) });
      for (const row of rows) if (row.networkState === NetworkEffectState.FAILED) this.logger.warn({ messageId: row.id, action: row.networkAction, reason: row.networkError }, 'network side effect failed');
      await Promise.all(rows.map((row) => this.events.publish(new MessageUpdatedEvent(row.workspaceId, row))));
    }
    return failures;
  }

  /** Makes the network call a pending effect asks for (at most RAPPORT_JOB_CONCURRENCY at once in this process) and says how it went. */
  private async networkOutcome(message: Message, channel: Channel | undefined, action: NetworkEffectRequest['action'], job: JobInfo, retryLimit: number): Promise<NetworkEffectColumns> {
    if (!channel) return networkEffectColumns(action, NetworkEffectState.FAILED, { classification: null, message: DISCONNECTED });
    const provided = this.registry.channelType(channel.type);
    if (!provided) return networkEffectColumns(action, NetworkEffectState.FAILED, { classification: null, message: `channel type ${channel.type} is not loaded` });
    const call = networkCall(provided.driver, message, action);
    const externalId = message.externalId;
    if (!call || !externalId) return networkEffectColumns(action, NetworkEffectState.NOT_SUPPORTED);
    const answer = await callNetwork(() => this.networkCalls.run(() => call.call(provided.driver, this.contexts.forChannel(channel, provided.owner), externalId)));
    if (answer.ok) return networkEffectColumns(action, NetworkEffectState.DONE);
    const classification = await this.channels.failedCall(channel, provided.driver, answer.error, job, retryLimit);
    return networkEffectColumns(action, NetworkEffectState.FAILED, networkFailure(provided.driver.displayName, classification, answer.error));
  }

  /** Records the outcomes whose request no newer hide, show or delete replaced meanwhile, in one statement; returns their messages' ids. */
  private async settle(outcomes: NetworkOutcome[]): Promise<string[]> {
    if (!outcomes.length) return [];
    const rows = outcomes.map(({ messageId, action, columns }) => ({
      id: messageId,
      action,
      state: columns.networkState,
      error: columns.networkError,
      classification: columns.networkErrorClassification,
      at: columns.networkUpdatedAt,
    }));
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected count].
    const [updated]: [Array<{ id: string }>, number] = await this.dataSource.query(
      `UPDATE message m SET network_action = u.action::network_action, network_state = u.state::network_effect_state, network_error = u.error,
              network_error_classification = u.classification, network_updated_at = u.at, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, action text, state text, error text, classification text, at timestamptz)
        WHERE m.id = u.id AND m.id = ANY($2::uuid[])
          AND (m.network_action IS NULL OR (m.network_action = u.action::network_action AND m.network_state = 'PENDING'))
        RETURNING m.id`,
      [JSON.stringify(rows), rows.map((row) => row.id)],
    );
    return updated.map(({ id }) => id);
  }

  private async lastInboundExternalId(conversationId: string): Promise<string | null> {
    const last = await this.dataSource.getRepository(Message).findOne({
      where: { conversationId, direction: MessageDirection.INBOUND, visibility: MessageVisibility.VISIBLE },
      order: { sentAt: 'DESC' },
    });
    return last?.externalId ?? null;
  }

  private async markReply(message: Message, conversation: Conversation, status: DeliveryStatus, fields: Partial<Message>, failure?: NetworkFailure): Promise<void> {
    const outcome = status === DeliveryStatus.SENT ? NetworkEffectState.DONE : NetworkEffectState.FAILED;
    Object.assign(message, fields, { deliveryStatus: status }, networkEffectColumns(NetworkAction.SEND, outcome, failure ?? (fields.deliveryError ? { classification: null, message: fields.deliveryError } : undefined)));
    await this.dataSource.transaction(async (manager) => {
      await manager.save(message);
      if (status === DeliveryStatus.SENT) {
        // First response time counts from when the answer reached the network.
        await manager.query('UPDATE conversation SET first_response_at = coalesce(first_response_at, now()) WHERE id = $1', [conversation.id]);
      }
    });
    await this.events.publish(new MessageAddedEvent(message.workspaceId, message));
    await this.events.publish(new MessageUpdatedEvent(message.workspaceId, message));
    await this.events.publish(new ConversationUpdatedEvent(message.workspaceId, await this.dataSource.getRepository(Conversation).findOneByOrFail({ id: conversation.id })));
  }
}
