import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Channel } from '../channel.entity.js';
import { NetworkFailure } from '../network-failure.js';

@ObjectType({
  description:
    'What one sync of a channel did. A network refusal is data, not a GraphQL error: ok is false and failure says why and how the driver classifies it (REAUTHORIZE: the channel is now NEEDS_REAUTH).',
})
export class ChannelSyncResult {
  @Field({ description: 'True when the network answered every page asked for; false when it refused or failed (see failure).' })
  ok: boolean;

  @Field(() => Int, { description: 'Items stored by this run: new messages, or new and edited reviews (repeats of stored ones are not counted). The whole sync, over several runs, is on channel.sync.' })
  itemsSynced: number;

  @Field(() => Int, { description: 'Pages pulled from the network by this run.' })
  pages: number;

  @Field(() => NetworkFailure, { nullable: true, description: 'Why the sync stopped, when ok is false.' })
  failure: NetworkFailure | null;

  @Field({
    description:
      'True when the sync carries on in the background: the network had more than one run of pages, or failed transiently (RETRY) and is tried again with backoff, or another run was already syncing this channel (then this one pulled nothing; follow channel.sync or channelSyncProgress).',
  })
  continuesInBackground: boolean;

  @Field(() => Channel, { description: 'The channel after the sync (status, statusReason, lastSyncedAt, sync progress).' })
  channel: Channel;
}
