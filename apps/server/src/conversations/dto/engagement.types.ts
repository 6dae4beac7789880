import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Response figures for a set of conversations.' })
export class ResponseFigures {
  @Field(() => Int, { description: 'Conversations a customer started in the range (from their first visible message; those whose every message is hidden, e.g. spam or abuse, are left out).' }) conversations: number;
  @Field(() => Int, { description: 'Of those, how many we answered.' }) answered: number;
  @Field(() => Float, { nullable: true, description: 'answered / conversations (null when there are none).' }) responseRate: number | null;
  @Field(() => Float, { nullable: true, description: 'Median time from the first visible message to our first answer, in seconds.' }) medianFirstResponseSeconds: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile of time to first answer, in seconds.' }) p90FirstResponseSeconds: number | null;
}

@ObjectType({ description: 'Response figures of one channel.' })
export class ChannelResponseFigures extends ResponseFigures {
  @Field(() => ID, { description: 'The channel.' }) channelId: string;
}

@ObjectType({ description: 'Response figures of one agent (conversations they answered first).' })
export class AgentResponseFigures {
  @Field(() => ID, { description: 'The agent (user id).' }) userId: string;
  @Field(() => Int, { description: 'Conversations they answered first.' }) answered: number;
  @Field(() => Float, { nullable: true, description: 'Their median time to first answer, in seconds.' }) medianFirstResponseSeconds: number | null;
}

@ObjectType({ description: 'How well the workspace answers people: first-response times, response rate, overdue questions.' })
export class EngagementStats {
  @Field(() => ResponseFigures, { description: 'All channels together.' }) overall: ResponseFigures;
  @Field(() => Int, { description: 'Conversations awaiting an answer (a question or a complaint) for longer than the overdue threshold, right now; hidden messages never make one overdue.' }) overdueQuestions: number;
  @Field(() => [ChannelResponseFigures], { description: 'Per channel.' }) perChannel: ChannelResponseFigures[];
  @Field(() => [AgentResponseFigures], { description: 'Per agent.' }) perAgent: AgentResponseFigures[];
}
