import { Field, ID, ObjectType } from '@nestjs/graphql';
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
