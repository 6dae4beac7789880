import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Channel } from './channel.entity.js';
import { ChannelSyncProgress } from './channel-sync-progress.js';
import { ChannelSyncResolver } from './channel-sync.resolver.js';
import { ChannelsResolver } from './channels.resolver.js';
import { ChannelsService } from './channels.service.js';
import { DriverContextFactory } from './driver-context.factory.js';
import { nodeTypes } from '../common/node/node-registry.js';
import { Role } from '../auth/role.enum.js';

/** Connected accounts: credentials verified by their driver, encrypted at rest, status from classifyError. */
@Module({
  imports: [TypeOrmModule.forFeature([Channel])],
  providers: [ChannelsService, DriverContextFactory, ChannelsResolver, ChannelSyncProgress, ChannelSyncResolver, nodeTypes([{ entity: Channel, minimum: Role.VIEWER }])],
  exports: [ChannelsService, DriverContextFactory, ChannelSyncProgress],
})
export class ChannelsModule {}
