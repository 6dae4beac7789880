import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChannelsModule } from '../channels/channels.module.js';
import { TemplateVariablesResolver } from '../common/template-variables.resolver.js';
import { PoliciesModule } from '../policies/policies.module.js';
import { AppWebhooksController } from '../webhooks/app-webhooks.controller.js';
import { InboundWebhooksController } from '../webhooks/inbound-webhooks.controller.js';
import { CannedReply } from './canned-reply.entity.js';
import { ChannelWorker } from './channel-worker.js';
import { Contact } from './contact.entity.js';
import { Conversation } from './conversation.entity.js';
import { ConversationsResolver } from './conversations.resolver.js';
import { ConversationsService } from './conversations.service.js';
import { IngestionService } from './ingestion.service.js';
import { Message } from './message.entity.js';
import { NetworkSideEffectsResolver } from './network-side-effects.resolver.js';
import { NetworkSideEffectsService } from './network-side-effects.service.js';
import { nodeTypes } from '../common/node/node-registry.js';
import { Role } from '../auth/role.enum.js';

/** The inbox: ingestion (webhooks, polling), threading, agent work, replies, metrics. */
@Module({
  imports: [TypeOrmModule.forFeature([Contact, Conversation, Message, CannedReply]), ChannelsModule, PoliciesModule],
  controllers: [InboundWebhooksController, AppWebhooksController],
  providers: [
    IngestionService,
    ConversationsService,
    ChannelWorker,
    ConversationsResolver,
    NetworkSideEffectsService,
    NetworkSideEffectsResolver,
    // The {{variables}} of reply texts, inbox and reviews alike (common/template-variables.ts).
    TemplateVariablesResolver,
    nodeTypes([...[Contact, Conversation, Message].map((entity) => ({ entity, minimum: Role.VIEWER })), { entity: CannedReply, minimum: Role.AGENT }]),
  ],
  // Client reports read response figures through engagementStats.
  exports: [ConversationsService],
})
export class ConversationsModule {}
