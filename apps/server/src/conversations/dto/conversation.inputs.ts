import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsDateTime } from '../../common/date-time.js';
import { NullClears } from '../../common/null-input.js';
import { ConnectionArgs } from '../../common/pagination.js';
import { Priority } from '../../policies/policy.enums.js';
import { ConversationKind, ConversationStatus } from '../conversation.enums.js';

export enum ConversationOrder {
  WAITING_LONGEST = 'WAITING_LONGEST',
  RECENT_ACTIVITY = 'RECENT_ACTIVITY',
}
registerEnumType(ConversationOrder, {
  name: 'ConversationOrder',
  description: 'How the inbox is sorted.',
  valuesMap: {
    WAITING_LONGEST: { description: 'Customers waiting longest first (by waitingSince; answered ones last).' },
    RECENT_ACTIVITY: { description: 'Most recent message first (by lastMessageAt).' },
  },
});

@ArgsType()
export class ConversationsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field(() => ConversationStatus, { nullable: true, description: 'Only this status.' }) @IsOptional() @IsEnum(ConversationStatus) status?: ConversationStatus;
  @Field(() => ID, { nullable: true, description: 'Only this channel.' }) @IsOptional() @IsUUID() channelId?: string;
  @Field(() => ID, { nullable: true, description: 'Only conversations assigned to this user.' }) @IsOptional() @IsUUID() assigneeId?: string;
  @Field({ nullable: true, description: 'Only conversations nobody is assigned to (true), or only assigned ones (false).' }) @IsOptional() @IsBoolean() unassigned?: boolean;
  @Field(() => ID, { nullable: true, description: "Only conversations with this contact (the person's history)." }) @IsOptional() @IsUUID() contactId?: string;
  @Field({ nullable: true, description: 'Only conversations with this label (case-insensitive).' }) @IsOptional() @IsString() label?: string;
  @Field(() => ConversationKind, { nullable: true, description: 'Only this kind.' }) @IsOptional() @IsEnum(ConversationKind) kind?: ConversationKind;
  @Field({ nullable: true, description: 'Only those whose last message asks something unanswered (true), or not (false).' }) @IsOptional() @IsBoolean() awaitingAnswer?: boolean;
  @Field({ nullable: true, description: 'Only escalated ones.' }) @IsOptional() @IsBoolean() escalated?: boolean;
  @Field({ nullable: true, description: 'Only those with a reply a policy holds for an ADMIN to approve (true), or without one (false).' }) @IsOptional() @IsBoolean() replyHeld?: boolean;
  @Field({ nullable: true, description: 'Text the messages or the contact handle contain.' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
  @Field(() => ConversationOrder, { nullable: true, description: 'Sort order (default WAITING_LONGEST).' }) @IsOptional() @IsEnum(ConversationOrder) orderBy?: ConversationOrder;
}

@ArgsType()
export class MessagesArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Newest first (true), so the first page is the latest messages and `after` pages back to older ones; oldest first by default.' })
  @IsOptional()
  @IsBoolean()
  newestFirst?: boolean;
}

@InputType({ description: 'A conversation to act on.' })
export class ConversationRefInput {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field(() => ID, { description: 'The conversation.' }) @IsUUID() conversationId: string;
}

@InputType({ description: 'A reply (sent to the network) or an internal note (never sent).' })
export class ConversationTextInput extends ConversationRefInput {
  @Field({ description: 'The text; {{contact.name}} and {{contact.handle}} are filled in.' }) @IsString() @MinLength(1) @MaxLength(10_000) body: string;
}

@InputType({ description: 'Who handles a conversation.' })
export class AssignConversationInput extends ConversationRefInput {
  @Field(() => ID, { nullable: true, description: 'A member of the workspace; null to unassign.' }) @NullClears() @IsOptional() @IsUUID() assigneeId?: string | null;
}

@InputType({ description: 'A new status.' })
export class SetConversationStatusInput extends ConversationRefInput {
  @Field(() => ConversationStatus, { description: 'The status.' }) @IsEnum(ConversationStatus) status: ConversationStatus;
  @Field({ nullable: true, description: 'Required for SNOOZED: when it comes back (ISO time).' }) @IsOptional() @IsDateTime() snoozedUntil?: string;
}

@InputType({ description: 'A new priority.' })
export class SetConversationPriorityInput extends ConversationRefInput {
  @Field(() => Priority, { description: 'The priority.' }) @IsEnum(Priority) priority: Priority;
}

@InputType({ description: 'A label to add or remove.' })
export class ConversationLabelInput extends ConversationRefInput {
  @Field({ description: 'The label; case-insensitive ("Booking" and "booking" are one label, stored in lower case).' }) @IsString() @MinLength(1) @MaxLength(60) label: string;
}

@InputType({ description: 'A message to act on.' })
export class MessageRefInput {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field(() => ID, { description: 'The message.' }) @IsUUID() messageId: string;
}

@ArgsType()
export class EngagementStatsArgs {
  @Field(() => ID, { description: 'The workspace.' }) @IsUUID() workspaceId: string;
  @Field({ description: 'Conversations that started at or after this time (ISO).' }) @IsDateTime() from: string;
  @Field({ description: 'Conversations that started before this time (ISO).' }) @IsDateTime() to: string;
  @Field(() => ID, { nullable: true, description: 'Only this channel.' }) @IsOptional() @IsUUID() channelId?: string;
  @Field({ nullable: true, description: 'Questions unanswered for longer than this many hours count as overdue (default 24).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  overdueAfterHours?: number;
}
