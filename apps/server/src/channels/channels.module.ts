import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Channel } from './channel.entity.js';
import { ChannelsResolver } from './channels.resolver.js';
import { ChannelsService } from './channels.service.js';
import { DriverContextFactory } from './driver-context.factory.js';

/** Connected accounts: credentials verified by their driver, encrypted at rest, status from classifyError. */
@Module({
  imports: [TypeOrmModule.forFeature([Channel])],
  providers: [ChannelsService, DriverContextFactory, ChannelsResolver],
  exports: [ChannelsService, DriverContextFactory],
})
export class ChannelsModule {}
