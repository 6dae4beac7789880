import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Role } from '../../auth/role.enum.js';
import { ChannelsModule } from '../../channels/channels.module.js';
import { nodeTypes } from '../../common/node/node-registry.js';
import { OutboundWebhooksResolver } from './outbound-webhooks.resolver.js';
import { OutboundWebhooksService } from './outbound-webhooks.service.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookDeliveryWorker } from './webhook-delivery.worker.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookSecretsCipher } from './webhook-secrets.js';

/**
 * Outbound webhooks (Standard Webhooks): endpoints a workspace's ADMINs
 * register, fed from the event bus after commit and delivered from the
 * queue. Inbound webhooks from networks live beside it, in webhooks/.
 */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookEndpoint, WebhookDelivery]), ChannelsModule],
  providers: [
    WebhookSecretsCipher,
    WebhookDeliveryWorker,
    OutboundWebhooksService,
    OutboundWebhooksResolver,
    nodeTypes([
      { entity: WebhookEndpoint, minimum: Role.ADMIN },
      { entity: WebhookDelivery, minimum: Role.ADMIN },
    ]),
  ],
})
export class OutboundWebhooksModule {}
