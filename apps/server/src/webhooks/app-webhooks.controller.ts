import { describeInboundItemProblems, isWebhookPayloadError, type AppWebhookContext, type InboundItem } from '@rapport/plugin-sdk';
import { Controller, Get, HttpStatus, Inject, Param, Post, Req, Res, type RawBodyRequest } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource, In, Not } from 'typeorm';
import { storable } from '../common/storable-text.js';
import { Channel, ChannelStatus } from '../channels/channel.entity.js';
import { DriverContextFactory } from '../channels/driver-context.factory.js';
import { INGEST_ITEMS } from '../conversations/conversation.jobs.js';
import { JobQueue } from '../jobs/job-queue.js';
import type { Logger } from '../logging/logger.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { PluginRegistry } from '../plugins/plugin-registry.js';
import { PLUGIN_REGISTRY } from '../plugins/plugin.tokens.js';

/** Accounts one delivery may name; more is not a delivery any network sends (Meta batches up to 1000 entries, rarely many accounts). */
const MAX_ACCOUNTS = 1000;

/**
 * /webhooks/apps/:type — the one webhook URL of a network that sends every connected account's activity to a
 * single callback per app (Meta's Pages, Instagram and Threads webhooks), for drivers that declare `appWebhook`.
 * GET answers the subscription handshake with what the driver says (403 when it refuses). POST checks the
 * signature once (401 and nothing stored when it fails), asks the driver which accounts the delivery names, and
 * has `parseWebhook` read each connected channel's entries with that channel's context, in every workspace that
 * connected the account; the items are checked and queued for ingestion like a per-channel delivery's. Accounts no
 * channel connects are dropped with 200, so the network does not retry (or disable) the subscription.
 */
@Controller('webhooks/apps')
export class AppWebhooksController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PLUGIN_REGISTRY) private readonly registry: PluginRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly contexts: DriverContextFactory,
    private readonly queue: JobQueue,
  ) {}

  @Get(':type')
  handshake(@Param('type') type: string, @Req() req: Request, @Res() res: Response): void {
    const provided = this.appWebhookOf(type);
    if (!provided) {
      res.status(HttpStatus.NOT_FOUND).json({ error: 'unknown channel type, or it takes no app webhooks' });
      return;
    }
    // Read from the URL itself: `hub.mode` and the like are names with dots, which query parsers may nest.
    const query = Object.fromEntries(new URL(req.originalUrl, 'http://rapport.invalid').searchParams);
    const answer = provided.hooks.challenge(provided.context, query);
    if (answer === undefined) {
      this.logger.warn({ type }, 'app webhook handshake refused');
      res.status(HttpStatus.FORBIDDEN).json({ error: 'verification refused' });
      return;
    }
    res.status(HttpStatus.OK).type('text/plain').send(answer);
  }

  @Post(':type')
  async receive(@Param('type') type: string, @Req() req: RawBodyRequest<Request>, @Res() res: Response): Promise<void> {
    const provided = this.appWebhookOf(type);
    if (!provided) {
      res.status(HttpStatus.NOT_FOUND).json({ error: 'unknown channel type, or it takes no app webhooks' });
      return;
    }
    const delivery = { headers: req.headers, rawBody: req.rawBody ?? Buffer.alloc(0) };
    if (!(await provided.hooks.verify(provided.context, delivery))) {
      this.logger.warn({ type, requestId: (req as Request & { id?: string }).id }, 'app webhook rejected: bad signature');
      res.status(HttpStatus.UNAUTHORIZED).json({ error: 'invalid signature' });
      return;
    }
    let accounts: string[];
    try {
      accounts = await provided.hooks.accounts(provided.context, delivery);
    } catch (error) {
      return this.malformed(res, { type }, reasonOf(error), error);
    }
    if (!Array.isArray(accounts) || accounts.some((account) => typeof account !== 'string') || accounts.length > MAX_ACCOUNTS) {
      return this.malformed(res, { type }, 'the driver could not read it', new Error(`${type}: appWebhook.accounts() must return at most ${MAX_ACCOUNTS} account ids`));
    }
    const channels = accounts.length
      ? await this.dataSource.getRepository(Channel).findBy({ type, kind: 'NETWORK', externalAccountId: In([...new Set(accounts)]), status: Not(ChannelStatus.DISABLED) })
      : [];
    const jobs: Array<{ workspaceId: string; channelId: string; items: InboundItem[] }> = [];
    for (const channel of channels) {
      let items: InboundItem[];
      try {
        items = storable(await provided.driver.parseWebhook!(this.contexts.forChannel(channel, provided.owner), delivery));
      } catch (error) {
        return this.malformed(res, { type, channelId: channel.id }, reasonOf(error), error);
      }
      // What the driver made of the payload is checked too, so no plugin can queue items ingestion would choke on.
      const problems = Array.isArray(items) ? items.flatMap((item, index) => describeInboundItemProblems(item, `items[${index}]`)) : ['items must be an array'];
      if (problems.length) return this.malformed(res, { type, channelId: channel.id }, problems.join('; '));
      if (items.length) jobs.push({ workspaceId: channel.workspaceId, channelId: channel.id, items });
    }
    // Nothing is queued unless every channel's entries were understood: a malformed delivery stores nothing.
    await Promise.all(jobs.map((job) => this.queue.sendSoon(INGEST_ITEMS, job)));
    res.status(HttpStatus.OK).json({ accepted: jobs.reduce((sum, job) => sum + job.items.length, 0), channels: jobs.length });
  }

  private appWebhookOf(type: string) {
    const provided = this.registry.channelType(type);
    const hooks = provided?.driver.appWebhook;
    if (!provided || !hooks || !provided.driver.parseWebhook) return undefined;
    const context: AppWebhookContext = { options: provided.owner.options, logger: this.logger.child({ plugin: provided.owner.plugin.name, channelType: type }) };
    return { ...provided, hooks, context };
  }

  /** 400 with the reason; nothing is stored or queued. */
  private malformed(res: Response, where: { type: string; channelId?: string }, reason: string, error?: unknown): void {
    this.logger.warn({ ...where, reason, err: isWebhookPayloadError(error) ? undefined : error }, 'app webhook rejected: malformed payload');
    res.status(HttpStatus.BAD_REQUEST).json({ error: `malformed payload: ${reason}` });
  }
}

/** Only a WebhookPayloadError's message is meant for the sender; anything else may describe the driver's insides. */
function reasonOf(error: unknown): string {
  return isWebhookPayloadError(error) ? error.message : 'the driver could not read it';
}
