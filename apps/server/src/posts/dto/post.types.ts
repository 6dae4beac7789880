import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PolicyFindingType } from '../../policies/dto/policy-evaluation.types.js';
import { OutboundOutcome } from '../../policies/policy-engine.js';

@ObjectType({ description: 'A policy finding on a post, for one of its channels.' })
export class PostFinding extends PolicyFindingType {
  @Field(() => ID, { description: 'The channel whose text it was found in.' })
  channelId: string;
}

@ObjectType({ description: 'What the OUTBOUND_POST policies said at the last save or action.' })
export class PostPolicyCheck {
  @Field(() => OutboundOutcome, { description: 'The most severe outcome over all channels.' })
  outcome: OutboundOutcome;

  @Field(() => [PostFinding], { description: 'Every finding, with its channel.' })
  findings: PostFinding[];
}

@ObjectType({ description: "How a post's text and media fit one of its channels, measured as that network counts (Mastodon counts a link as 23, Bluesky graphemes, Threads an emoji as its bytes) against the account's own limits." })
export class ChannelFit {
  @Field(() => ID, { description: 'The channel.' })
  channelId: string;

  @Field(() => Int, { description: 'The length of the text this channel gets (its variant, or the body), as the network counts it.' })
  length: number;

  @Field(() => Int, { nullable: true, description: 'The most the network takes; null when the channel cannot publish posts.' })
  maxLength: number | null;

  @Field(() => Int, { nullable: true, description: 'The most media the network takes; null when the channel cannot publish posts.' })
  maxMedia: number | null;

  @Field(() => [String], { description: 'What does not fit (length, media count and types, hashtags, aspect ratios), as limitErrors says it; empty when it fits.' })
  problems: string[];
}
