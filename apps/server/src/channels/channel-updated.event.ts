import { Field, ObjectType } from '@nestjs/graphql';
import { RapportEvent } from '../events/rapport-event.js';
import { Channel } from './channel.entity.js';

@ObjectType({ description: 'A change to a channel, as delivered to subscribers.' })
export class ChannelUpdate {
  @Field(() => Channel, { description: 'The channel as it is now (as it was, when disconnected).' })
  channel: Omit<Channel, 'credentialsEncrypted'>;

  @Field({ description: 'True when the channel was disconnected and no longer exists.' })
  disconnected: boolean;
}

/** A channel was connected, changed, re-checked or disconnected. */
export class ChannelUpdatedEvent extends RapportEvent<ChannelUpdate> {
  static readonly eventName = 'channel.updated';
  readonly name = ChannelUpdatedEvent.eventName;
}
