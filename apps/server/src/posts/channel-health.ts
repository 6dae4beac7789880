import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Channel } from '../channels/channel.entity.js';

@ObjectType({ description: 'How regularly a channel is fed and how much of it is selling.' })
export class ChannelHealth {
  @Field(() => Channel, { description: 'The channel.' })
  channel: Channel;

  @Field(() => Date, { nullable: true, description: 'When a post last went live on it.' })
  lastPostAt: Date | null;

  @Field(() => Int, { description: 'Posts published in the last 7 days.' })
  postsThisWeek: number;

  @Field(() => Int, { nullable: true, description: 'The cadence target: posts per week.' })
  targetPostsPerWeek: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of PROMOTIONAL posts among those published in the last 30 days (null when none).' })
  promotionalShare: number | null;

  @Field({ description: 'True when the channel has gone quiet or is behind its cadence; see reasons.' })
  flagged: boolean;

  @Field(() => [String], { description: 'Why it is flagged, in words.' })
  reasons: string[];
}

export const QUIET_AFTER_DAYS = 7;
/** Above this share of promotional posts, a channel reads as an ad feed. */
export const PROMOTIONAL_SHARE_WARNING = 0.5;
