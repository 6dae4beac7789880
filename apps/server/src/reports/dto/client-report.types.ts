import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { Channel } from '../../channels/channel.entity.js';
import { ChannelHealth } from '../../posts/channel-health.js';
import { Reputation } from '../../reviews/dto/reputation.types.js';

export enum ReportFormat {
  PDF = 'PDF',
  CSV = 'CSV',
}

registerEnumType(ReportFormat, {
  name: 'ReportFormat',
  description: 'The file a client report is downloaded as.',
  valuesMap: { PDF: { description: 'A printable PDF with charts.' }, CSV: { description: 'One figure per row: section, metric, channel, value.' } },
});

@ArgsType()
export class ClientReportArgs {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field({ description: 'Start (inclusive): a date ("2026-11-01", midnight in the workspace’s time zone), a wall-clock time in that zone, or an ISO time with offset.' })
  @IsString()
  from: string;
  @Field({ description: 'End (exclusive), read like from; at most 366 days after it.' })
  @IsString()
  to: string;
}

@ArgsType()
export class ClientReportDownloadArgs extends ClientReportArgs {
  @Field(() => ReportFormat, { description: 'PDF or CSV.' }) @IsEnum(ReportFormat) format: ReportFormat;
  @Field(() => Int, { nullable: true, description: 'How long the link works, in minutes (1 to 1440; default 60).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  expiresInMinutes?: number;
}

@ObjectType({ description: 'A signed link to download a report; anyone with it can download the file until it expires.' })
export class ReportDownload {
  @Field({ description: 'The link (GET).' }) url: string;
  @Field({ description: 'When the link stops working.' }) expiresAt: Date;
}

@ObjectType({ description: 'What one channel published in the period, against its cadence.' })
export class ReportChannelPosts {
  @Field(() => Channel, { description: 'The channel.' }) channel: Channel;
  @Field(() => Int, { description: 'Posts published on it in the period.' }) published: number;
  @Field(() => Int, { description: 'Of those, PROMOTIONAL ones.' }) promotional: number;
  @Field(() => Int, { nullable: true, description: 'Its cadence target, posts per week (null when none).' }) targetPerWeek: number | null;
  @Field(() => Float, { nullable: true, description: 'What the target asks of the period: targetPerWeek × the period’s weeks (null when no target).' }) expected: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether published reached expected (null when no target).' }) cadenceMet: boolean | null;
  @Field(() => ChannelHealth, { description: 'Its cadence as of the end of the period (channelHealth): last post, the last 7 days against the target, promotional share, flags.' }) health: ChannelHealth;
}

@ObjectType({ description: 'Posts published in the period.' })
export class ReportPosts {
  @Field(() => Int, { description: 'Posts that went live on at least one channel in the period.' }) published: number;
  @Field(() => Int, { description: 'Publications: one per post and channel.' }) publications: number;
  @Field(() => Int, { description: 'Publications that failed in the period.' }) failed: number;
  @Field(() => [ReportChannelPosts], { description: 'Per network channel, in the order they were connected.' }) perChannel: ReportChannelPosts[];
}

@ObjectType({ description: 'The inbox in the period (engagementStats for the response figures).' })
export class ReportInbox {
  @Field(() => Int, { description: 'Inbound comments, mentions and messages received, hidden ones included.' }) messagesReceived: number;
  @Field(() => Int, { description: 'Conversations a customer started (their first visible message in the period).' }) conversations: number;
  @Field(() => Int, { description: 'Of those, how many we answered.' }) answered: number;
  @Field(() => Float, { nullable: true, description: 'answered / conversations (null when none).' }) responseRate: number | null;
  @Field(() => Float, { nullable: true, description: 'Median time to our first answer, in seconds.' }) medianFirstResponseSeconds: number | null;
  @Field(() => Int, { description: 'Visible inbound messages labelled as questions.' }) questions: number;
  @Field(() => Int, { description: 'Of those, how many got an answer of ours sent after them in their conversation.' }) questionsAnswered: number;
  @Field(() => Int, { description: 'Inbound messages the policies escalated to a person.' }) escalations: number;
  @Field(() => Int, { description: 'Escalated conversations a person cleared in the period (clearEscalation).' }) escalationsCleared: number;
}

@ObjectType({ description: 'Disputes of reviews opened in the period, by outcome.' })
export class ReportDisputes {
  @Field(() => Int, { description: 'Disputes opened.' }) opened: number;
  @Field(() => Int, { description: 'Of those, upheld by the site (the review left every figure).' }) upheld: number;
  @Field(() => Int, { description: 'Of those, rejected by the site.' }) rejected: number;
  @Field(() => Int, { description: 'Of those, still waiting (open, submitted or failed to submit).' }) pending: number;
}

@ObjectType({ description: 'What the inbound policies did in the period.' })
export class ReportPolicyActions {
  @Field(() => Int, { description: 'Spam the policies hid.' }) spamHidden: number;
  @Field(() => Int, { description: 'Abuse (not spam) the policies hid.' }) abuseHidden: number;
  @Field(() => Int, { description: 'Messages labelled criticism that were escalated to a person (honest criticism is never hidden).' }) criticismEscalated: number;
  @Field(() => Int, { description: 'Of those, abusive criticism that was hidden too (and still escalated).' }) criticismHidden: number;
}

@ObjectType({ description: "What was done for a client in a period: posts, inbox, reviews and moderation, from the same figures the dashboards show." })
export class ClientReport {
  @Field({ description: 'The workspace’s name.' }) workspaceName: string;
  @Field({ description: 'Start of the period (inclusive).' }) from: Date;
  @Field({ description: 'End of the period (exclusive).' }) to: Date;
  @Field({ description: 'The time zone dates are read and shown in (the workspace’s).' }) timeZone: string;
  @Field(() => ReportPosts, { description: 'Posts published, per channel, against cadence.' }) posts: ReportPosts;
  @Field(() => ReportInbox, { description: 'Inbox volume and how well it was answered.' }) inbox: ReportInbox;
  @Field(() => Reputation, { description: 'Reviews written in the period (the reputation query).' }) reputation: Reputation;
  @Field(() => ReportDisputes, { description: 'Review disputes opened in the period.' }) disputes: ReportDisputes;
  @Field(() => ReportPolicyActions, { description: 'Moderation done by the policies.' }) policyActions: ReportPolicyActions;
}
