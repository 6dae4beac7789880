import type { InboundItem, InboundReview } from '@rapport/plugin-sdk';
import { Controller, HttpStatus, Inject, Param, Post, Req, Res, type RawBodyRequest } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Channel, ChannelStatus } from '../channels/channel.entity.js';
import { DriverContextFactory } from '../channels/driver-context.factory.js';
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
 * nothing stored when it fails) and parses the payload (400 with the reason
 * when it cannot); the items are then queued for ingestion (inbox or reviews,
 * by the channel's kind) and the sender gets 202 at once.
 */
@Controller('webhooks')
export class InboundWebhooksController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly contexts: DriverContextFactory,
    private readonly queue: JobQueue,
  ) {}

  @Post(':channelId')
  async receive(@Param('channelId') channelId: string, @Req() req: RawBodyRequest<Request>, @Res() res: Response): Promise<void> {
    const channel = isUUID(channelId) ? await this.dataSource.getRepository(Channel).findOneBy({ id: channelId }) : null;
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
      items = await provided.driver.parseWebhook(context, delivery);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn({ channelId, reason }, 'webhook rejected: malformed payload');
      res.status(HttpStatus.BAD_REQUEST).json({ error: `malformed payload: ${reason}` });
      return;
    }
    if (items.length && channel.kind === 'REVIEW_SOURCE') await this.queue.send(INGEST_REVIEWS, { channelId, reviews: items as InboundReview[] });
    else if (items.length) await this.queue.send(INGEST_ITEMS, { channelId, items: items as InboundItem[] });
    res.status(HttpStatus.ACCEPTED).json({ accepted: items.length });
  }
}
