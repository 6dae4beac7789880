import { describeInboundItemProblems, describeInboundReviewProblems, isWebhookPayloadError, type InboundItem, type InboundReview } from '@rapport/plugin-sdk';
import { Controller, HttpStatus, Inject, Param, Post, Req, Res, type RawBodyRequest } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Channel, ChannelStatus } from '../channels/channel.entity.js';
import { ChannelUpdatedEvent } from '../channels/channel-updated.event.js';
import { EventBus } from '../events/event-bus.js';
import { DriverContextFactory } from '../channels/driver-context.factory.js';
import { storable } from '../common/storable-text.js';
import { INGEST_ITEMS } from '../conversations/conversation.jobs.js';
import { INGEST_REVIEWS } from '../reviews/review.jobs.js';
import { JobQueue } from '../jobs/job-queue.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../plugins/plugin.tokens.js';

/**
 * POST /webhooks/:channelId — where networks push activity and review sites
 * push reviews. The driver checks the signature over the raw body (401 and
 * nothing stored when it fails, e.g. a replayed delivery) and parses the
 * payload (400 with the reason when it cannot, or when what it made of it is
 * not valid items: nothing stored or queued); the items are then queued for
 * ingestion (inbox or reviews, by the channel's kind) and the sender gets 202 at once.
 */
/** How long a channel row read for a delivery serves the next ones (a burst of deliveries reads it once). */
const CHANNEL_CACHE_MS = 1000;

@Controller('webhooks')
export class InboundWebhooksController {
  private readonly channels = new Map<string, { channel: Channel | null; until: number }>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly contexts: DriverContextFactory,
    private readonly queue: JobQueue,
    events: EventBus,
  ) {
    // A change made through this process (credentials, status, disconnection) applies to the next delivery; another replica's within CHANNEL_CACHE_MS.
    events.ofType(ChannelUpdatedEvent).subscribe((event) => this.channels.delete(event.payload.channel.id));
  }

  private async channel(channelId: string): Promise<Channel | null> {
    const cached = this.channels.get(channelId);
    if (cached && cached.until > Date.now()) return cached.channel;
    const channel = await this.dataSource.getRepository(Channel).findOneBy({ id: channelId });
    if (this.channels.size > 10_000) this.channels.clear();
    this.channels.set(channelId, { channel, until: Date.now() + CHANNEL_CACHE_MS });
    return channel;
  }

  @Post(':channelId')
  async receive(@Param('channelId') channelId: string, @Req() req: RawBodyRequest<Request>, @Res() res: Response): Promise<void> {
    const channel = isUUID(channelId) ? await this.channel(channelId) : null;
    const provided = channel && (channel.kind === 'REVIEW_SOURCE' ? this.registry.reviewSourceType(channel.type) : this.registry.channelType(channel.type));
    if (!channel || !provided?.driver.verifyWebhook || !provided.driver.parseWebhook || channel.status === ChannelStatus.DISABLED) {
      res.status(HttpStatus.NOT_FOUND).json({ error: 'unknown channel, or it takes no webhooks' });
      return;
    }
    const context = this.contexts.forChannel(channel, provided.owner);
    const delivery = { headers: req.headers, rawBody: req.rawBody ?? Buffer.alloc(0) };
    if (!(await provided.driver.verifyWebhook(context, delivery))) {
      this.logger.warn({ channelId, requestId: (req as Request & { id?: string }).id }, 'webhook rejected: bad signature');
      res.status(HttpStatus.UNAUTHORIZED).json({ error: 'invalid signature' });
      return;
    }
    let items;
    try {
      // What PostgreSQL cannot hold (NUL, lone surrogates) is replaced, not refused: the network will not send it otherwise.
      items = storable(await provided.driver.parseWebhook(context, delivery));
    } catch (error) {
      // Only a WebhookPayloadError's message is meant for the sender; anything else may describe the driver's insides.
      const reason = isWebhookPayloadError(error) ? error.message : 'the driver could not read it';
      this.logger.warn({ channelId, reason, err: isWebhookPayloadError(error) ? undefined : error }, 'webhook rejected: malformed payload');
      res.status(HttpStatus.BAD_REQUEST).json({ error: `malformed payload: ${reason}` });
      return;
    }
    // What the driver made of the payload is checked too, so no plugin can queue items ingestion would choke on.
    const problems = Array.isArray(items)
      ? items.flatMap((item, index) =>
          'ratingScale' in provided.driver
            ? describeInboundReviewProblems(item as InboundReview, `items[${index}]`, provided.driver.ratingScale)
            : describeInboundItemProblems(item as InboundItem, `items[${index}]`),
        )
      : ['items must be an array'];
    if (problems.length) {
      const reason = problems.join('; ');
      this.logger.warn({ channelId, reason }, 'webhook rejected: malformed payload');
      res.status(HttpStatus.BAD_REQUEST).json({ error: `malformed payload: ${reason}` });
      return;
    }
    const workspaceId = channel.workspaceId;
    // Deliveries arriving together are stored in one write; each is answered once its job is stored.
    if (items.length && channel.kind === 'REVIEW_SOURCE') await this.queue.sendSoon(INGEST_REVIEWS, { workspaceId, channelId, reviews: items as InboundReview[] });
    else if (items.length) await this.queue.sendSoon(INGEST_ITEMS, { workspaceId, channelId, items: items as InboundItem[] });
    res.status(HttpStatus.ACCEPTED).json({ accepted: items.length });
  }
}
