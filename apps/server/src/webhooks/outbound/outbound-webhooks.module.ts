import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChannelsModule } from '../../channels/channels.module.js';
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
  providers: [WebhookSecretsCipher, WebhookDeliveryWorker, OutboundWebhooksService, OutboundWebhooksResolver],
})
export class OutboundWebhooksModule {}
