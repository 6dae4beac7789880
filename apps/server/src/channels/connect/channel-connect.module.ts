import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../../auth/auth.module.js';
import { ChannelsModule } from '../channels.module.js';
import { ChannelConnectController } from './channel-connect.controller.js';
import { ChannelConnectResolver, ChannelTypeConnectResolver, ReviewSourceTypeConnectResolver } from './channel-connect.resolver.js';
import { ChannelConnectService } from './channel-connect.service.js';
import { ChannelConnectAttempt } from './connect-attempt.entity.js';
import { ChannelOAuthGrant } from './oauth-grant.entity.js';
import { TokenRefresher } from './token-refresher.js';

/** Connecting accounts by OAuth 2.0: beginChannelConnection, the callback route, and token refresh jobs. */
@Module({
  imports: [TypeOrmModule.forFeature([ChannelConnectAttempt, ChannelOAuthGrant]), ChannelsModule, AuthModule],
  controllers: [ChannelConnectController],
  providers: [ChannelConnectService, TokenRefresher, ChannelConnectResolver, ChannelTypeConnectResolver, ReviewSourceTypeConnectResolver],
})
export class ChannelConnectModule {}
