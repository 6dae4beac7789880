import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../../auth/auth.module.js';
import { ChannelsModule } from '../channels.module.js';
import { ChannelConnectController } from './channel-connect.controller.js';
import { ChannelConnectResolver, ChannelTypeConnectResolver, ReviewSourceTypeConnectResolver } from './channel-connect.resolver.js';
import { ChannelConnectService } from './channel-connect.service.js';
import { ChannelConnectAttempt } from './connect-attempt.entity.js';
import { ChannelOAuthGrant } from './oauth-grant.entity.js';
import { ChannelPendingConnection } from './pending-connection.entity.js';
import { PendingConnectionsService } from './pending-connections.service.js';
import { Channel } from '../channel.entity.js';
import { TokenRefresher } from './token-refresher.js';

/** Connecting accounts by OAuth 2.0: beginChannelConnection, the callback route, choosing among several accounts, and token refresh jobs. */
@Module({
  imports: [TypeOrmModule.forFeature([ChannelConnectAttempt, ChannelOAuthGrant, ChannelPendingConnection, Channel]), ChannelsModule, AuthModule],
  controllers: [ChannelConnectController],
  providers: [ChannelConnectService, PendingConnectionsService, TokenRefresher, ChannelConnectResolver, ChannelTypeConnectResolver, ReviewSourceTypeConnectResolver],
})
export class ChannelConnectModule {}
