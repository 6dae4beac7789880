import { Inject, Injectable } from '@nestjs/common';
import { describeInboundItemProblems, retryAfterOf } from '@rapport/plugin-sdk';
import { DataSource } from 'typeorm';
import { Channel, ChannelStatus } from '../channels/channel.entity.js';
import { ChannelsService } from '../channels/channels.service.js';
import { syncFromCursor } from '../channels/cursor-sync.js';
import { DriverContextFactory } from '../channels/driver-context.factory.js';
import { JobQueue, NotRetryable, RetryLater, type JobInfo } from '../jobs/job-queue.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../plugins/plugin.tokens.js';
import { INBOX_HOUSEKEEPING, INGEST_ITEMS, SEND_REPLY, SET_VISIBILITY, SYNC_CHANNEL } from './conversation.jobs.js';
import { ChannelUpdatedEvent } from '../channels/channel-updated.event.js';
import { RAPPORT_CONFIG } from '../config/config.tokens.js';
import type { RapportConfig } from '../config/rapport-config.js';
import { ConversationUpdatedEvent, MessageAddedEvent } from './conversation-events.js';
import { Conversation } from './conversation.entity.js';
import { DeliveryStatus, MessageDirection, MessageVisibility } from './conversation.enums.js';
import { IngestionService } from './ingestion.service.js';
import { Message } from './message.entity.js';
import { EventBus } from '../events/event-bus.js';


/**
 * The inbox's network work, all on the durable queue: ingesting webhook
 * deliveries, polling (sync with a stored cursor, also used for backfill),
 * sending replies (idempotency key = message id) and hiding messages.
 */
@Injectable()
export class ChannelWorker {
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
  ) {
    queue.register(INGEST_ITEMS, async ({ channelId, items }) => {
      const problems = items.flatMap((item, index) => describeInboundItemProblems(item, `items[${index}]`));
      // Invalid items stay invalid: fail at once rather than retry.
      if (problems.length) throw new NotRetryable(`invalid items: ${problems.join('; ')}`);
      const channel = await this.dataSource.getRepository(Channel).findOneBy({ id: channelId });
      if (channel) await this.ingestion.ingest(channel, items);
    });
    queue.register(SYNC_CHANNEL, async ({ channelId }) => {
      await this.sync(channelId);
    });
    queue.register(SEND_REPLY, ({ messageId }, job) => this.sendReply(messageId, job));
    queue.register(SET_VISIBILITY, ({ messageId, hidden }, job) => this.setVisibility(messageId, hidden, job));
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

  /** Pulls new activity of a polling channel (see syncFromCursor) into the inbox. */
  async sync(channelId: string): Promise<{ pages: number; created: number }> {
    const channel = await this.dataSource.getRepository(Channel).findOneBy({ id: channelId });
    const provided = channel && this.registry.channelType(channel.type);
    if (!channel || !provided || channel.status !== ChannelStatus.CONNECTED || !provided.driver.capabilities.polling) return { pages: 0, created: 0 };
    const context = this.contexts.forChannel(channel, provided.owner);
    let created = 0;
    let pages = 0;
    try {
      pages = await syncFromCursor(this.dataSource, channel, (cursor) => provided.driver.sync(context, cursor), async (items) => {
        created += (await this.ingestion.ingest(channel, items)).created;
      });
    } catch (error) {
      if ((await this.channels.recordFailure(channel, provided.driver, error)) === 'retry') throw new RetryLater(String(error), retryAfterOf(error));
    }
    this.logger.info({ channelId, pages, created }, 'channel synced');
    return { pages, created };
  }

  async sendReply(messageId: string, job: JobInfo): Promise<void> {
    const message = await this.dataSource.getRepository(Message).findOneBy({ id: messageId, direction: MessageDirection.OUTBOUND });
    if (!message || message.deliveryStatus !== DeliveryStatus.QUEUED) return;
    const conversation = await this.dataSource.getRepository(Conversation).findOneByOrFail({ id: message.conversationId });
    const channel = await this.dataSource.getRepository(Channel).findOneByOrFail({ id: message.channelId });
    const provided = this.registry.channelType(channel.type);
    if (!provided) return this.markReply(message, conversation, DeliveryStatus.FAILED, { deliveryError: `channel type ${channel.type} is not loaded` });
    try {
      const inReplyTo = message.inReplyToExternalId ?? (await this.lastInboundExternalId(conversation.id));
      const sent = await provided.driver.reply(this.contexts.forChannel(channel, provided.owner), {
        idempotencyKey: message.id,
        inReplyToExternalId: inReplyTo ?? conversation.threadExternalId,
        conversationExternalId: conversation.threadExternalId,
        text: message.body,
      });
      await this.markReply(message, conversation, DeliveryStatus.SENT, { externalId: sent.externalId, deliveryError: null });
    } catch (error) {
      const classification = provided.driver.classifyError(error);
      const reason = error instanceof Error ? error.message : String(error);
      if (classification === 'retry' && job.retryCount < SEND_REPLY.retryLimit) throw new RetryLater(reason, retryAfterOf(error));
      await this.channels.recordFailure(channel, provided.driver, error);
      await this.markReply(message, conversation, DeliveryStatus.FAILED, { deliveryError: reason });
    }
  }

  async setVisibility(messageId: string, hidden: boolean, job: JobInfo): Promise<void> {
    const message = await this.dataSource.getRepository(Message).findOneBy({ id: messageId, direction: MessageDirection.INBOUND });
    if (!message?.externalId) return;
    const channel = await this.dataSource.getRepository(Channel).findOneByOrFail({ id: message.channelId });
    const provided = this.registry.channelType(channel.type);
    const call = hidden ? provided?.driver.hide : provided?.driver.unhide;
    // Networks that cannot hide keep the message; the inbox still hides it.
    if (!provided || !call) return;
    try {
      await call.call(provided.driver, this.contexts.forChannel(channel, provided.owner), message.externalId);
    } catch (error) {
      if (provided.driver.classifyError(error) === 'retry' && job.retryCount < SET_VISIBILITY.retryLimit) throw new RetryLater(String(error), retryAfterOf(error));
      this.logger.warn({ messageId, hidden, reason: String(error) }, 'could not change visibility on the network');
    }
  }

  private async lastInboundExternalId(conversationId: string): Promise<string | null> {
    const last = await this.dataSource.getRepository(Message).findOne({
      where: { conversationId, direction: MessageDirection.INBOUND, visibility: MessageVisibility.VISIBLE },
      order: { sentAt: 'DESC' },
    });
    return last?.externalId ?? null;
  }

  private async markReply(message: Message, conversation: Conversation, status: DeliveryStatus, fields: Partial<Message>): Promise<void> {
    Object.assign(message, fields, { deliveryStatus: status });
    await this.dataSource.transaction(async (manager) => {
      await manager.save(message);
      if (status === DeliveryStatus.SENT) {
        // First response time counts from when the answer reached the network.
        await manager.query('UPDATE conversation SET first_response_at = coalesce(first_response_at, now()) WHERE id = $1', [conversation.id]);
      }
    });
    await this.events.publish(new MessageAddedEvent(message.workspaceId, message));
    await this.events.publish(new ConversationUpdatedEvent(message.workspaceId, await this.dataSource.getRepository(Conversation).findOneByOrFail({ id: conversation.id })));
  }
}
