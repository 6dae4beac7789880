import { Inject } from '@nestjs/common';
import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { Allow, Ctx } from '../auth/access.decorators.js';
import { Role } from '../auth/role.enum.js';
import type { RequestContext } from '../common/request-context.js';
import { assertUuid } from '../common/uuid.pipe.js';
import { PUB_SUB } from '../events/pub-sub.provider.js';
import { workspaceTopic } from '../events/rapport-event.js';
import { ChannelSyncProgressEvent } from './channel-sync-progress.js';
import { Channel } from './channel.entity.js';
import { ChannelsService } from './channels.service.js';

type Delivery = { event: Omit<Channel, 'credentialsEncrypted'> };

/** The channel as it stands now, then every change to its sync (same shape as the pub/sub deliveries). */
async function* fromNow(now: () => Promise<Delivery>, live: AsyncIterableIterator<Delivery>, channelId: string): AsyncGenerator<Delivery> {
  // Listening starts before the channel is read, so no change made after that read is missed.
  const first = live.next();
  try {
    yield await now();
    for (let next = await first; !next.done; next = await live.next()) if (next.value.event.id === channelId) yield next.value;
  } finally {
    await live.return?.();
  }
}

@Resolver()
export class ChannelSyncResolver {
  constructor(
    private readonly channels: ChannelsService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Allow(Role.VIEWER)
  @Subscription(() => Channel, {
    description:
      "Fires as channels of the workspace sync, page by page (see Channel.sync: state, itemsSynced, pages, estimatedTotal), so a backfill's progress shows live. With channelId, the first event is that channel as it stands now (NOT_FOUND when it is not the workspace's).",
    resolve: (delivery: Delivery) => delivery.event,
  })
  async channelSyncProgress(
    @Ctx() ctx: RequestContext,
    @Args('workspaceId', { type: () => ID, description: 'The workspace.' }) workspaceId: string,
    @Args('channelId', { type: () => ID, nullable: true, description: 'Only this channel, starting with how it stands now.' }) channelId?: string | null,
  ): Promise<AsyncIterableIterator<Delivery>> {
    const topic = workspaceTopic(ChannelSyncProgressEvent.eventName, workspaceId);
    if (!channelId) return this.pubSub.asyncIterableIterator<Delivery>(topic);
    const id = assertUuid('channelId', channelId);
    await this.channels.get(ctx, id); // NOT_FOUND before anything is sent when it is not this workspace's
    const now = async (): Promise<Delivery> => {
      const { credentialsEncrypted: _ciphertext, ...visible } = await this.channels.get(ctx, id);
      return { event: visible };
    };
    return fromNow(now, this.pubSub.asyncIterableIterator<Delivery>(topic), id);
  }
}
