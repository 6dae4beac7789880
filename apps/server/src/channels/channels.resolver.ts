import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { PUB_SUB } from '../events/pub-sub.provider.js';
import { workspaceTopic } from '../events/rapport-event.js';
import { Allow, Ctx } from '../auth/access.decorators.js';
import { Role } from '../auth/role.enum.js';
import { ConnectionType } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { Channel } from './channel.entity.js';
import { ChannelUpdate, ChannelUpdatedEvent } from './channel-updated.event.js';
import { ChannelsService } from './channels.service.js';
import { ChannelsArgs, ConnectChannelInput, UpdateChannelInput } from './dto/channel.inputs.js';

const ChannelConnection = ConnectionType(Channel, 'Channel');

@Resolver(() => Channel)
export class ChannelsResolver {
  constructor(
    private readonly channelsService: ChannelsService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Allow(Role.VIEWER)
  @Subscription(() => ChannelUpdate, {
    description: 'Fires when a channel of the workspace is connected, changed, re-checked or disconnected (e.g. it needs re-authorisation).',
    resolve: (message: { event: ChannelUpdate }) => message.event,
  })
  channelUpdated(@Args('workspaceId', { type: () => ID, description: 'The workspace.' }) workspaceId: string) {
    return this.pubSub.asyncIterableIterator(workspaceTopic(ChannelUpdatedEvent.eventName, workspaceId));
  }

  @Allow(Role.VIEWER)
  @Query(() => ChannelConnection, { description: 'Connected accounts of a workspace.' })
  channels(@Ctx() ctx: RequestContext, @Args() args: ChannelsArgs) {
    return this.channelsService.list(ctx, args);
  }

  @Allow(Role.VIEWER)
  @Query(() => Channel, { description: 'One connected account.' })
  channel(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _workspaceId: string,
    @Args('id', { type: () => ID, description: 'The channel.' }, new UuidPipe('id')) id: string,
  ): Promise<Channel> {
    return this.channelsService.get(ctx, id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Channel, { description: 'Verifies credentials with the network and connects the account (ADMIN). Nothing is stored when verification fails.' })
  connectChannel(@Ctx() ctx: RequestContext, @Args('input', { description: 'What to do; see the input type for each field.' }) input: ConnectChannelInput): Promise<Channel> {
    return this.channelsService.connect(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Channel, { description: 'Renames, re-credentials, disables or re-enables a channel (ADMIN).' })
  updateChannel(@Ctx() ctx: RequestContext, @Args('input', { description: 'What to do; see the input type for each field.' }) input: UpdateChannelInput): Promise<Channel> {
    return this.channelsService.update(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Channel, { description: 'Checks the stored credentials with the network now and updates the status (ADMIN).' })
  checkChannel(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _workspaceId: string,
    @Args('id', { type: () => ID, description: 'The channel.' }, new UuidPipe('id')) id: string,
  ): Promise<Channel> {
    return this.channelsService.check(ctx, id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Channel, { description: 'Disconnects the account and deletes its stored credentials (ADMIN). Returns it as it was.' })
  disconnectChannel(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) _workspaceId: string,
    @Args('id', { type: () => ID, description: 'The channel.' }, new UuidPipe('id')) id: string,
  ): Promise<Channel> {
    return this.channelsService.disconnect(ctx, id);
  }
}
